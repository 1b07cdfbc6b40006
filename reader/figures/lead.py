"""Where a story's lead starts: past a byline ("By Helen Marsh, Motoring Correspondent", "Our
Bureau"), a date line ("Published 30 November 2026"), a place line ("Perth") and a photo
caption with its credit, which some pasted or scraped stories put above the first paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.common_words import is_common_word
from reader.figures.stamp_lines import DATE_LINE, PARTICLES, outlet_stamp, stamp_parts
from reader.story.lines.shape import place_sentence
from reader.story.lines.words import word_count
from reader.text.letters import CAP, UPPER

# lines above a story's lead: a byline, a date line, a photo caption's credit
_NOT_LEAD = re.compile(
    r"(?:By [A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,4}(?:,|$| and | \|| /)"
    r"|(?:Published|Updated|Last updated|PUBLISHED|UPDATED)\b"
    # a stamp, then the byline after a dot or a bar: "08/10/2037 18h22 · By Luana Bastos"
    r"|[\d/.:, ]+[\dh:apm. ]*[\u00b7|\u2022] By [A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,4}$"
    r"|(?:Press|News|Media) release (?:from|by|issued by) (?:the )?[A-Z][^.]{0,60}$"
    r"|.*\b(?:Photograph|Photo|Picture|Image|Credit)s?: ?[A-Z][^.]{0,60}$"
    # a note's or a release's writer field: "Analyst: Kenji Arakawa, Marunouchi Securities"
    r"|(?:Analysts?|Authors?|Contacts?|Reporters?|Writers?|Editors?|Prepared by): ?[A-Z][^.]{0,80}$)"
)
# a byline with no "By": a name, then a newsroom title or the paper after a bar ("Ciar\u00e1n
# Walsh, Economics Correspondent", "Sipho Dube | Cape Business Daily")
# (the small words inside a name: "Ruud van Dijk", "Said bin Nasser")
_NAME = rf"{CAP}[\w'\u2019-]+(?: (?:{CAP}[\w'\u2019-]*|{PARTICLES})){{1,3}}"
# the last word of a newsroom title ("Economics Correspondent", "Business reporter"): the
# bylines below and the story owner's count (owner.py) read the same list
NEWSROOM_TITLES = ("Correspondent", "Reporter", "Editor", "Writer", "Columnist", "Journalist")
_TITLE_WORD = "(?:" + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in NEWSROOM_TITLES) + ")"
_BYLINE = re.compile(
    _NAME
    + r"(?:, (?:[A-Z][\w&-]* ){0,4}"
    + _TITLE_WORD
    + r"| \| [A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,4}"
    # (and its date and time in bars after it: "Teresa Villanueva | Manila Business Chronicle |
    # March 18, 2037 | 6:15 p.m.", the second sentence of "By Ma. Teresa Villanueva | ...")
    + r"(?: \| [^|]{1,40}){0,3})"
)
# a byline with where the writer files from ("Rupert Hale in London", "Aoife Byrne in New
# York"), or with its stamp after a dot or bar ("Priya Dhal · Posted: Aug 14, 2026")
_PLACED_BYLINE = re.compile(_NAME + r"(?: in|,) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
_STAMPED_BYLINE = re.compile(_NAME + r" [·|•] (?:Posted|Published|Updated)\b")
# a name alone on its line, and a stamp's opening (the line under a bare byline)
_NAME_LINE = re.compile(_NAME)
_STAMP = re.compile(r"(?:Published|Updated|Posted|Last updated|PUBLISHED|UPDATED|POSTED)\b")
# a place and the paper's desk, the Indian press's byline: "Dehradun | Our Correspondent",
# "Express News Service, Chennai", "Our Bureau | Mumbai"
_DESK_NAMES = (
    r"(?:Our (?:Correspondent|Bureau|Staff Reporter|Reporter|Special Correspondent)|Staff Reporter"
    r"|Special Correspondent|Express News Service|News Desk|Newsdesk|TNN|PTI|IANS|ANI)"
)
_PLACE_DESK = re.compile(
    rf"[A-Z][\w .'\u2019-]{{0,40}}?\s*[|,:\u2013-]\s*{_DESK_NAMES}|{_DESK_NAMES}\s*[|,:\u2013-]\s*[A-Z][\w .'\u2019-]{{0,40}}"
)
_CREDIT = re.compile(r"(?:Photograph|Photo|Picture|Image|Credit)s?: ?[A-Z][^.]{0,60}$")


def credit_line(text: str) -> bool:
    """A byline ("By Dan Ashworth", "Sipho Dube | Cape Business Daily") or its newsroom title
    on a line of its own ("Local Democracy and Business Reporter"): it names no one the story
    is about."""
    text = text.strip()
    return (
        _NEWSROOM_TITLE.fullmatch(text) is not None
        or _BYLINE.fullmatch(text) is not None
        or _PLACE_DESK.fullmatch(text) is not None
        or (text.startswith("By ") and _NOT_LEAD.match(text) is not None)
    )


# the most words a dateline's or a stamp's line holds ("BAGHDAD, June 3, 2037 / Business /
# Zainab Kadhim al-Rubaie")
_DATED_LINE_WORDS = 16


def _dated_line(text: str) -> bool:
    """A line of a place, a full date and the desk or writer, no sentence: "BAGHDAD, June 3,
    2037 / Business / Zainab Kadhim al-Rubaie" names no one the story is about."""
    return (
        word_count(text) <= _DATED_LINE_WORDS
        and not text.endswith((".", "!", "?"))
        and DATE_LINE.search(text) is not None
    )


# the most words a part of a masthead's or a page's bar line holds
_PIPED_WORDS = 7


def _newsroom_title(text: str) -> bool:
    """A newsroom title alone, in capitals too: "Transport Correspondent", "REAL ESTATE
    REPORTER"."""
    return bool(_NEWSROOM_TITLE.fullmatch(text.title() if text.isupper() else text))


def _piped(text: str) -> bool:
    """A line of short parts between bars and no sentence end: a masthead with its sections
    ("Namsan Securities | Equity Research | Korea"), a newsletter's name and strap ("THE KOPI
    BRIEF | Singapore start-ups and deals")."""
    parts = text.split(" | ")
    return (
        len(parts) >= 2
        and text[-1:] not in ".!?"
        and all(0 < len(p.split()) <= _PIPED_WORDS for p in parts)
        # three parts or more, or a part a masthead's ("Daily", "BRIEF"): not "Winter 2026 |
        # Tamar Valley Credit Union", a newsletter's issue over the firm that writes it
        and (
            len(parts) >= 3
            or any(_LABEL_LINE.fullmatch(p) or _DESK_OR_STAMP.match(p) for p in parts)
        )
    )


# a part of a piped line that is the page's own: its desk ("Port Louis business desk") or
# its stamp ("Published 11 November 2027")
_DESK_OR_STAMP = re.compile(
    r"(?:Published|Updated|Posted|Last updated)\b.*\d|.*\b(?:desk|newsroom|Desk|Newsroom)$"
)


# a heading of a few words, no sentence: no digit, no sentence end
_SECTION_HEAD = re.compile(r"[A-Z][^\d.!?:;,]{0,30}[A-Za-z]")
_HEAD_WORDS = 5


def _section_head(sentences: Sequence[str], i: int) -> bool:
    """A line of a few words over the lead, no sentence: a heading with a word in lower case or
    in capitals ("Chair's foreword", "KEY POINTS"), or a name the next sentence does not write
    (a writer's: "Jenny Pascoe" over "Patients in Cornwall ..."; not a firm's line the lead
    goes on to name: "Northwind Logistics" over "Northwind sold five ships.")."""
    text = sentences[i].strip()
    words = text.split()
    if len(words) > _HEAD_WORDS or _SECTION_HEAD.fullmatch(text) is None:
        return False
    if (text.isupper() and len(words) <= 3) or any(w[:1].islower() for w in words[1:]):
        return True
    below = sentences[i + 1] if i + 1 < len(sentences) else ""
    return (
        1 < len(words) <= 3
        and all(w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not _FIRM_WORDS.intersection(words)
        and not is_common_word(words[-1].lower())  # ("Tarnwick Buses": a firm's line)
        and not any(w in below for w in words if len(w) > 3)
    )


# a place in capitals opening a wire's lead: "MACAU, Dec 1 (Pearl River Wire) -"
_LEADING_DATELINE = re.compile(r"[A-Z]{3,}[A-Z .'/-]*(?:,|\s[-\u2013\u2014])")
# a standfirst is a sentence or two
_STANDFIRST_MIN = 6
_STANDFIRST_WORDS = 40
# words that make a line a firm's name, not a writer's: "Kwela Stores Limited"
_FIRM_WORDS = frozenset(["Limited", "Ltd", "Plc", "PLC", "Inc", "Corp", "Corporation", "Group",
                         "Holdings", "Company", "Bank", "Stores", "Berhad", "Bhd", "AG", "SA",
                         "NV", "LLC", "Trust", "Council", "Authority", "Association"])  # fmt: skip


def _above_byline(sentences: Sequence[str], i: int) -> bool:
    """A short sentence right over the byline or stamp (a standfirst under the headline: words
    in lower case, six or more), the lead after it."""
    words = sentences[i].split()
    if i > 1 or i + 2 >= len(sentences) or not _STANDFIRST_MIN <= len(words) <= _STANDFIRST_WORDS:
        return False  # (under the headline: the first sentence, or the second under a label)
    if _LEADING_DATELINE.match(sentences[i]):
        return False  # "MACAU, Dec 1 (Pearl River Wire) - ...": a wire's lead
    if sum(w[:1].islower() for w in words) * 2 < len(words):
        return False  # (a name's line, a code, a heading in capitals)
    below = sentences[i + 1].strip()
    return (
        _NOT_LEAD.match(below[:300]) is not None
        or _STAMP.match(below) is not None
        or _BYLINE.fullmatch(below) is not None
        or (_NAME_LINE.fullmatch(below) is not None and not below.isupper())
        or DATE_LINE.fullmatch(below) is not None
        or _newsroom_title(below)
    )


def _unended(sentences: Sequence[str], i: int) -> bool:
    """A standfirst over the lead: a line of six words or more, two of them in lower case, with
    no sentence end ("Best year in the company's history, higher dividend proposed, new gondola
    approved"), above a sentence of eight words or more that ends as a sentence does (not a
    blog's "Posted by ..." line, which names the writer and the firm)."""
    text = sentences[i].rstrip()
    below = sentences[i + 1].rstrip() if i + 1 < len(sentences) else ""
    words = text.split()
    return (
        text[-1:] not in _ENDS
        and len(words) >= 6
        and sum(w[:1].islower() for w in words) >= 2
        and not text.startswith("Posted")
        and below[-1:] in _ENDS
        and len(below.split()) >= 8
    )


# the last character of a line that ends as a sentence does (``_unended``)
_ENDS = ".!?\"\u201d\u2019')"


def _placed_byline(text: str) -> bool:
    """A writer's name and where they file from: "Rupert Hale in London", "Aditi Raghavan, New
    Delhi" (not a firm's or a venue's: "Tynedale Auction Mart, Hexham")."""
    if _PLACED_BYLINE.fullmatch(text) is None:
        return False
    if ", " not in text:
        return True  # ("... in London")
    name = text.split(", ", 1)[0].split()
    return not _FIRM_WORDS.intersection(name) and not is_common_word(name[-1].lower())


def _cut_dateline(sentences: Sequence[str], i: int) -> bool:
    """A dateline in capitals ending on a state's abbreviation ("ROCHESTER, Minn."), the lede
    after it opening on the dateline's dash."""
    return (
        i + 1 < len(sentences)
        and _DATELINE_CUT.fullmatch(sentences[i].strip()) is not None
        and sentences[i + 1].lstrip()[:1] in "-\u2013\u2014"
    )


def _furniture(sentences: Sequence[str], i: int) -> bool:
    """A desk's byline ("Our Bureau", "Staff Reporter", "PTI"), a place and date line, or a
    place line ("Perth") of at most three capitalised words with no sentence end after a byline
    or date line above it; right under the headline, a masthead or section label
    (``_LABEL_LINE``, ``_BAR_LABEL``)."""
    text = sentences[i].strip()
    if outlet_stamp(text):
        return True  # "Pest Ledger · Business · 2037.06.10. 11:52"
    if (
        _DESK.fullmatch(text)
        or _DATELINE_ALONE.fullmatch(text)
        or _BYLINE.fullmatch(text)
        or _cut_dateline(sentences, i)
    ):
        # "Our Bureau"; "TOKYO -" on a line of its own; "ROCHESTER, Minn." / "— Vendors at
        # ...": a dateline the splitter cut off
        return True
    if stamp_parts(text):
        return True  # "Tbilisi, 26.01.2037 • 12:30 — by Nino Kapanadze", "Said bin Nasser | ..."
    if i + 1 < len(sentences) and place_sentence(text):
        return True  # "Dar es Salaam." before the lede: a dateline set with a full stop
    if _placed_byline(text) or _STAMPED_BYLINE.match(text):
        return True  # "Rupert Hale in London"; "Priya Dhal · Posted: Aug 14, 2026 4:00 AM"
    below = sentences[i + 1].strip() if i + 1 < len(sentences) else ""
    if _NAME_LINE.fullmatch(text) and (
        _STAMP.match(below) or DATE_LINE.fullmatch(below) or _newsroom_title(below)
    ):
        return True  # "Lerato Dube" over "Published 26 February 2027", over "Reporter"
    if DATE_LINE.fullmatch(text) or _dated_line(text):
        # "Wed 9 Sep 2026 07.00 BST"; "BAGHDAD, June 3, 2037 / Business / Zainab al-Rubaie"
        return True
    if _newsroom_title(text) or _GREETING.match(text):
        # "Local Democracy and Business Reporter", "REAL ESTATE REPORTER"; "Welcome back to
        # Founder Ledger"
        return True
    if _STRAP.fullmatch(text):
        return True  # "Live updates from the business desk", "14:52 GMT - Aurenza shares close"
    if i == 0 and (_BAR_LABEL.fullmatch(text) or _STATION.fullmatch(text)):
        return True  # "Editorial | Our view", "Markets | Opinion": the page's section
    if _piped(text):
        return True  # "Kansai Business Daily (English edition) | Companies | Transport"
    if _PLACE_DATE.fullmatch(text):
        return True  # "Perth, 2 December 2026": where and when, above the lead
    if _FIELD_LINE.fullmatch(text):
        return True  # "RNS Number: 4417K", "Release No: 45/2026": a filing's field, not news
    if _RELEASE_LABEL.fullmatch(text):
        return True  # "Press release - Environment Agency": who issued it, not the lead
    words = [w for w in text.split() if w != "|"]
    return (
        0 < len(words) <= (3 if i else 4)
        and all(w[:1].isupper() for w in words)
        and text[-1:] not in ".!?:\"'\u201d"
        and not any(c.isdigit() for c in text)
        and (i > 0 or _LABEL_LINE.fullmatch(text) is not None)
    )


# the line right under a headline that names no one the story is about: a masthead or a
# section ("Isles FM News", "Reykjavik Business Brief", "ASX ANNOUNCEMENT", "Editorial | Our
# view"): a news word, a line in capitals, or a label with a bar. A name line with none of
# those ("Northwind Logistics") may be a kicker naming the story's firm: it stays a lead.
_LABEL_LINE = re.compile(
    r"(?:[A-Z][\w'\u2019&.-]* ){0,3}(?:News|Brief|Briefing|Report|Daily|Weekly|Times|Post|"
    r"Journal|Review|Bulletin|Digest|Announcement|Release|Update|Editorial|Opinion|Comment)"
    r"|[A-Z][A-Z&' -]+"
)
# a broadcaster's masthead and where to hear it: "Aire Valley Radio News on 104.9 FM", "KTVB 7
# News", "Radio Forth on DAB"
_WAVEBAND = r"(?:\d{2,3}(?:\.\d)? ?(?:FM|AM|MW)|DAB\+?)"  # "104.9 FM", "DAB"
_STATION = re.compile(
    r"(?:[A-Z][\w'\u2019&.-]* |\d{1,2} ){0,4}(?:Radio|News|FM|TV|Television)"
    r"(?: [A-Z][\w'\u2019&.-]*| \d{1,2})*(?:,? (?:on|and) " + _WAVEBAND + r")*"
)
# a section label with a bar: a few words each side, no sentence end
_BAR_LABEL = re.compile(
    r"[A-Z][\w'\u2019&-]*(?: [\w'\u2019&-]+)? \| [A-Z][\w'\u2019&-]*(?: [\w'\u2019&-]+)?"
)
# a place and a date on a line of their own: "Perth, 2 December 2026", "OSLO, December 2, 2026"
_PLACE_DATE = re.compile(
    r"[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+)?, (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2},?) \d{4}"
)


# a release's label with its issuer on a line of its own: "Press release - Environment Agency",
# "News release | Ministry of Transport", "Media statement: Harbour Board"
_RELEASE_LABEL = re.compile(
    r"(?:Press|News|Media) (?:release|statement|notice)\s*[-\u2013\u2014|:]\s*[^.!?]{2,60}",
    re.I,
)
# a field of a filing or release on a line of its own: a label, a colon and one code holding a
# digit ("RNS Number: 4417K", "Release No: 45/2026", "Ref: PR-2231")
_FIELD_LINE = re.compile(
    r"[A-Z][\w.&'-]*(?: [\w.&'-]+){0,3} ?: ?(?=[\w/.-]*\d)[A-Za-z0-9][\w/.-]{0,19}"
)


# a wire dateline on a line of its own: "TOKYO -", "DUBLIN —", "SEOUL, Nov 3 (Reuters) -".
# Not datelines._DATELINE (a dateline that opens a sentence: a space and words after the
# dash) nor story.lines.patterns.DATELINE (a paragraph's place for the metadata, Title case
# too): here the whole line ends on the dash, so up to two loose ", ..." parts are safe
_DATELINE_ALONE = re.compile(
    rf"[{UPPER}][{UPPER} .'/-]{{1,30}}(?:, [A-Za-z][\w .]{{1,20}}){{0,2}}(?: \([A-Za-z .]{{1,30}}\))?"
    r" ?[-\u2013\u2014]{1,2}"
)
# a dateline in capitals whose state's abbreviation ended a sentence: "ROCHESTER, Minn."
_DATELINE_CUT = re.compile(
    rf"[{UPPER}][{UPPER} .'/-]{{1,30}}, [A-Z][a-z]{{1,5}}\.(?: ?[A-Z][a-z]?\.)?"
)
# a live page's strap or a time-stamped entry heading: no sentence end, a few words
_STRAP = re.compile(
    r"(?:Live (?:updates|coverage|reporting)\b[^.!?]{0,60}"
    r"|\d{1,2}[:.]\d{2} ?(?:GMT|BST|UTC|CET|ET|am|pm)? ?[-\u2013\u2014|] [^.!?]{1,80})"
)
# a byline's newsroom title on a line of its own: "Local Democracy and Business Reporter"
_NEWSROOM_TITLE = re.compile(r"(?:[A-Z][\w&'\u2019-]*(?: and| &)? ){0,5}" + _TITLE_WORD + "s?")
# a newsletter's greeting before its first item: "Welcome back to Founder Ledger, our weekly
# note", "Good morning and welcome to ..."
_GREETING = re.compile(
    r"(?:Welcome(?: back)? to|Hello and welcome|Good (?:morning|afternoon|evening)\b)"
)
# a newsroom desk credited in a byline's place
_DESK = re.compile(
    r"(?:(?:By )?(?:Our|Staff|Special|Bureau|Business|City|Political|News) (?:Bureau|"
    r"Correspondents?|Reporters?|Writers?|Desk)|(?:PTI|IANS|ANI|AFP|AP|Reuters|Agencies|"
    r"Bloomberg|AAP|PA))"
    # and where the desk sits: "Staff writer, Taipei", "Our Correspondent in Islamabad"
    rf"(?:,? (?:in )?{CAP}[\w.'\u2019-]+(?: {CAP}[\w.'\u2019-]+){{0,2}})?",
    re.I,
)


# sentences of furniture a lead may stand under: a byline's name and title, a place line, a
# stamp ("Jeff Lindqvist" / "Mining Reporter" / "Saskatoon" / "Published November 5, 2026")
_MAX_FURNITURE = 5


def lead_at(sentences: Sequence[str]) -> int:
    """The index of the story's lead: past a byline, a date line, a photo caption, a heading
    or a writer's name line, a standfirst over the byline (up to ``_MAX_FURNITURE`` lines of
    these), and past a list of bullet points above the first paragraph (an announcement's
    "Highlights")."""
    i = 0
    while i < min(_MAX_FURNITURE, len(sentences) - 1):
        if _NOT_LEAD.match(sentences[i][:300]) or _furniture(sentences, i):
            i += 1
        elif i + 2 < len(sentences) and _CREDIT.match(sentences[i + 1][:80]):
            i += 2  # a caption, then its credit as a sentence of its own
        elif _section_head(sentences, i):
            i += 1  # "Chair's foreword", "KEY POINTS", a writer's name: a line over the lead
        elif _above_byline(sentences, i):
            i += 2  # a standfirst over the byline: "Homeware chain says ..." / "Seán Ó Murchú"
        elif _unended(sentences, i):
            i += 1  # a standfirst with no sentence end over the lead
        else:
            break
    if i < len(sentences) and _BULLET.match(sentences[i]):
        past = i
        while past < min(i + _MAX_BULLETS, len(sentences)) and _BULLET.match(sentences[past]):
            past += 1
        while past < len(sentences) and _CAPS_HEADING.fullmatch(sentences[past]):
            # a heading in capitals over the next list ("WHAT HAS GONE UP"): no lead; a story
            # of lists under such headings keeps its first bullet
            past += 1
            while past < len(sentences) and _BULLET.match(sentences[past]):
                past += 1
        if past < len(sentences) and not _BULLET.match(sentences[past]):
            return past  # the paragraph after the list (a story of bullets alone keeps its first)
    return i


# a heading written in capitals, no sentence: "WHAT HAS GONE UP", "WHO PAYS"
_CAPS_HEADING = re.compile(r"[^a-z.!?]{2,60}")


_MAX_BULLETS = 8
# a bullet point: "• Binding offtake ...", "- Visitors: 1.6 million", "* Revenue up 4%"
_BULLET = re.compile(r"[\u2022\u25aa\u25cf\u2023\u2043*\u2013-] ?\S")
