"""Rows of a table laid out in plain text: a results table pasted from a press release, a
fixture list or a calendar copied from a page. Cells are parted by a tab or by two spaces or
more, the rows stand one under the other, most of them hold the same number of cells, and
most hold a digit. A table belongs to the article it stands in, so its rows are kept as its
body, not taken for a menu or a list of links (issue 13: "lists and tables that belong to the
article stay in its body")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.lines.line import Line

# Cells are parted by a tab or a run of two spaces or more (or by pipes, in Markdown).
CELL_GAP = re.compile(r"\t|\s{2,}")
# A row has at least this many cells, and no cell is a sentence.
MIN_CELLS = 3
MAX_CELL_WORDS = 8
# A table has at least this many rows (the header counts as one).
MIN_ROWS = 3
# At most this many blank lines stand between two rows of one table.
MAX_GAP = 1
# Most rows hold a digit: a table of words alone is a menu laid out in columns as often.
MIN_DIGIT_SHARE = 0.5


def cells(text: str) -> list[str]:
    """The cells of one line of text: parted by pipes in a Markdown row (``| a | b |``), else
    by wide gaps (a line with neither is one cell)."""
    t = text.strip()
    if len(t) > 2 and t[0] == "|" and t[-1] == "|":
        return [c.strip() for c in t[1:-1].split("|")]
    if "\t" not in text and "  " not in text:
        return [text.strip()] if text.strip() else []
    return [c for c in CELL_GAP.split(text.strip()) if c]


def _row_width(text: str) -> int:
    """How many cells the line has as a table row, 0 when it cannot be one."""
    row = cells(text)
    if len(row) < MIN_CELLS or any(len(c.split()) > MAX_CELL_WORDS for c in row):
        return 0
    return len(row)


def is_row(text: str) -> bool:
    """The line could be a row of a table: ``MIN_CELLS`` cells or more, none of them a
    sentence (whether it is one depends on the rows around it: ``table_rows``)."""
    return _row_width(text) > 0


def table_rows(lines: Sequence[Line]) -> set[int]:
    """Line numbers (``Line.no``) of the rows of every plain-text table among ``lines``.

    ``lines`` hold the raw spacing of their text (cells are read from the gaps). A run of rows
    is a table when it has ``MIN_ROWS`` rows or more, each of whose widths is within one cell
    of the run's first full row (a header may leave its first cell empty), and
    ``MIN_DIGIT_SHARE`` of them hold a digit."""
    out: set[int] = set()
    run: list[Line] = []
    width = 0
    blanks = 0
    for ln in lines:
        if not ln.text.strip():
            blanks += 1
            if blanks > MAX_GAP:
                _close(run, out)
                run = []
            continue
        w = _row_width(ln.text)
        if w and run and abs(w - width) <= 1 and blanks <= MAX_GAP:
            run.append(ln)
            width = max(width, w)
        else:
            _close(run, out)
            run, width = ([ln], w) if w else ([], 0)
        blanks = 0
    _close(run, out)
    return out


def _close(run: Sequence[Line], out: set[int]) -> None:
    if len(run) < MIN_ROWS:
        return
    digits = sum(any(c.isdigit() for c in ln.text) for ln in run)
    if digits >= MIN_DIGIT_SHARE * len(run):
        out.update(ln.no for ln in run)
