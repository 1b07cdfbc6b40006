"""Lines the role model may read as headings that belong to the article's body: a run of
figure lines (a results box) and a table's caption that gives its cells' unit. Read after the
role model (``kinds.apply_roles``): they keep the story's figures in its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from reader.story.lines.line import Line
from reader.story.lines.table import figure_lines, table_rows

# kinds a run of figure lines may have been read as: short lines with no full stop look like
# headings or headlines
_FIGURE_LINE_KINDS = frozenset({"heading", "title", "standfirst"})


def keep_figure_lines(lines: Sequence[Line]) -> None:
    """A run of figure lines (``table.figure_lines``: "Revenue, PLN m: 1,462.3 (1,098.6)",
    "38,900 members, up from 36,450 a year earlier") is the article's results box, kept as its
    body, one item a line, not headings over it: its figures are the story's."""
    runs = figure_lines(lines)
    if not runs:
        return
    for ln in lines:
        if ln.no in runs and ln.kind in _FIGURE_LINE_KINDS:
            ln.kind = "bullet"


# a table's caption that gives its cells' unit: "First-half results, ¥ million unless stated",
# "Key figures (SEK m)"
_UNIT_CAPTION = re.compile(
    r"(?:^|[\s(,])(?:[A-Z]{3}|[$\u00a3\u20ac\u00a5\u20b9])\s?(?:m|mn|mln|millions?|bn|bln|billions?|"
    r"'?000|thousands?)(?:\)|,|\.|\s+unless\b|\s*$)"
)


def keep_table_captions(lines: Sequence[Line]) -> None:
    """A heading right over a table's rows that gives the cells' unit ("¥ million unless
    stated") is the table's caption, kept in the body with the rows it explains."""
    rows = table_rows(lines)
    if not rows:
        return
    body = [ln for ln in lines if ln.kind != "blank"]
    for ln, nxt in pairwise(body):
        if ln.kind in _FIGURE_LINE_KINDS and nxt.no in rows and _UNIT_CAPTION.search(ln.text):
            ln.kind = "bullet"
