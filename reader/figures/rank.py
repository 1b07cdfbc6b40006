"""Importance order for a story's figures: headline numbers first.

Money with a metric and a change beats a bare count; earlier sentences (the lead) weigh more;
the same value/unit/metric repeated later collapses into its first mention.
"""

from __future__ import annotations

from dataclasses import replace

from reader.model import Figure

_KIND_WEIGHT = {"money": 3.0, "percent": 2.0, "count": 1.5, "other": 0.5}
_HEADLINE_METRICS = frozenset(
    ["revenue", "net income", "operating profit", "profit", "sales", "earnings per share",
     "market cap", "valuation", "pre-tax profit", "net loss", "earnings"]
)  # fmt: skip


def score(f: Figure) -> float:
    s = _KIND_WEIGHT.get(f.kind, 0.5)
    if f.metric:
        s += 2.0 if f.metric in _HEADLINE_METRICS else 1.0
    if f.change is not None:
        s += 1.5
    if f.subject:
        s += 0.5
    s += 2.0 / (1.0 + max(f.sentence_index, 0))  # the lead matters most
    return round(s, 4)


def rank(figures: list[Figure]) -> list[Figure]:
    """Score, drop repeats (same value, unit and metric), sort best first."""
    kept: list[Figure] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    for f in figures:
        key = (f.unit, f.metric, f"{f.value:.9g}")
        if key in seen:
            continue
        seen.add(key)
        kept.append(replace(f, score=score(f)))
    kept.sort(key=lambda f: (-f.score, f.sentence_index))
    return kept
