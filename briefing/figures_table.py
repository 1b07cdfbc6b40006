"""The key figures table: one row per distinct figure, each linked to its story's heading.

The same value for the same metric, subject and period from several stories is one row
(subjects compared without their legal form: "Alibaba Group Holding Limited" is "Alibaba")
whose status says how many stories report it; different but close values for the same
metric, subject and period from different stories are flagged as differing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.periods import figure_period
from reader.figures.format import change_amount, change_period, format_value, metric_label
from reader.figures.rank import callouts
from reader.model import Figure, Story

# a money figure written as a bare number (its unit in a label before it)
_BARE_NUMBER = re.compile(r"[-+(]?[\d,.]+\)?")


@dataclass(slots=True)
class FigureRow:
    surface: str
    metric: str
    subject: str
    change: str
    period: str = ""
    status: str = ""  # "" | "reported by 2 stories" | "differs: $1.2B vs $1.3B"
    anchor: str = ""  # the heading of the story it comes from (link target, without "#")
    story: str = ""  # that heading's text
    refs: list[str] = field(default_factory=list)  # "story id sentence N", for tracing
    conflict: str = ""


def _change(f: Figure) -> str:
    if f.change is None:
        return ""
    parts = [f.change.direction, change_amount(f), change_period(f.change.period)]
    return " ".join(p for p in parts if p)


# Two values for the same metric count as conflicting only when they are this close: a
# number 30% or more away is another segment or period, not a disputed fact.
CONFLICT_SPREAD = 0.3

# Words that name a company's legal form, not the company: "Alibaba Group Holding Limited",
# "Alibaba Group" and "Alibaba" are one subject.
_LEGAL_FORM = frozenset(
    [
        "group",
        "holding",
        "holdings",
        "limited",
        "ltd",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "llc",
        "lp",
        "ag",
        "sa",
        "se",
        "nv",
        "bv",
        "spa",
        "asa",
        "ab",
        "oyj",
        "kk",
    ]
)
# Beside a story's top callouts, its bottom line: profit is news next to revenue
_BOTTOM_LINE = frozenset(["net income", "net profit", "profit", "net loss", "operating profit"])


def subject_key(subject: str) -> str:
    """A subject as compared across stories: lowercased, without its legal form, a ticker in
    brackets, a leading "the" or a possessive."""
    words = []
    for word in subject.lower().replace("’", "'").split():
        if word.startswith("("):
            break  # "(BABA)", "(NYSE: BABA)"
        words.append(word.strip(".,;:'\"").removesuffix("'s"))
    while words and words[0] == "the":
        words.pop(0)
    while len(words) > 1 and words[-1] in _LEGAL_FORM:
        words.pop()
    return " ".join(w for w in words if w)


def table_figures(story: Story, per_story: int = 3) -> list[Figure]:
    """A story's figures for the table: its lead callout with a metric, its bottom line (the
    first money figure measuring profit), then its next callouts; ``per_story`` in all."""
    ranked = [f for f in callouts(story.figures, len(story.figures or [])) if f.metric]
    if not ranked:
        return []
    bottom = next(
        (
            f
            for f in ranked[1:]
            if f.kind == "money" and (f.measure or f.metric or "").lower() in _BOTTOM_LINE
        ),
        None,
    )
    rest = [f for f in ranked[1:] if f is not bottom]
    return ([ranked[0]] + ([bottom] if bottom else []) + rest)[:per_story]


def _ordered(
    stories: list[tuple[str, str, Story]], per_story: int
) -> list[tuple[str, str, Story, Figure, str]]:
    """Each heading's candidate figures, round-robin over its stories: every story's lead
    figure, then every story's bottom line or second figure, …"""
    by_anchor: dict[str, list[list[tuple[str, str, Story, Figure, str]]]] = {}
    for anchor, heading, story in stories:
        entries = [
            (anchor, heading, story, f, figure_period(f, story))
            for f in table_figures(story, per_story)
        ]
        by_anchor.setdefault(anchor, []).append(entries)
    out: list[tuple[str, str, Story, Figure, str]] = []
    for lists in by_anchor.values():
        for k in range(per_story):
            out.extend(entries[k] for entries in lists if k < len(entries))
    return out


def figure_rows(
    stories: list[tuple[str, str, Story]], per_story: int = 3, per_anchor: int = 8
) -> list[FigureRow]:
    """One row per distinct figure of (anchor, heading, story) triples; at most
    ``per_anchor`` rows link to one heading (a group of five stories is one item)."""
    rows: dict[tuple[str, ...], FigureRow] = {}
    values: dict[int, float] = {}
    reporters: dict[int, set[str]] = {}
    by_metric: dict[tuple[str, ...], list[FigureRow]] = {}
    linked: dict[str, int] = {}
    for anchor, heading, story, f, period in _ordered(stories, per_story):
        metric, subject = metric_label(f).lower(), subject_key(f.subject or "")
        fact = (f.kind, f.unit or "", metric, subject, period.lower())
        key = (*fact, repr(round(f.value, 6)))
        row = rows.get(key)
        if row is None and linked.get(anchor, 0) >= per_anchor:
            continue
        if row is None:
            linked[anchor] = linked.get(anchor, 0) + 1
            # the hedge and status go with the figure: "~50%", "revenue (forecast)"
            surface = f"{f.hedge}{f.surface}" if f.hedge and f.hedge not in f.surface else f.surface
            if f.kind == "money" and _BARE_NUMBER.fullmatch(f.surface):
                # a results table's cell ("96.4" under "Revenue, GBP m:"): its value says what
                surface = format_value(f)
            row = FigureRow(surface, metric_label(f), f.subject or "", _change(f), period)
            row.anchor, row.story = anchor, heading
            rows[key] = row
            values[id(row)] = f.value
            reporters[id(row)] = set()
            by_metric.setdefault(fact, []).append(row)
        reporters[id(row)].add(story.id)
        ref = f"{story.id} sentence {f.sentence_index + 1}"
        if ref not in row.refs:
            row.refs.append(ref)
    for row in rows.values():
        if len(reporters[id(row)]) > 1:
            row.status = f"reported by {len(reporters[id(row)])} stories"
    for group in by_metric.values():
        # one story giving two values for a metric is usually two periods, not a conflict;
        # different stories giving close but different values for the same fact is
        if len(group) < 2 or not all(r.subject for r in group):
            continue
        for row in group:
            rivals = [
                r for r in group
                if r is not row and reporters[id(r)] != reporters[id(row)]
                and abs(values[id(r)] - values[id(row)])
                <= CONFLICT_SPREAD * max(abs(values[id(r)]), abs(values[id(row)]))
            ]  # fmt: skip
            if rivals:
                row.conflict = "differs: " + " vs ".join(r.surface for r in [row, *rivals])
                row.status = row.conflict
    return list(rows.values())
