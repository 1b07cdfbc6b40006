"""Lines the role model may read as headings that belong to the article's body: a run of
figure lines (a results box) and a table's caption that gives its cells' unit. Read after the
role model (``kinds.apply_roles``): they keep the story's figures in its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from reader.story.lines.line import Line
from reader.story.lines.table import cells, figure_lines, table_rows

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
# "Key figures (SEK m)", "(₦ million unless stated)" (any currency sign: "$", "£", "¥", the
# baht's, and the Unicode block of currency signs, "₦", "₵", "₱", "₺", ...)
_UNIT_CAPTION = re.compile(
    r"(?:^|[\s(,])(?:[A-Z]{3}|[$\u00a2-\u00a5\u0e3f\u20a0-\u20c0])\s?(?:m|mn|mln|millions?|bn|"
    r"bln|billions?|'?000|thousands?)(?:\)|,|\.|\s+unless\b|\s*$)"
)
# a table's header of periods alone: "2027        2026", "FY27    FY26", "Q3 2027   Q3 2026"
_PERIOD_CELL = re.compile(r"(?i)(?:(?:Q[1-4]|H[12]|FY|CY)\s?'?)?(?:19|20)?\d{2}")


def _period_header(text: str) -> bool:
    heads = cells(text)  # (the table's own cell reading: wide gaps, tabs or pipes)
    return len(heads) >= 2 and all(_PERIOD_CELL.fullmatch(c) for c in heads)


def keep_table_captions(lines: Sequence[Line]) -> None:
    """A heading right over a table's rows that gives the cells' unit ("¥ million unless
    stated") is the table's caption, kept in the body with the rows it explains (and with the
    line of the columns' periods between them, "2027        2026")."""
    rows = table_rows(lines)
    if not rows:
        return
    body = [ln for ln in lines if ln.kind != "blank"]
    for k, (ln, nxt) in enumerate(pairwise(body)):
        if ln.kind not in _FIGURE_LINE_KINDS or not _UNIT_CAPTION.search(ln.text):
            continue
        if nxt.no in rows:
            ln.kind = "bullet"
        elif _period_header(nxt.text) and k + 2 < len(body) and body[k + 2].no in rows:
            ln.kind = nxt.kind = "bullet"  # (its periods' header between: "2027    2026")
