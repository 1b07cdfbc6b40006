"""A sum written per a stretch of time measures that stretch's amount, and its metric says so:
"his electricity bill had risen to ₾41,600 a month" (monthly electricity bill), "a contract
worth about €2.2 million a year" (annual salary), "rents of £1,450 a month" (monthly rent).
Shown without it, "₾41.6K electricity bill" reads as a total.

The time must follow the sum right away ("a month", "per year", "each week", "annually") and
be no comparison point ("£3m a year earlier", "a month ago"); a metric that already names a
time ("annual revenue", "rent per month") is left. "Average" stays first ("average monthly
rent"). One anchored match after each sum."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_RATE = re.compile(
    r" (?:(?:a|an|per|each|every) (?P<unit>year|month|week|day|hour)|(?P<annually>annually))\b"
    r"(?! (?:earlier|ago|before|later|on|after|previously|from|prior)\b)(?!-)"
)
_ADJECTIVE = {"year": "annual", "month": "monthly", "week": "weekly", "day": "daily",
              "hour": "hourly"}  # fmt: skip
_TIMED = re.compile(
    r"\b(?:annual|annually|yearly|monthly|weekly|daily|hourly|quarterly|year|month|week|day|"
    r"hour|annum|a year|full-year|half-year|lifetime)\b",
    re.I,
)


def rated_sums(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with each sum written per a stretch of time measured per it (module doc)."""
    out: list[Figure] = []
    for f in figures:
        if f.kind == "money" and f.metric and not _TIMED.search(f.metric):
            at = surface_at(f)
            m = _RATE.match(f.sentence, at + len(f.surface)) if at >= 0 else None
            if m is not None:
                adjective = "annual" if m.group("annually") else _ADJECTIVE[m.group("unit")]
                f = replace(f, metric=_timed(f.metric, adjective), measure=f.measure or f.metric)
        out.append(f)
    return out


def _timed(metric: str, adjective: str) -> str:
    """ "electricity bill" as "monthly electricity bill"; "average rent" as "average monthly
    rent"."""
    head, _, rest = metric.partition(" ")
    if head.lower() == "average" and rest:
        return f"{head} {adjective} {rest}"
    return f"{adjective} {metric}"
