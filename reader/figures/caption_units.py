"""Figures under a caption that gives their unit, outside a table: a results summary's lines
("Kanat Air, nine months to September 30 (TL million unless stated; 2025 in brackets)" over
"Revenue: 148,620 (92,410)"), a broker's estimates ("Estimates (EUR million)" over "Revenue
2026E: 3,480 | 2027E: 3,655"). Each bare number of the short data lines right under such a
caption (up to the first sentence) is money in the caption's currency and scale, unless its
line's label names a unit of its own ("Passengers carried (million):", "Fleet (aircraft):").
Under a caption of estimates or a forecast ("Estimates (EUR million)") they are expected or
forecast, not actual. Tables are read by ``tables.py``; one pass over the story's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.home_currency import home_dollar
from reader.figures.label_units import (
    MINOR_UNIT,
    SIGN_CLASS,
    caption_unit,
    money_in,
    story_opening,
)
from reader.model import Figure

# a caption or a data line is short; a data line holds a digit and ends on no full stop
_MAX_CAPTION_WORDS = 25
_MAX_LINE_WORDS = 16
_STOPS = (".", "!", "?", '."', ".\u201d", ".'")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?$")
_DIGIT = re.compile(r"\d")
# a label's own unit in brackets before its figures: "Passengers carried (million): 31.4"
# (not an accounting label's sign: "Forex gain/(loss): -18.2 (11.4)")
_OWN_UNIT = re.compile(r"\((?!(?:loss|losses|deficit|charge)\))[^)]*\)\s*:?\s*$", re.I)


def captioned_figures(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """``figures`` with the bare counts of data lines under a unit caption (module doc) read as
    money in its unit; every other figure as it was."""
    # the lines that may be captions: no full stop at the end, a scale after a currency (most
    # stories have none, and are done at once)
    hinted = {
        i
        for i, s in enumerate(sentences)
        if not s[-4:].rstrip().endswith(_STOPS) and _CAPTION_HINT.search(s) is not None
    }
    if not hinted:
        return list(figures)
    with_figures = {f.sentence_index for f in figures}
    units: dict[int, tuple[str, float]] = {}
    ahead: dict[int, str] = {}  # lines under a caption of estimates or a forecast: their status
    current: tuple[str, float] | None = None
    status: str | None = None
    for i, text in enumerate(sentences):
        words = len(text.split())
        if i not in with_figures and words <= _MAX_CAPTION_WORDS:
            found = (
                caption_unit(
                    text, _dollar(sentences) if "$" in text else None, story_opening(sentences)
                )
                if i in hinted
                else None
            )
            if found is not None and not _SENTENCE_END.search(text.rstrip()):
                current, status = found, _ahead(text)
                continue
        data = words <= _MAX_LINE_WORDS and _DIGIT.search(text) and not _SENTENCE_END.search(text)
        if current is not None and data:
            units[i] = current
            if status is not None:
                ahead[i] = status
        else:
            current = None
    if not units:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        unit = units.get(f.sentence_index)
        if unit is not None and not _OWN_UNIT.search(_label_of(f)):
            read = money_in(f, unit)
            if read is not f and f.sentence_index in ahead and read.status in (None, "actual"):
                read = replace(read, status=ahead[f.sentence_index])
            f = read
        elif unit is not None:
            f = _own_percent_or_cents(f, unit[0])
        out.append(f)
    return out


# a label's own unit that is a share or the caption currency's cents: "Gross margin (%): 46.8
# (45.1)", "Interim dividend per share (cents): 19.5 (17.0)"
_OWN_PERCENT = re.compile(r"\((?:%|per ?cent)\)\s*:?\s*$", re.I)


def _own_percent_or_cents(f: Figure, code: str) -> Figure:
    """A bare number on a line under a unit caption whose label names its own unit as a share
    or as cents: a percentage, or money in the caption currency's cents; any other as it was."""
    if f.kind != "count" or f.unit is not None or not _BARE.fullmatch(f.surface):
        return f
    label = _label_of(f)
    if _OWN_PERCENT.search(label):
        return replace(f, kind="percent", unit="%")
    if MINOR_UNIT.search(label):
        return replace(f, kind="money", unit=code, value=f.value / 100)
    return f


_BARE = re.compile(r"[-+\u2212]?\d{1,3}(?:,\d{3})*(?:\.\d+)?")


def _dollar(sentences: Sequence[str]) -> str | None:
    """The story's own dollar when it is not the US one ("$m unless stated" in a Cessnock
    club's results: Australian dollars), else None (``home_currency.home_dollar``)."""
    return home_dollar("\n".join(sentences))


def _label_of(f: Figure) -> str:
    """The words before the line's first colon ("Vehicles handled (thousand units):"), or
    before its first cell when the line sets its cells apart by runs of spaces ("Earnings
    per share (kobo)      252      264"), or those before the figure: where a label names its
    own unit."""
    colon = f.sentence.find(":")
    if colon != -1:
        return f.sentence[: colon + 1]
    cells = _SPACED_CELL.search(f.sentence)
    return f.sentence[: cells.start() + 1] if cells else f.sentence[: f.sentence.find(f.surface)]


# a table row's first cell after a run of spaces: "Revenue          61,482      47,905"
_SPACED_CELL = re.compile(r"\S\s{2,}[-+(\u2212]?\d")


def own_scaled_counts(figures: Sequence[Figure]) -> list[Figure]:
    """A bare count on a line whose label gives its scale in brackets is that many thousands
    or millions: "Containers handled (thousand TEU): 3,412 (3,086)" counts 3.412 million,
    "Passengers carried (million): 31.4" 31.4 million. Other figures as they were."""
    out: list[Figure] = []
    for f in figures:
        if f.kind == "count" and f.unit is None and "(" in f.sentence and ":" in f.sentence:
            m = _OWN_SCALE.search(_label_of(f))
            if m is not None:
                f = replace(f, value=f.value * _SCALE_WORDS[m.group(1).lower()])
        out.append(f)
    return out


_SCALE_WORDS = {"thousand": 1e3, "thousands": 1e3, "'000": 1e3, "000": 1e3, "million": 1e6,
                "millions": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}  # fmt: skip
# a label's own scale, first in its bracket: "(thousand TEU)", "(million)", "('000 units)"
_OWN_SCALE = re.compile(r"\((thousands?|'?000|millions?|mn|m|billion|bn)\b[^)]*\)\s*:$", re.I)


# a caption over figures still to come: an analyst's estimates ("expected"), a firm's own
# forecast or guidance ("forecast")
_AHEAD = re.compile(r"\b(estimates?|consensus|forecasts?|outlook|guidance|projections?)\b", re.I)


def _ahead(caption: str) -> str | None:
    m = _AHEAD.search(caption)
    if m is None:
        return None
    return "expected" if m.group(1).lower().startswith(("estimate", "consensus")) else "forecast"


# what a unit caption holds: a scale word after a currency's letters or sign
_CAPTION_HINT = re.compile(
    r"(?:[A-Z]{2,3}|" + SIGN_CLASS + r")\s?(?:m|mn|mln|million|bn|billion|'?000|thousand|"
    r"crores?|lakhs?|cr)",
    re.I,
)
