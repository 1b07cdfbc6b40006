"""A part a "with" clause moves is the owner of its figures: "Prices at the Orchard Fruit
auction rose 2.2%, with dried apricots up 5.1% to $3,980 a tonne" (dried apricots' 5.1% and
$3,980, not the auction's).

The figure's clause is ", with" a lower-case noun phrase of one to four words and a move ("up",
"down", "rising", "higher" ...), the figure right after it (or the level after its move: "to
$3,980"); the noun phrase names no measure ("with sales up 4%": the sales are still the firm's)
and opens with no determiner or pronoun ("with its shares down 3%"); the sentence before the
"with" holds a figure (the whole the part is of).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.resubject import resubject
from reader.figures.surface import surface_at
from reader.figures.vocabulary import METRIC_RE
from reader.model import Figure

_MOVE = (
    r"(?:up|down|higher|lower|rising|falling|climbing|dropping|gaining|losing|adding|slipping|"
    r"jumping|easing|sliding|increasing|decreasing|declining|sinking|surging)"
)
_FIGURE = r"\S*\d[\d.,]*\S*(?: (?:per cent|percent|percentage points?|basis points))?"
_HEDGE = r"(?:(?:about|around|nearly|almost|some|roughly|just) )?"
_PART = re.compile(
    rf"(?P<np>(?:[a-z][\w-]* ){{0,3}}[a-z][\w-]*) (?:was |were )?{_MOVE}(?: by)? {_HEDGE}"
    rf"(?:{_FIGURE} (?:to|at) {_HEDGE})?$"
)
_NOT_PART = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
     "it", "they", "some", "most", "many", "all", "both", "each", "volumes", "margins", "rates",
     "levels", "numbers", "figures", "totals", "values", "growth", "demand", "output"]
)  # fmt: skip
_DIGIT = re.compile(r"\d")


def with_parts(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure a ", with PART up N%" clause gives to its part (module doc)."""
    return resubject(figures, _part_of)


def _part_of(f: Figure) -> str | None:
    text = f.sentence
    start = surface_at(f, text)
    at = text.rfind(", with ", 0, start)
    if start < 0 or at < 0 or not _DIGIT.search(text, 0, at):
        return None
    m = _PART.fullmatch(text, at + len(", with "), start)
    if m is None:
        return None
    np = m.group("np")
    words = np.split()
    if any(w in _NOT_PART for w in words) or METRIC_RE.search(np):
        return None
    return np
