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
from reader.story.lines.patterns import CONTACT, is_timestamp

# Cells are parted by a tab or a run of two spaces or more (or by pipes).
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
    """The cells of one line of text: parted by pipes in a Markdown row (``| a | b |``) or in a
    row copied without its outer pipes (``a | b | c``), else by wide gaps (a line with none of
    them is one cell)."""
    t = text.strip()
    if len(t) > 2 and t[0] == "|" and t[-1] == "|":
        return [c.strip() for c in t[1:-1].split("|")]
    if t.count(" | ") >= MIN_CELLS - 1:  # a row pasted without its outer pipes: "Colony | 2027"
        return [c.strip() for c in t.split("|")]
    if "\t" not in text and "  " not in text:
        return [text.strip()] if text.strip() else []
    return [c for c in CELL_GAP.split(text.strip()) if c]


def _row_width(text: str) -> int:
    """How many cells the line has as a table row, 0 when it cannot be one."""
    if "|" not in text and "\t" not in text and "  " not in text:
        return 0  # no pipe, tab or wide gap: one cell at most (``cells``), most lines of prose
    row = cells(text)
    if len(row) < MIN_CELLS or any(len(c.split()) > MAX_CELL_WORDS for c in row):
        return 0
    return len(row)


_NUMBER_CELL = re.compile(r"^[-+\u2212]?[$\u00a3\u20ac\u00a5]?\d[\d,.]*%?$")


def numeric_row(text: str) -> bool:
    """A row with a cell that is a number alone ("St Croix Island | 2,100 | 1,430"), as a
    credit line's names and agencies never are ("Jane Doe | Bloomberg | Getty Images")."""
    return any(_NUMBER_CELL.match(c) for c in cells(text))


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


# a listing's or a calendar's entry: its day and date, a colon, what happens ("Fri., May 15:
# Jazz at the Forks, 8 p.m., $25", "12 June: Closing night gala")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATED_ENTRY = re.compile(
    r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,? )?"
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH})"
    r"(?:,? \d{4})?\s*[:\u2013\u2014-]\s+\S"
)


def dated_rows(lines: Sequence[Line]) -> set[int]:
    """Line numbers of the entries of a listing or calendar: ``MIN_ROWS`` or more lines in a run
    (at most ``MAX_GAP`` blank lines between) each opening on a date and a colon. Like a table's
    rows, they are the article's, not headlines."""
    out: set[int] = set()
    run: list[Line] = []
    blanks = 0
    for ln in lines:
        text = ln.text.strip()
        if not text:
            blanks += 1
            continue
        entry = _DATED_ENTRY.match(text) is not None
        if entry and (not run or blanks <= MAX_GAP):
            run.append(ln)
        else:
            _close(run, out)  # (every entry holds a digit: its date)
            run = [ln] if entry else []
        blanks = 0
    _close(run, out)
    return out


def _close(run: Sequence[Line], out: set[int]) -> None:
    if len(run) < MIN_ROWS:
        return
    digits = sum(any(c.isdigit() for c in ln.text) for ln in run)
    if digits >= MIN_DIGIT_SHARE * len(run):
        out.update(ln.no for ln in run)


# A line of figures in a results box or a "year in numbers" list: "Revenue, PLN m: 1,462.3
# (1,098.6)", "Gross margin: 27.8% (25.1%)" (a label, a colon, a value with a digit), or a
# number and what it counts: "38,900 members, up from 36,450 a year earlier".
_LABELLED_VALUE = re.compile(r"^(?:[A-Z]|\d+-[a-z])[^:]{1,60}:\s*\S*\d")  # ("3-room: S$71.50")
# (a recipe's quantities too: "500g dried white corn kernels", "250ml coconut milk")
_COUNTED = re.compile(
    r"^[~≈<>+-]?[$€£¥₹]?\d[\d,.]*(?:%|m|bn|k|g|kg|mg|ml|cl|l|cm|mm|km|oz|lb)?"
    r"(?: (?:million|billion))? [a-z]"
)
# A figure line is a short phrase: at most this many words, and no full sentence.
MAX_FIGURE_LINE_WORDS = 16
# Figure lines come in runs of at least this many (a lone one may be a headline: "3,000 jobs
# to go at carmaker").
MIN_FIGURE_LINES = 2


# a clock time or a phone number is no figure of the article: "Updated: 10:32 IST"
_NOT_FIGURE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b|[A-Z]{2,4}\b)|\d{3,}[\s-]\d{3,}|\+\d")


def _figure_line(text: str) -> bool:
    t = text.strip()
    return (
        0 < len(t.split()) <= MAX_FIGURE_LINE_WORDS
        and not t.endswith((".", "?", "!"))
        and (_LABELLED_VALUE.match(t) is not None or _COUNTED.match(t) is not None)
        and _NOT_FIGURE.search(t) is None
        and not is_timestamp(t)
        and CONTACT.match(t.split(":", 1)[-1].strip()) is None
    )


def figure_lines(lines: Sequence[Line]) -> set[int]:
    """Line numbers of runs of figure lines (``_figure_line``), ``MIN_FIGURE_LINES`` or more one
    under the other (at most ``MAX_GAP`` blank lines apart): a results box or a "year in
    numbers" list, the article's own figures to keep as its body, not headings over it."""
    out: set[int] = set()
    run: list[int] = []
    blanks = 0
    for ln in lines:
        if not ln.text.strip():
            blanks += 1
            continue
        figure = _figure_line(ln.text)
        if figure and (not run or blanks <= MAX_GAP):
            run.append(ln.no)
        else:
            if len(run) >= MIN_FIGURE_LINES:
                out.update(run)
            run = [ln.no] if figure else []
        blanks = 0
    if len(run) >= MIN_FIGURE_LINES:
        out.update(run)
    return out
