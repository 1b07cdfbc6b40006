"""A share index's level written as a bare number: "The FTSE 100 rose 0.4% to 8,912.6",
"the Stoxx 600 ended flat at 562.4", "the dow added 84 points, or 0.2%, to 47,205.31".

The number an index moved to (or stood at) is in index points, a measure, not a count of
nothing: it is read as kind "other" with unit "points", as "8,391.70 points" is when the
word is written.
"""

from __future__ import annotations

import re

from reader.figures.markets import INDEX_NAMES

# the index, one to three words of verb ("rose", "ended flat", "was up"), an optional move
# ("0.4%", "84 points, or 0.2%,") and "to"/"at", ending right before the level
_LEVEL = re.compile(
    r"\b" + INDEX_NAMES + r"(?: \d+)?(?: (?:composite|industrial average|average|all-share))?"
    r"(?: index)? (?:[a-z]+ ){1,3}"
    r"(?:(?:by )?(?:about |almost |nearly |some )?\d[\d,]*(?:\.\d+)? ?(?:%|per ?cent|points?)"
    r",? (?:or \d[\d,]*(?:\.\d+)? ?(?:%|per ?cent),? )?)?"
    r"(?:to|at) (?:about |around )?$",
    re.I,
)
_MIN_LEVEL = 100.0  # an index's level is in the hundreds or more


def index_level(text: str, start: int, value: float) -> bool:
    """Whether the bare number at ``start`` is the level a named share index moved to or
    stood at."""
    if value < _MIN_LEVEL:
        return False
    return _LEVEL.search(text[max(0, start - 100) : start]) is not None
