"""The key figures table: one row per distinct figure, traceable to story and sentence.

The same value for the same metric & subject from several stories is one row listing them all
(subjects compared without their legal form: "Alibaba Group Holding Limited" is "Alibaba");
different values for the same metric & subject & period are flagged as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.figures.rank import callouts
from reader.model import Figure, Story


@dataclass(slots=True)
class FigureRow:
    surface: str
    metric: str
    subject: str
    change: str
    refs: list[str] = field(default_factory=list)  # "S2b sentence 4": story 2b, 1-based sentence
    conflict: str = ""


def _change(f: Figure) -> str:
    if f.change is None:
        return ""
    amount = f.change.amount or ""
    if amount == f.surface:
        amount = ""  # "26% | revenue | up year-over-year", not "up 26%" twice
    parts = [f.change.direction, amount, f.change.period or ""]
    return " ".join(p for p in parts if p)


# Two values for the same metric count as conflicting only when they are this close: a
# number 30% or more away is another segment or period, not a disputed fact.
CONFLICT_SPREAD = 0.3


def _period(f: Figure) -> str:
    period = (f.change.period or "") if f.change else ""
    return " ".join(period.lower().replace("-", " ").split())


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


def figure_rows(stories: list[tuple[str, Story]], per_story: int = 3) -> list[FigureRow]:
    """One row per distinct figure; the same fact from several stories is one row."""
    rows: dict[tuple[str, ...], FigureRow] = {}
    values: dict[int, float] = {}
    by_metric: dict[tuple[str, ...], list[FigureRow]] = {}
    for anchor, story in stories:
        for f in callouts(story.figures, per_story):
            if not f.metric:
                continue
            metric, subject = f.metric.lower(), subject_key(f.subject or "")
            fact = (f.kind, f.unit or "", metric, subject, _period(f))
            key = (*fact, repr(round(f.value, 6)))
            ref = f"{anchor} sentence {f.sentence_index + 1}"
            row = rows.get(key)
            if row is None:
                row = FigureRow(f.surface, f.metric, f.subject or "", _change(f))
                rows[key] = row
                values[id(row)] = f.value
                by_metric.setdefault(fact, []).append(row)
            if ref not in row.refs:
                row.refs.append(ref)
    for group in by_metric.values():
        # one story giving two values for a metric is usually two periods, not a conflict;
        # different stories giving close but different values for the same fact is
        if len(group) < 2 or not all(r.subject for r in group):
            continue
        for row in group:
            rivals = [
                r for r in group
                if r is not row and _story_set(r) != _story_set(row)
                and abs(values[id(r)] - values[id(row)])
                <= CONFLICT_SPREAD * max(abs(values[id(r)]), abs(values[id(row)]))
            ]  # fmt: skip
            if rivals:
                row.conflict = "⚠ differs: " + " vs ".join(r.surface for r in [row, *rivals])
    return list(rows.values())


def _story_set(row: FigureRow) -> frozenset[str]:
    return frozenset(ref.split(" ", 1)[0] for ref in row.refs)
