"""Page furniture that only shows as a shape across several lines, line-text clean-up, and
the context tests the line classifier asks of a line and its neighbours.

Scraped pages open with navigation menus and tool bars (runs of one-to-three-word lines:
"Markets / Tech / Video", "Share / Save / Print"), and close with lists of links under a
header ("Most Popular", "Related stories", "Explore more on these topics", "Media contact:").
Neither is a story's text. Markdown exports wrap headlines in ``**…**`` or ``#``, and screen
reader labels ("…, opens new tab") stick to linked words. All rules here are generic page
conventions, not strings from any one site.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader.story.lines.words import word_count

if TYPE_CHECKING:
    from reader.story.lines.line import Line

_MD_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
_MD_EMPHASIS = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1$")
_LINK_LABEL = re.compile(
    r"\s*,?\s*\(?\bopens? (?:in )?(?:a )?new (?:tab|window)\)?(?=[\s.,;:)]|$)", re.I
)
# "@in/janedoe/ @JaneDoe": social handles after a reporter's name.
_HANDLE = re.compile(r"(?:^|\s)@[\w./-]+")
_NAME_WORD = re.compile(r"^[A-Z][\w.'’\-]*$")


def clean_text(text: str) -> str:
    """Line text without markdown heading/emphasis marks or screen-reader link labels."""
    t = _LINK_LABEL.sub("", text) if "new" in text and _tab_or_window(text) else text
    t = _MD_HEADING.sub("", t)
    m = _MD_EMPHASIS.match(t)
    if m:
        t = m.group(2).strip()
    return t


def without_read_on(text: str) -> str:
    """A body line without a call to read on run into its end ("… surged. Read the full
    story →"): it is no part of the sentence before it (the link it was is gone in the
    text). Only body lines lose it: a line that is all pitch ("Supported by X. Find out more")
    is read whole by the rules first."""
    if len(text) > 30 and any(k in text[-32:] for k in _CTA_KEYS):
        return _CTA_TAIL.sub("", text)
    return text


# a call to read on run into the end of a paragraph (``without_read_on``)
_CTA_TAIL = re.compile(
    r"(?<=[.!?\"\u201d\u2019)])\s+(?:read (?:more|on|the (?:full |whole )?(?:story|article|"
    r"report|piece|interview))|continue reading|full story|find out more)\b[^.!?]{0,24}?"
    r"\s*[\u2192\u00bb\u203a>]?\s*$",
    re.I,
)
_CTA_KEYS = ("ead", "EAD", "ontinue", "ONTINUE", "ull story", "ULL STORY", "ind out", "IND OUT")


def _tab_or_window(text: str) -> bool:
    """A line ``_LINK_LABEL`` can match names a "tab" or a "window" (case-blind; the letters
    t-a-b and n-d-o-w match only their own cases, so the lowered line holds "tab" or "ndow")."""
    low = text.lower()
    return "tab" in low or "ndow" in low


def handle_byline(text: str) -> str | None:
    """'Jane Doe @in/janedoe/ @JaneDoe' → 'Jane Doe': a name followed by social handles."""
    if "@" not in text or "." in text.replace("@", " ").split()[0]:
        return None
    rest = _HANDLE.sub(" ", text).split()
    if not _HANDLE.search(text) or not 2 <= len(rest) <= 8:
        return None
    if all(_NAME_WORD.match(w) or w.lower() in ("and", "&") for w in rest):
        return " ".join(rest)
    return None


# A menu item or tool-bar button: a few words, no sentence.
NAV_WORDS = 3
NAV_CHARS = 30


# a label and its sum or share: a fact box's line ("3-room: S$71.50 (S$66.00)"), which no menu
# item shows (a market ticker's "FTSE 100 7,512.3 0.4%" has no label's colon: a tool bar)
_FIGURE_IN = re.compile(
    r"^[^:]{1,40}:\s*(?:[$\u00a3\u20ac\u00a5\u20b9]|[A-Z]{1,3}\$)\s?\d|^[^:]{1,40}:\s*[\d.,]+\s?%"
)


def _nav_item(ln: Line) -> bool:
    t = ln.text
    return (
        ln.kind in ("body", "promo", "credit")
        and word_count(t) <= NAV_WORDS
        and len(t) <= NAV_CHARS
        and not t.endswith((".", "!", ";"))
        and _FIGURE_IN.search(t) is None
    )


def mark_nav_runs(lines: Sequence[Line], nb: Sequence[int], fixed: set[int]) -> None:
    """A run of adjacent menu-item lines (four or more, or three of at most two words each) is
    navigation or a tool bar: dropped. Bylines and time stamps break a run (a head block), and
    a run right under a line ending in a colon is a list in the text."""
    k = 0
    while k < len(nb):
        j = k
        while (
            j < len(nb)
            and _nav_item(lines[nb[j]])
            and (j == k or lines[nb[j]].no == lines[nb[j - 1]].no + 1)
        ):
            j += 1
        run = [lines[nb[x]] for x in range(k, j)]
        prev = lines[nb[k - 1]] if k > 0 else None
        if run and prev is not None and prev.no == run[0].no - 1 and prev.text.endswith(":"):
            run = []  # "It named three new board members:" — a list in the text, not a menu
        long_run = len(run) >= 4 or (len(run) == 3 and all(word_count(ln.text) <= 2 for ln in run))
        if long_run and sum(ln.kind == "body" for ln in run) >= 2:
            for x in range(k, j):
                if lines[nb[x]].kind == "body":
                    lines[nb[x]].kind = "promo"
                    fixed.add(nb[x])
        k = max(j, k + 1)


LIST_HEADER = re.compile(
    r"^(?:most (?:popular|read|viewed|shared|watched)\b.*|trending(?: now| stories| topics)?"
    r"|top stories|editor'?s? picks|you (?:may|might) also like|more (?:stories|news)\b.*"
    r"|more on (?:this|these) (?:story|stories|topics?)|explore more\b.*"
    r"|(?:suggested |related )?topics|related (?:articles?|stories|coverage|links|content|news)"
    r"|read more(?: news)? on|(?:read|see) (?:more|also)|also read|further reading"
    r"|(?:media|press|investor|investors) (?:contacts?|relations|enquiries|inquiries)|contacts?)"
    r"\s*:?$",
    re.I,
)


def _header_text(text: str) -> str:
    """A header line's words without the marks a page sets around them ("**Read more**")."""
    return text.strip().strip("[]*_#").strip()


def is_list_header(text: str) -> bool:
    return bool(LIST_HEADER.match(_header_text(text)))


# a header pointing to one other story, whose headline is the line under it ("Read More" /
# "Galway flood defences will not be built before 2033, council admits"), whatever follows
_POINTER = re.compile(r"(?:read more|(?:read|see) also|also read)\s*:?$", re.I)
_HEAD_AFTER = frozenset({"byline", "timestamp", "reading_time", "caption", "credit"})
# Longest line taken as a link in a list under a header.
LINK_WORDS = 16


# Teasers under a list header: at least this many headline-and-standfirst pairs, with nothing
# but page furniture after them.
MIN_TEASERS = 3
TEASER_WORDS = 40


def _teaser_pairs(
    lines: Sequence[Line], nb: Sequence[int], j: int, ends_sentence: Callable[[str], bool]
) -> int:
    """Where a run of teasers starting at ``nb[j]`` ends (an index into ``nb``), when the run is
    ``MIN_TEASERS`` or more pairs of a headline (no sentence end, at most ``LINK_WORDS`` words)
    and a one-sentence standfirst (at most ``TEASER_WORDS`` words) on adjacent lines, and no
    body line follows them in the file; else ``j``."""
    x = j
    pairs = 0
    while x + 1 < len(nb):
        head, deck = lines[nb[x]], lines[nb[x + 1]]
        if head.kind != "body" or deck.kind != "body" or deck.no != head.no + 1:
            break
        if x > j and head.no != lines[nb[x - 1]].no + 1:
            break
        if word_count(head.text) > LINK_WORDS or ends_sentence(head.text):
            break
        if word_count(deck.text) > TEASER_WORDS or not ends_sentence(deck.text):
            break
        pairs += 1
        x += 2
    if pairs < MIN_TEASERS or any(lines[i].kind == "body" for i in nb[x:]):
        return j
    return x


def mark_link_lists(
    lines: Sequence[Line],
    nb: Sequence[int],
    fixed: set[int],
    ends_sentence: Callable[[str], bool],
) -> None:
    """The lines right under a list header ("Most Popular", "Related stories", "Media contact:")
    that are not sentences are links or contact details: dropped. The list stops at a line that
    stands right above a paragraph: that one is the heading of what follows."""
    for k, i in enumerate(nb):
        if lines[i].kind not in ("promo", "body") or not is_list_header(lines[i].text):
            continue
        lines[i].kind = "promo"
        fixed.add(i)
        if (end := _teaser_pairs(lines, nb, k + 1, ends_sentence)) > k + 1:
            # a list of teasers to the page's end: each headline with its one-sentence
            # standfirst ("Most read" / "Lakes Entrance chandlery to close after 60 years" /
            # "The family that has run the store since 1977 says ...")
            for x in range(k + 1, end):
                lines[nb[x]].kind = "promo"
                fixed.add(nb[x])
            continue
        pointer = _POINTER.match(_header_text(lines[i].text)) is not None
        j = k + 1
        while j < len(nb):
            ln = lines[nb[j]]
            if ln.no != lines[nb[j - 1]].no + 1 or ln.kind not in ("body", "promo", "credit"):
                break
            if word_count(ln.text) > LINK_WORDS or (
                ends_sentence(ln.text) and not ln.text.endswith("?")
            ):
                break
            after = lines[nb[j + 1]] if j + 1 < len(nb) else None
            if after is not None and after.kind in _HEAD_AFTER:
                break  # a headline with its byline, stamp or photo: the next story
            if (
                after is not None
                and after.kind == "body"
                and word_count(after.text) > LINK_WORDS
                and ends_sentence(after.text)
                and not (pointer and j == k + 1)  # "Read more", then the one story it points to
            ):
                break  # a heading over a paragraph
            if ln.kind == "body":
                ln.kind = "promo"
                fixed.add(nb[j])
            j += 1


_ADDRESS = re.compile(r"\b(?:you|your|you'll|you're|we'll)\b", re.I)
# Longest line taken as a pitch between two promo lines.
PITCH_WORDS = 40


def mark_pitches(lines: Sequence[Line], nb: Sequence[int], fixed: set[int]) -> None:
    """A line that speaks to the reader ("we'll point you to …") wedged between two promo lines
    (a newsletter box: "Sign up to …" / pitch / "Privacy notice …") is part of the box."""
    for k in range(1, len(nb) - 1):
        ln, before, after = lines[nb[k]], lines[nb[k - 1]], lines[nb[k + 1]]
        if (
            ln.kind == "body"
            and before.kind == "promo"
            and after.kind == "promo"
            and before.no == ln.no - 1
            and after.no == ln.no + 1
            and word_count(ln.text) <= PITCH_WORDS
            and _ADDRESS.search(ln.text)
        ):
            ln.kind = "promo"
            fixed.add(nb[k])


# A sponsor's label over its advert in a newsletter: "SPONSORED", "Presented by Rondout Valley
# Credit Union", "A message from Castellan Payroll", "Partner content"
_SPONSOR = re.compile(
    r"^(?:sponsored(?: content| post)?|(?:presented|brought to you|sponsored|powered) by\b.*"
    r"|an? (?:message|word|note) from\b.*|(?:paid |partner )(?:partner )?content|paid post)\W*$",
    re.I,
)
# a sentence that asks the reader to act, or the sender's "our", the advert's call (or it
# speaks to the reader: ``_ADDRESS``): "Apply online or at any of our nine branches.", "See how
# it works."
_CALL = re.compile(
    r"(?:^|[.!?]\s+)(?:apply|see|learn|find out|get|compare|check|try|book|shop|call|visit|"
    r"sign up|download|join|start|claim|order|request|discover|switch|save)\b|\bour\b",
    re.I,
)
# Lines of an advert read under its sponsor's label, at most
AD_LINES = 3


def mark_sponsor_copy(lines: Sequence[Line], nb: Sequence[int], fixed: set[int]) -> None:
    """Under a sponsor's label (``_SPONSOR``), the advert's short lines up to the last that
    asks the reader to act or speaks to them (``_CALL``, ``_ADDRESS``: "Holiday loans from 6.9% APR. Apply
    online ..."), at most ``AD_LINES`` of up to ``PITCH_WORDS`` words, are the advert's: no
    item of the newsletter opens there. With no such call the lines are left as they are (a
    sponsored article's own headline and text)."""
    for k, i in enumerate(nb):
        if lines[i].kind != "promo" or not _SPONSOR.match(lines[i].text):
            continue
        run = [j for j in nb[k + 1 : k + 1 + AD_LINES] if not _SPONSOR.match(lines[j].text)]
        last = -1
        for n, j in enumerate(run):
            if lines[j].kind != "body" or word_count(lines[j].text) > PITCH_WORDS:
                break
            if _CALL.search(lines[j].text) or _ADDRESS.search(lines[j].text):
                last = n
        for j in run[: last + 1]:
            lines[j].kind = "promo"
            fixed.add(j)


# A sign-off is a short label: a station's or a site's name, no sentence
SIGN_OFF_WORDS = 6


def mark_sign_offs(lines: Sequence[Line], nb: Sequence[int], fixed: set[int]) -> None:
    """A short label that closes the file and stands after earlier items too ("Naledi FM
    News" after each bulletin item, "— Wire staff") is every item's sign-off: furniture
    between stories, not a heading over the next one. Only a label that ends the file counts
    (a label repeated inside one article, "Key points" over each box, does not end it)."""
    if len(nb) < 4:
        return
    last = lines[nb[-1]].text.strip()
    if not 1 <= word_count(last) <= SIGN_OFF_WORDS or last[-1:] in ".!?:;,":
        return
    key = last.lower()
    same = [k for k, j in enumerate(nb[:-1]) if lines[j].text.strip().lower() == key]
    # (each after an item's closing sentence: not a menu's "x" or a log-in bar's repeat)
    if not same or not all(k > 0 and _closes_item(lines[nb[k - 1]].text) for k in same):
        return
    for j in (*(nb[k] for k in same), nb[-1]):
        if j not in fixed:
            lines[j].kind = "promo"
            fixed.add(j)


def _closes_item(text: str) -> bool:
    """A paragraph's last sentence: some words, ending as a sentence does."""
    t = text.rstrip()
    return word_count(t) >= SIGN_OFF_WORDS and t[-1:] in '.!?"\u201d\u2019)'


# A line this long that runs on into a line not starting a sentence is hard-wrapped text.
WRAP_CHARS = 60
# Longest line that can stand between a headline and its byline as a deck (standfirst).
DECK_WORDS = 30


def wrapped_line(ln: Line, after: Line) -> bool:
    """A long line running on into the next line, which does not start a sentence."""
    return (
        after.no == ln.no + 1
        and after.kind == "body"
        and len(ln.text) >= WRAP_CHARS
        and not (after.text[:1].isupper() or after.text[:1] in "\"'“‘(")
    )


def list_item(before: Line | None, ln: Line, after: Line, listed: set[int]) -> bool:
    """An item of a list introduced by a line ending in a colon ("It named three members:"),
    or the next item after one (``listed``); a line over bullets is the list's heading."""
    if before is None or before.no != ln.no - 1 or after.kind == "bullet":
        return False
    if before.kind == "body" and before.text.endswith(":"):
        return True
    return before.no in listed


def brand_over_headline(first: str, second: str) -> bool:
    """'Markets' over 'Corvell shares plunge …': a section or brand label, then the headline."""
    return (
        word_count(first) <= 2
        and not first.endswith("?")
        and word_count(second) >= 4
        and word_count(second) > word_count(first)
    )


def meta_follows(
    lines: Sequence[Line], nb: Sequence[int], k: int, deck_words: int = DECK_WORDS
) -> bool:
    """A byline, time stamp or reading time within the next three lines, with at most one line
    of ``deck_words`` or fewer (a deck) between: the head block of a story. A full paragraph in
    between means the metadata belongs to something further on."""
    deck = False
    for step in (1, 2, 3):
        if k + step >= len(nb):
            return False
        ln = lines[nb[k + step]]
        if ln.kind in ("byline", "timestamp", "reading_time"):
            return True
        if ln.kind == "body" and not deck and word_count(ln.text) <= deck_words:
            deck = True
            continue
        if ln.kind not in ("caption", "credit", "tag") and not link_line(ln):
            return False
    return False


# an item's own web address alone on a line, under its title in a read-later export or a
# shared link ("https://www.example-herald.com/city/2037/07/06/electric-buses")
_LINK = re.compile(r"(?:https?://|www\.)[^\s/]+\.[a-z]{2,6}(?:/\S*)?", re.I)


def link_line(ln: Line) -> bool:
    """A web address alone on a line that the rules set aside as furniture: it stands between an
    item's title and its stamp as a photo's credit does, no part of either."""
    return ln.kind == "promo" and _LINK.fullmatch(ln.text.strip()) is not None


_FURNITURE = frozenset({"masthead", "promo", "caption", "credit", "tag", "marker"})


def after_furniture(before: Line | None) -> bool:
    return before is None or before.kind in _FURNITURE
