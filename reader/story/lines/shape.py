"""Shape features of a single line: does it end a sentence, look like a headline, open with a
dateline, read like a list of names? Used by the line classifier (``reader.story.lines.classify``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reader.story.lines.patterns import BYLINE_ROLE, DATELINE, ends_terminal
from reader.story.lines.words import word_count

REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|announced|reported|added|noted|stated|wrote|according|explained|"
    r"argued|claimed|confirmed|warned|tells|adds|notes|writes)\b",
    re.I,
)
# A percentage or an amount of money: what news sentences carry and photo captions rarely do.
FIGURE_HINT = re.compile(
    r"\d(?:[\d.,]*\d)? ?(?:%|percent\b|per cent\b|percentage points?\b)"
    r"|[$€£¥₩₹]\s?\d|\b\d[\d.,]* ?(?:million|billion|trillion|bn)\b",
    re.I,
)
WH_WORD = re.compile(r"(?:what|why|who|how|when|where|which|is|are|will|can|does|do)\b", re.I)
# fmt: off
_SMALL_WORDS = frozenset([
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "per", "the", "to", "vs", "via", "with", "up", "out", "off", "over",
])
# fmt: on

# Words a headline does not end on (particles like "on", "out", "up" can: "Slow to catch on").
# fmt: off
_DANGLING = frozenset([
    "a", "an", "the", "and", "or", "nor", "but", "of", "by", "for", "from", "to", "with",
    "into", "at", "as", "per", "via", "vs", "than", "that", "which", "who", "whose", "its",
    "their",
])
# fmt: on


def words_of(text: str) -> list[str]:
    return text.split()


def ends_sentence(text: str) -> bool:
    return ends_terminal(text.rstrip())


# a brand written with a lower-case first letter and a capital after it ("eBay", "iPhone",
# "easyJet", "ePOS"): a capitalised word for a headline's shape
_BRAND = re.compile(r"[a-z]{1,4}[A-Z]")


def capital_start(word: str) -> bool:
    """The word starts as a name or a headline does: a capital, a digit or a brand's case."""
    return bool(word) and (word[0].isupper() or word[0].isdigit() or _BRAND.match(word) is not None)


def title_case_ratio(text: str) -> float:
    """Share of non-small words that start with a capital letter or digit."""
    words = [w.strip("\"'“”‘’()[]") for w in words_of(text)]
    words = [w for w in words if w and w.lower() not in _SMALL_WORDS]
    if not words:
        return 0.0
    caps = sum(1 for w in words if capital_start(w))
    return caps / len(words)


def headlike(text: str) -> bool:
    """Short, unpunctuated (or a question), starting with a capital: a headline or a heading."""
    t = text.strip()
    if len(t) > 130:
        return False
    words = words_of(t)
    if not words or len(words) > 16:
        return False
    first = t.lstrip("\"'“‘(")
    if not capital_start(first):
        return False
    if _INTERVIEW_TURN.match(t):
        return False  # "Q: How long will it last?" is a turn of an interview, not a heading
    if t.endswith("?"):
        return True
    if ends_sentence(_ABBREV_END.sub("", t)) or t.endswith(","):
        return False
    if len(words) > 2 and words[-1] in _DANGLING:
        return False  # "... chaired by": a line broken mid-sentence, not a headline
    if _SOURCE_END.search(t):
        return False  # "... on Tuesday. (Yonhap)": a sentence with its source after it
    # "Shares closed higher. Analysts" style: a sentence break inside means body.
    return not re.search(r"[a-z]{2}[.!?]\s+[A-Z]", t)


_INTERVIEW_TURN = re.compile(r"^(?:Q|A|Question|Answer)\s*[:.]\s+\S")
# A company or name abbreviation closing a line is not a full stop: "Velatrix Robotics Inc."
_ABBREV_END = re.compile(r"(?<=\s)(?:Inc|Ltd|Corp|Co|Plc|LLC|Jr|Sr|Bros|Cos)\.$")
_SOURCE_END = re.compile(r"[.!?][\"'”’]?\s*\([^()]{2,40}\)$")
# A horizontal rule or a lone dash between blocks.
# A rule or an end mark: "-----", "* * *", a press release's "###" / "# # #".
RULE_LINE = re.compile(r"^(?:[-_=*~·.•#]{3,}|[#*](?:\s+[#*])+|[—–])$")


# "NEW DELHI: Shares …" (a place in capitals and a colon) and a press release's
# "SAN JOSE, Calif., Nov. 3, 2031 /Newswire/ -- …".
_CAPS_DATELINE = re.compile(r"^([A-Z]{4,}|[A-Z]{3,}(?: [A-Z]{2,}){1,2})\s*:\s+(?=[A-Z\"“‘])")
_RELEASE_DATELINE = re.compile(
    r"^([A-Z][^/\n]{1,80}?)\s*/\s*[A-Za-z][\w .&-]{1,30}/\s*(?:--|—|–|-)\s*(?=\S)"
)
# a wire's agency alone, bracketed, where the place would stand: "(Bloomberg) -- The franc …"
_AGENCY_DATELINE = re.compile(
    r"^(\([A-Z][\w&.]*(?: [A-Z][\w&.]*){0,2}\))\s*(?:--|\u2014|\u2013|-)\s*(?=[A-Z\"\u201c\u2018])"
)
# bracketed labels in the agency's place that are none: "(Updated) - …"
_NOT_AGENCIES = frozenset(["UPDATED", "UPDATE", "CORRECTED", "PICTURED", "FILE", "PHOTO", "VIDEO"])
# Capitalised labels that open a paragraph with a colon but are not places.
# fmt: off
_NOT_PLACES = frozenset([
    "NOTE", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "LISTEN", "READ", "ANALYSIS",
    "OPINION", "EDITORIAL", "COMMENT", "CORRECTION", "CLARIFICATION", "FACTBOX", "PHOTOS",
    "VIDEO", "LIVE", "ALSO", "EDITOR", "EDITORS", "WARNING", "DISCLAIMER", "DISCLOSURE",
    "SOURCE", "SOURCES", "UPDATES", "TLDR", "NASA", "NATO",
])
# fmt: on


# Paragraphs whose dateline is remembered: the line roles, the cues, the boundary features and
# the story builder each ask of the same paragraph, so a few files' worth is enough.
_DATELINE_TEXTS = 4096


@lru_cache(maxsize=_DATELINE_TEXTS)
def split_dateline(text: str) -> tuple[str | None, str]:
    """('Beijing', 'rest') for 'Beijing — rest'; (None, text) when there is no dateline."""
    m = DATELINE.match(text) or _release_dateline(text) or _agency_dateline(text)
    if not m:
        c = _CAPS_DATELINE.match(text)
        if c is None or c.group(1).split()[0].rstrip(",") in _NOT_PLACES:
            return None, text
        return c.group(1), text[c.end() :]
    place = m.group(1).strip().rstrip(",")
    rest = text[m.end() :]
    if word_count(place) > 6 or not rest or not (rest[0].isupper() or rest[0] in "\"“‘'"):
        return None, text
    return place, rest


# a dateline with no dash after it: an agency's place, date and source ("New Delhi, Dec 3
# (PTI) The government ...", "Zhengzhou, December 2 (Reporter Li Ming) Affected by ..."), and a
# Title-case place before a colon ("Mumbai: Shares of ...", "Kundapura (Udupi district): The
# Congress ..."), as Indian papers write them
_ANSWER = re.compile(
    r"(?:I|I'm|I've|We|We're|We've|You|He|She|It|It's|They|Well|Yes|No|Yeah|Look|So|Oh)\b|[\"\u201c\u2018]"
)
_MONTHS = (
    "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_PLACE_WORDS = r"[A-Z][a-z][\w.'\u2019-]*(?: [A-Z][a-z][\w.'\u2019-]*){0,2}"
_CAPS_PLACE = r"[A-Z]{2,}(?: [A-Z]{2,}){0,2}"
_SOURCED_DATELINE = re.compile(
    rf"^((?:{_PLACE_WORDS}|{_CAPS_PLACE})(?:, {_PLACE_WORDS}){{0,2}}, "
    rf"(?:{_MONTHS}\.? \d{{1,2}}|\d{{1,2}} {_MONTHS}\.?)"
    r"(?:,? (?:19|20)\d\d)? \([A-Z][^()]{1,40}\)):?\s+(?=[A-Z\"\u201c\u2018])"
)
_COLON_DATELINE = re.compile(
    rf"^({_PLACE_WORDS}(?: \([A-Za-z][a-z]+(?: [a-z]+){{0,2}}\))?):\s+(?=[A-Z\"\u201c\u2018])"
)
_COLON_LEDE_WORDS = 10  # what follows the colon is a lede, not a label's value
# a place alone as the lede's first sentence, as some papers set their dateline: "Dar es Salaam.
# Msasani Mart Plc, Tanzania's largest supermarket chain, said ..." (Title-case words, a
# lower-case particle between them: "es", "de", "al")
_STOP_PLACE = (
    r"([A-Z][a-z]{2,}(?: (?:[A-Z][a-z]+|es|de|del|do|da|dos|al|el|la|le|sur|upon|am|an|di))"
    r"{0,3})\."
)
_STOP_DATELINE = re.compile(rf"^{_STOP_PLACE}\s+(?=[A-Z\"\u201c\u2018])")
# first words of a one-word sentence that opens a paragraph and names no place
_NOT_STOP_PLACES = frozenset(
    ["yes", "no", "well", "now", "so", "thanks", "sorry", "goodbye", "hello", "indeed", "exactly",
     "absolutely", "right", "okay", "still", "again", "mr", "mrs", "ms", "dr", "prof", "st",
     "gen", "sen", "rep", "gov", "inc", "ltd", "corp", "co", "plc", "nope", "never", "always"]
)  # fmt: skip


_PLACE_SENTENCE = re.compile(_STOP_PLACE)  # the place alone, as its own sentence


def place_sentence(text: str) -> bool:
    """A sentence that is a place's name alone, as a dateline set with a full stop leaves it
    when a lede is cut into sentences ("Dar es Salaam."): no owner of the lede's figures."""
    m = _PLACE_SENTENCE.fullmatch(text.strip())
    return m is not None and m.group(1).split()[-1].lower() not in _NOT_STOP_PLACES


def _stop_dateline(text: str) -> re.Match[str] | None:
    """``_STOP_DATELINE`` before a lede of ten words or more, its place no word a sentence of
    its own says ("Yes.", "Thanks."), no label ("Update.")."""
    m = _STOP_DATELINE.match(text)
    if m is None:
        return None
    words = m.group(1).lower().split()
    if words[0] in _NOT_STOP_PLACES or words[0] in _COLON_LABELS or words[0].upper() in _NOT_PLACES:
        return None
    if words[-1] in _NOT_STOP_PLACES:
        return None  # (a firm's "Acme Ltd." or a title's "Mrs.")
    rest = text[m.end() : m.end() + 400]
    return m if word_count(rest) >= _COLON_LEDE_WORDS else None


def split_lede_dateline(text: str) -> tuple[str | None, str]:
    """``split_dateline`` for a story's lede, which may also open on a dateline no dash ends
    (``undashed_dateline``); the boundary features and cues read only ``split_dateline``."""
    place, rest = split_dateline(text)
    if place is None and (m := undashed_dateline(text)) is not None:
        return m.group(1), text[m.end() :]
    return place, rest


def undashed_dateline(text: str) -> re.Match[str] | None:
    """A dateline no dash ends (``_SOURCED_DATELINE``, ``_COLON_DATELINE``): the colon's only
    before a lede of ten words or more, and never after a label ("Note:", "Analysis:")."""
    if text[:1].isupper() and text[1:2].islower():
        m = _SOURCED_DATELINE.match(text) if "(" in text[:120] else None
        if m is None and ". " in text[:40]:
            m = _stop_dateline(text)
        if m is None and ":" in text[:60]:
            m = _COLON_DATELINE.match(text)
            words = m.group(1).split() if m else []
            if m and (
                words[0].upper() in _NOT_PLACES
                or words[0].lower() in _COLON_LABELS
                or word_count(text[m.end() : m.end() + 400]) < _COLON_LEDE_WORDS
                or _ANSWER.match(text, m.end())  # "Harris: We expect ...": a speaker's turn
            ):
                m = None
        return m
    return None


# words that open a paragraph before a colon as a label, not a place
_COLON_LABELS = frozenset(
    ["background", "context", "verdict", "summary", "outlook", "highlights", "results",
     "result", "update", "editorial", "opinion", "analysis", "comment", "review", "interview",
     "explainer", "feature", "profile", "question", "answer", "quote", "tip", "warning",
     "key", "bottom", "the", "our", "my", "your", "this", "today", "tonight", "yesterday",
     "meanwhile", "also", "plus", "first", "second", "third", "finally", "next", "then",
     "revenue", "sales", "profit", "guidance", "forecast", "target", "rating", "price",
     "live", "watch", "listen", "read", "see", "photo", "video", "source",
     "dear", "hi", "hello", "thanks", "disclaimer", "disclosure", "correction", "clarification"]
)  # fmt: skip


def _agency_dateline(text: str) -> re.Match[str] | None:
    """``_AGENCY_DATELINE.match(text)``: only for a paragraph that opens on a bracket."""
    m = _AGENCY_DATELINE.match(text) if text[:1] == "(" else None
    return m if m and m.group(1)[1:-1].split()[0].upper() not in _NOT_AGENCIES else None


def _release_dateline(text: str) -> re.Match[str] | None:
    """``_RELEASE_DATELINE.match(text)``: never without a "/" (most paragraphs have none)."""
    return _RELEASE_DATELINE.match(text) if "/" in text else None


# a release's place with its full date: "Tel Aviv, December 2, 2026", "Belfast, 2 December 2026"
_DATED = re.compile(
    r", (?:[A-Z][a-z]{2,8}\.? \d{1,2},? |\d{1,2} [A-Z][a-z]{2,8}\.? )(?:19|20)\d\d$"
)


_DAY_DATED = re.compile(rf", (?:{_MONTHS}\.? \d{{1,2}}|\d{{1,2}} {_MONTHS}\.?)$")


def day_dated_place(place: str) -> bool:
    """A dateline's place that ends on its month and day, no year ("Kathmandu, Oct 19")."""
    return _DAY_DATED.search(place) is not None


def dated_place(place: str) -> bool:
    """A dateline's place that ends on a full date with its year, as a company release writes
    it ("Tel Aviv, December 2, 2026", "Belfast, 2 December 2026")."""
    return _DATED.search(place) is not None


@lru_cache(maxsize=_DATELINE_TEXTS)
def wire_dateline(text: str) -> bool:
    """True when ``text`` opens with an unmistakable wire dateline: a place in capitals or
    with its agency ("SEOUL, Nov 3 (Reuters) -", "Tokyo (AP) —"), a newswire release line, or
    a release's place with its full date ("Tel Aviv, December 2, 2026 –").
    Such a paragraph is the first of its story. ("NEW DELHI:" is a dateline for metadata but
    not evidence here: "SMITH:" opens a transcript's turns in the same shape.)"""
    place, _ = split_dateline(text)
    if place is None and text[:1].isupper() and "(" in text[:60]:
        # an agency's place, date and source with no dash after them: "Bengaluru, July 13
        # (IANS) Electric scooter ...", "NEW DELHI, July 14 (PTI): The court ..."
        return _SOURCED_DATELINE.match(text) is not None
    if place is None or _CAPS_DATELINE.match(text):
        return False  # "SMITH: …" may be a speaker in a transcript, not a place
    return (
        "(" in place
        or _release_dateline(text) is not None
        or dated_place(place)  # "Tel Aviv, December 2, 2026 –": a release's
        or any(len(w.strip(",.")) >= 3 and w.strip(",.").isupper() for w in place.split())
    )


def agency_dateline(text: str) -> bool:
    """A wire's dateline with its agency ("Bandung (ANTARA) -", "SEOUL, Nov 3 (Reuters) -"):
    only a story's first paragraph opens so, on a page as in a paste."""
    place, _ = split_dateline(text)  # (remembered: wire_dateline reads it again)
    return place is not None and "(" in place and wire_dateline(text)


def later_wire_items(texts: Sequence[str]) -> frozenset[int]:
    """Indices of the paragraphs after the first that open on a wire's dateline with its
    agency, when an earlier one did too: the later items of a wire's page ("Bandung (ANTARA) -
    ..."), each a story's first paragraph (the first may follow its article's summary box)."""
    wired = [i for i, text in enumerate(texts) if agency_dateline(text)]
    return frozenset(wired[1:])


def is_byline_shape(text: str) -> bool:
    # a correspondent's place after the name: "Marie Hoareau in Anse Royale", a sports
    # writer's ground: "Kimani Joseph at Beausejour" (a full name: "Chaos at Heathrow" and
    # "Floods in Kerala" are headlines)
    for word in (" in ", " at "):
        name, sep, place = text.partition(word)
        if (
            sep
            and 0 < len(words_of(place)) <= 3
            and all(w[:1].isupper() for w in words_of(place))
            and len(words_of(name)) >= 2
        ):
            text = name
            break
    words = words_of(text)
    if not words or len(words) > 8 or ends_sentence(text):
        return False
    if BYLINE_ROLE.search(text):
        return True
    # names: every word capitalised ("Rescue hope for Dortmund" is a headline), at most
    # four names a person, joined only by "and" or a name particle ("Maria van Dijk"), or a
    # dot or bar before the writer's paper ("Elise MacPhee · CBC News")
    parts = sum(w in _NAME_SEPARATORS for w in words)
    words = [w for w in words if w not in _NAME_SEPARATORS]
    names = [w for w in words if w.lower() not in _NAME_JOINERS]
    if not names or len(names) > 4 * (1 + parts + sum(w.lower() in ("and", "&") for w in words)):
        return False
    return all(w[:1].isupper() for w in names) and (
        len(words) - len(names) == 0
        or all(w.lower() in _NAME_JOINERS for w in words if not w[:1].isupper())
    )


_NAME_SEPARATORS = frozenset(["\u00b7", "\u2022", "|"])
_NAME_JOINERS = frozenset(
    ["and", "&", "van", "von", "de", "der", "den", "da", "di", "du", "bin", "al", "la", "le"]
)
