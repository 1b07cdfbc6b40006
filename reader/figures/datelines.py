"""The dateline opening a text, which the proper-noun runs (``proper_nouns``) are read after:
a wire's place in capitals ("SEOUL, Nov 27 (Reuters) - "), a Title-case place with a long dash
or its date ("Skopje – ", "Tel Aviv, December 2, 2026 – "), a lede's undashed dateline. Split
out of ``proper_nouns`` by what they hold.
"""

from __future__ import annotations

import re

from reader.figures.letters import CAP, SMALL, UPPER
from reader.story.lines.shape import (
    dated_place,
    day_dated_place,
    split_dateline,
    undashed_dateline,
    wire_dateline,
)

# a wire dateline opening a sentence, the place in capitals: "SEOUL, Nov 27 (Reuters) - ",
# "CHUR, Switzerland - " (names are read after it). One of three dateline patterns that differ on
# purpose: lead._DATELINE_ALONE is a line that is only a dateline (nothing after the dash);
# story.lines.patterns.DATELINE splits any paragraph's place off for the story's metadata and
# takes Title-case places too ("Beijing — "), which here would cut a firm's name off as a place
# ("Emiew - Excellent Mobility ..."): ``dateline_end`` asks it only behind ``wire_dateline``
_DATELINE = re.compile(
    rf"[{UPPER}][{UPPER} .'/-]{{1,30}}(?:, {CAP}{SMALL}+(?: (?:and |of )?{CAP}{SMALL}+){{0,2}})?"
    # (both: "HALIFAX, Nova Scotia, Nov 19 (Wire) - "; a release's full date: "COUVA,
    # Trinidad and Tobago, March 9, 2028 – ")
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r"(?: \([A-Za-z .]{1,30}\))? [-\u2013\u2014]{1,2} "  # "CHUR, Switzerland - " too
)

_DASHES = ("\u2014", "\u2013", " - ", "--")


# a Title-case place of one to three words and a long dash before a lede: "Skopje – ", "Kathmandu
# — " (a long dash only: "Emiew - Excellent Mobility" is a firm's name and its tagline)
_DASHED_PLACE = re.compile(
    r"[A-Z][a-z\u00c0-\u024f'.-]+(?: [A-Z][a-z\u00c0-\u024f'.-]+){0,2} [\u2013\u2014] (?=[A-Z\"\u201c])"
)


# a Spanish-language wire's place and ".-" before the lede: "Santo Domingo.- Food prices rose",
# "SAN JOSÉ.- The central bank ..."
_DOT_DASHED_PLACE = re.compile(
    r"[A-Z][\w'\u00c0-\u024f]*(?: (?:de |del |la |las |los |el )?[A-Z][\w'\u00c0-\u024f]*){0,3}"
    r"\.[-\u2013\u2014] (?=[A-Z\"\u201c])"
)


def dateline_end(text: str) -> int:
    """Where a dateline opening ``text`` ends (0: none): "SEOUL, Nov 27 (Reuters) - " and the
    wire datelines the story pipeline knows ("SANTA CLARA, California, Dec 1 — ": a place in
    capitals or with its agency; not "Emiew - Excellent Mobility ..."), and a release's place
    with its full date ("Tel Aviv, December 2, 2026 – ")."""
    if not text[:1].isupper():
        return 0
    if (dotted := _DOT_DASHED_PLACE.match(text)) is not None:
        return dotted.end()  # "Santo Domingo.- Food prices ..."
    if text[1:2].islower():
        # (both wire datelines open on two capitals: "SEOUL", "SANTA CLARA"); a Title-case
        # place is one only with its full date ("Tel Aviv, December 2, 2026 – "), the story
        # pipeline's dateline (no firm's name runs on into a date), or as a lede's undashed
        # dateline ("New Delhi, Dec 3 (PTI) The ...", "Mumbai: Shares of ...")
        if (undashed := undashed_dateline(text)) is not None:
            return undashed.end()
        if (dashed := _DASHED_PLACE.match(text)) is not None and len(
            text[dashed.end() :].split()
        ) >= 10:
            return dashed.end()  # "Skopje – Vardarka Foods, the Kavadarci-based maker ..."
        if "," not in text[:40]:
            return 0
        place, rest = split_dateline(text)
        # (or its month and day alone before the dash: "Kathmandu, Oct 19 — ")
        dated = place is not None and (dated_place(place) or day_dated_place(place))
        return len(text) - len(rest) if dated else 0
    if (dateline := _DATELINE.match(text)) is not None:
        return dateline.end()
    head = text[:80]
    if not head[:2].isupper() or not any(d in head for d in _DASHES) or not wire_dateline(text):
        return 0
    place, rest = split_dateline(text)
    return len(text) - len(rest) if place is not None else 0
