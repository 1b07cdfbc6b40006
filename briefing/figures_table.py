"""The key figures table: one row per distinct figure, traceable to story and sentence.

The same value for the same metric & subject from several stories is one row listing them all;
different values for the same metric & subject & period are flagged as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    parts = [f.change.direction, f.change.amount or "", f.change.period or ""]
    return " ".join(p for p in parts if p)


def figure_rows(stories: list[tuple[str, Story]], per_story: int = 3) -> list[FigureRow]:
    rows: dict[tuple[str, str, str, float], FigureRow] = {}
    by_metric: dict[tuple[str, str, str], list[FigureRow]] = {}
    for anchor, story in stories:
        for f in (story.figures or [])[:per_story]:
            if not f.metric:
                continue
            metric, subject = f.metric.lower(), (f.subject or "").lower()
            period = (f.change.period or "") if f.change else ""
            key = (metric, subject, period, round(f.value, 6))
            ref = f"{anchor} sentence {f.sentence_index + 1}"
            row = rows.get(key)
            if row is None:
                row = FigureRow(f.surface, f.metric, f.subject or "", _change(f))
                rows[key] = row
                by_metric.setdefault((metric, subject, period), []).append(row)
            if ref not in row.refs:
                row.refs.append(ref)
    for group in by_metric.values():
        # one story giving two values for a metric is usually two periods, not a conflict;
        # different stories giving different values for the same metric and subject is
        stories_in = {ref.split(" ", 1)[0] for r in group for ref in r.refs}
        if len(group) > 1 and len(stories_in) > 1 and all(r.subject for r in group):
            values = " vs ".join(r.surface for r in group)
            for r in group:
                r.conflict = f"⚠ differs: {values}"
    return list(rows.values())
