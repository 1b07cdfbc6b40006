"""Figures in the rows of a plain-text table (``reader.story.lines.table``): a cell's meaning is
its row's label and its column's header, not the words around it in a sentence.

    Segment          Q3 2026    Q3 2025    Change
    Freight          $298.1M    $270.4M    +10%

"$298.1M" measures freight in Q3 2026; "$270.4M" is the same measure a period before (a base);
"+10%" is freight's change. Where the column's header is a measure, not a period ("Route |
On time | Change"), the figure measures the column, for the row's label ("on time (Bristol -
Bath)"). The first row of a run of rows is the header when it holds no figure of its own
(years and quarters are not figures)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.label_units import MINOR_UNIT, caption_unit, money_in, story_opening
from reader.model import Change, Figure
from reader.story.lines.table import MIN_CELLS, MIN_ROWS, cells

# a period heading a column: "2025", "Q3 2026", "FY24", "H1 FY2026", "H1", "Sept 2025", "Year
# to March"
_PERIOD = re.compile(
    r"(?i)^(?:(?:Q[1-4]|H[12]|FY|CY|[A-Z][a-z]{2,8}\.?)\s*'?){0,2}(?:19|20)?\d{2}$"
    r"|^(?:Q[1-4]|H[12])$|^(?:this|last|prior|previous|current) (?:year|quarter|period)$"
    r"|^(?:year|quarter|half|month|six months|nine months) to \w+"
)
_YEAR = re.compile(r"(?:19|20)(\d{2})\b|\bFY\s*'?(\d{2})\b|'(\d{2})\b")
_PART = re.compile(r"\b[QH]([1-4])\b")
_EARLIER = re.compile(r"(?i)\b(?:last|prior|previous)\b")
# a column of changes: "Change", "% chg", "YoY", "Growth", "+/-"
_CHANGE = re.compile(r"(?i)^(?:%\s*)?(?:change|chg|growth|yoy|y/y|var(?:iance)?|diff|\+/-)\b")


def table_figures(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """``figures`` with the meaning of those in a table's rows read from the table (module
    doc); every other figure as it was."""
    rows = _runs({i: row for i, s in enumerate(sentences) if len(row := _row(s)) >= MIN_CELLS})
    if not rows:
        return list(figures)
    header: dict[int, list[str]] = {}
    above: dict[int, int] = {}  # the line over each run's first row: where its caption stands
    for i in sorted(rows):
        if i - 1 in rows:
            header[i] = header.get(i - 1, [])
            above[i] = above[i - 1]
        elif not any(f.sentence_index == i for f in figures):
            header[i] = rows[i]  # the first row, holding no figure: the columns' heads
            above[i] = i - 1
        elif (periods := _period_header(sentences[i - 1] if i else "", rows[i])) is not None:
            header[i] = periods  # "2027   2026" over the rows, the labels' column left blank
            above[i] = i - 2
        else:
            header[i] = []
            above[i] = i - 1
    # a row's label names a part (a route, a division), not whose figure it is: the owner of
    # the story's other figures owns the table's
    owners = Counter(f.subject for f in figures if f.sentence_index not in rows and f.subject)
    owner = owners.most_common(1)[0][0] if owners else None
    # what a caption over the table says its rows measure ("Revenue by segment")
    measured: dict[int, str] = {}
    for i in sorted(rows):
        measured[i] = measured.get(i - 1) or (
            _caption_measure(sentences[above[i]]) if above[i] >= 0 else ""
        )
    # the unit a caption over the table gives its cells ("¥ million unless stated")
    units: dict[int, tuple[str, float] | None] = {}
    opening = story_opening(sentences)  # (where a rupee's country is named: label_unit)
    for i in sorted(rows):
        caption = sentences[above[i]] if above[i] >= 0 else ""
        units[i] = (
            units.get(i - 1)
            or (caption_unit(caption, None, opening) if caption else None)
            # (or the header's first cell: "| Rs million | 2027 | 2026 |")
            or (caption_unit(header[i][0], None, opening) if header[i] else None)
        )
    return [
        _in_unit(
            replace(_read(f, rows, header, measured[f.sentence_index]), subject=owner),
            units[f.sentence_index],
            rows[f.sentence_index][0],
        )
        if f.sentence_index in rows
        else f
        for f in figures
    ]


def _period_header(line: str, first: Sequence[str]) -> list[str] | None:
    """The columns' periods written on the line over a table whose first row holds figures,
    one fewer than its cells, the labels' column left blank ("2027        2026" over
    "Revenue     61,482     47,905"), else None."""
    heads = cells(line)
    if len(heads) != len(first) - 1 or not all(_PERIOD.match(h) for h in heads):
        return None
    return heads


# a row's label that gives its own unit: "Passengers carried (m)", "Staff (number)", "Margin (%)"
_OWN_UNIT = re.compile(
    r"(?i)\((?:m|mn|mln|millions?|bn|billions?|k|'?000s?|thousands?|%|pc|per ?cent|number|no\.?|"
    r"units?|people|staff|tonnes|t|km|hours)\)\s*$"
)


def _in_unit(f: Figure, unit: tuple[str, float] | None, label: str) -> Figure:
    """A bare number in a row of a table whose caption gives its cells' currency and scale is
    money in them, unless the row's label gives its own unit."""
    if unit is None or _OWN_UNIT.search(label):
        return f
    if MINOR_UNIT.search(label):  # "Earnings per share (kobo)": the currency's hundredths
        return money_in(f, (unit[0], 0.01))
    return money_in(f, unit)  # (not a count written with its noun or scale: "3,100 flats")


# a caption over a table naming what its rows break down: "Revenue by segment", "Operating
# profit by division", "Sales by region (£m)"
_CAPTION = re.compile(
    r"(?P<measure>[A-Z][A-Za-z' -]{2,40}?) by (?:business |operating |reporting )?(?:segment|"
    r"division|region|business|market|unit|country|product|channel|brand|category)s?"
    r"(?: \([^)]{1,12}\))?:?"
)


def _caption_measure(sentence: str) -> str:
    """The measure a table's caption names ("revenue" for "Revenue by segment"), else ""."""
    m = _CAPTION.fullmatch(sentence.strip())
    return m.group("measure").lower() if m else ""


def _runs(rows: dict[int, list[str]]) -> dict[int, list[str]]:
    """The rows that stand in a run of ``MIN_ROWS`` or more, one sentence after another (a
    lone line with wide gaps, a market ticker in a story, is no table)."""
    out: dict[int, list[str]] = {}
    run: list[int] = []
    for i in [*sorted(rows), -2]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= MIN_ROWS:
            out.update((j, rows[j]) for j in run)
        run = [i]
    return out


def _row(sentence: str) -> list[str]:
    """The cells of a sentence that is a table row (wide gaps or pipes), else []."""
    row = cells(sentence)  # (one cell, at once, for a sentence with neither)
    return row if len(row) >= MIN_CELLS else []


def _read(
    f: Figure, rows: dict[int, list[str]], header: dict[int, list[str]], caption: str = ""
) -> Figure:
    """A row's figure read from its table: the measure of its column, or of ``caption`` (what a
    caption over the table says the rows measure, "revenue") for a column of periods."""
    row, head = rows[f.sentence_index], header[f.sentence_index]
    if row is head:
        return f
    col = next((j for j, c in enumerate(row) if f.surface in c), None)
    label = row[0]
    if col is None or col == 0 or any(ch.isdigit() for ch in label):
        return f
    if len(head) == len(row) - 1:
        head = ["", *head]  # a header that leaves the labels' column blank
    heading = head[col] if len(head) == len(row) else ""
    if _CHANGE.match(heading):
        direction = "down" if row[col].lstrip()[:1] in "-\u2212\u2013" else "up"
        change = Change(direction, f.surface, None)  # type: ignore[arg-type]
        # the change of the measure in the column before it ("On time | Change")
        measure = next((h for h in reversed(head[1:col]) if h and not _CHANGE.match(h)), "")
        return replace(f, metric=_metric(measure, label), change=change, status=None)
    if not heading or _PERIOD.match(heading):
        status = "base" if heading and _earlier(heading, head) else None
        # a period column: the row's label, with the measure the caption names ("first
        # opinion revenue" under "Revenue by segment")
        metric = f"{label.lower()} {caption}" if caption else label
        return replace(f, metric=metric, status=status)
    return replace(f, metric=_metric(heading, label))


def _metric(heading: str, label: str) -> str:
    """A column measuring the rows: "on time (Bristol - Bath)"; a period column: the label."""
    return f"{heading.lower()} ({label})" if heading and not _PERIOD.match(heading) else label


def _earlier(heading: str, head: Sequence[str]) -> bool:
    """The column's period comes before another column's ("Q3 2025" beside "Q3 2026";
    "Prior year")."""
    if _EARLIER.search(heading):
        return True
    mine = _when(heading)
    others = [w for h in head if h != heading and _PERIOD.match(h) and (w := _when(h))]
    return mine is not None and any(w > mine for w in others)


def _when(heading: str) -> tuple[int, int] | None:
    """A column's period as (year, part), part 0 when it has none; None when it names no year."""
    m = _YEAR.search(heading)
    if m is None:
        return None
    year = int(next(g for g in m.groups() if g is not None))
    part = _PART.search(heading)
    return (year, int(part.group(1)) if part else 0)
