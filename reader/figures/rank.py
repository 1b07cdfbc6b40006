"""Importance order for a story's figures: headline numbers first.

The lead figure (the one the reader's list shows) should be the story's headline number: a
level such as revenue, profit or users, with its change attached, rather than the bare
percent change that is already shown inside that level's callout. So:
- money beats a percentage beats a count; a headline metric (revenue, profit, users, a deal's
  size) adds more than another metric, and a per-unit price (share price, a dividend, revenue
  per user) least; a change attached adds, a subject named in the figure's own sentence adds a
  little;
- the lead sentence weighs most, then each later sentence less;
- a percentage that is the attached change of a level in its own sentence steps back, and
  so does a comparison base ("from ¥1.2 trillion", "compared with 4.9 billion yuan");
- the same value/unit/metric repeated later collapses into its first mention (a count's unit
  compared by its head noun), and a bare growth percentage into the same owner's same
  percentage whose measure is named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.gate import led
from reader.figures.names import resolved
from reader.figures.surface import surface_at
from reader.model import Figure

_KIND_WEIGHT = {"money": 3.0, "percent": 2.0, "count": 1.5, "other": 0.5}
_HEADLINE_METRICS = frozenset(
    ["revenue", "net income", "operating profit", "profit", "sales", "market cap", "valuation",
     "pre-tax profit", "net loss", "earnings", "deal", "funding", "users", "subscribers",
     "customers", "units sold", "deliveries", "shipments", "bookings", "EBITDA", "loss",
     "adjusted net income", "adjusted earnings", "adjusted EBITDA", "adjusted EBITA", "EBITA", "passengers", "net interest income", "fine", "transaction value", "trading volume"]
)  # fmt: skip
_PER_UNIT_METRICS = frozenset(["share price", "price", "revenue per user", "dividend"])
# what comes right before a comparison base: "to ¥1.35tn from ¥1.2tn", "up from 95 million"
_BASE_BEFORE = led(
    r"(?:\bfrom|compared (?:with|to)|against|versus|vs\.?) (?:about |around |some )?$"
)
_REDUNDANT = 2.5  # a percentage already shown as a level's change
_BASE = 1.5  # the old value a new one is compared with
_NOT_ACTUAL = 4.0  # a figure with a status (forecast, expected, planned, base, hypothetical)


def score(f: Figure) -> float:
    s = _KIND_WEIGHT.get(f.kind, 0.5)
    if f.metric in _HEADLINE_METRICS:
        s += 2.0
    elif f.metric in _PER_UNIT_METRICS:
        s += 0.5
    elif f.metric:
        s += 1.0
    if f.change is not None:
        s += 1.5
    if resolved(f.subject, f.sentence):
        s += 0.5  # found in its own sentence (a subject the story lends is a weaker guess)
    s += 3.0 / (1.0 + max(f.sentence_index, 0))  # the lead matters most
    if _is_base(f) or f.status == "base":
        s -= _BASE
    if f.status is not None:
        s -= _NOT_ACTUAL  # a forecast, an expectation or a base never leads over a result
    return round(s, 4)


def _is_base(f: Figure) -> bool:
    """ "to ¥1.35 trillion from ¥1.2 trillion": the second is what the first is compared with
    (only when another figure of the same kind comes first in the sentence)."""
    at = surface_at(f)
    if at <= 0 or not _BASE_BEFORE.search(f.sentence, max(0, at - 30), at):
        return False
    head = f.sentence[max(0, at - 200) : at]
    return bool(re.search(r"\d", head))


def _redundant(figures: list[Figure]) -> set[int]:
    """Percentages whose text is the attached change of a money or count figure in the same
    sentence: "revenue rose 14% to $5bn" shows the 14% with the $5bn."""
    changes = {
        (f.sentence_index, f.change.amount)
        for f in figures
        if f.kind in ("money", "count") and f.change is not None and f.change.amount
    }
    return {
        i
        for i, f in enumerate(figures)
        if f.kind == "percent" and (f.sentence_index, f.surface) in changes
    }


# a percentage that says only that something grew: the same owner's same percentage with its
# measure named elsewhere in the story is the same fact ("Alibaba's 9% growth" and "Alibaba
# posted 9% year-on-year revenue growth")
_GENERIC = frozenset([None, "growth"])


def _percent_key(f: Figure) -> tuple[str, str] | None:
    if f.kind != "percent" or not f.subject:
        return None
    return (f.subject.lower(), f"{f.value:.9g}")


def _named_percents(figures: list[Figure]) -> set[tuple[str, str] | None]:
    return {_percent_key(f) for f in figures if (f.measure or f.metric) not in _GENERIC} - {None}


def rank(figures: list[Figure]) -> list[Figure]:
    """Score, drop repeats (same value, unit and metric), sort best first."""
    kept: list[Figure] = []
    seen: set[tuple[str | None, ...]] = set()
    shown = _redundant(figures)
    named = _named_percents(figures)
    for i, f in enumerate(figures):
        unit = f.unit.split()[-1].lower() if f.kind == "count" and f.unit else f.unit
        # counts by head noun ("27 (Kuiper) satellites"); a repeat of the same owner's figure
        # that names its measure more or less fully ("growth", "German growth") is one too
        value = f"{f.value:.9g}"
        key = (unit, f.metric, value)
        same = (unit, f.measure or f.metric, value, (f.subject or "").lower(), f.status)
        if (
            key in seen
            or same in seen
            or ((f.measure or f.metric) in _GENERIC and _percent_key(f) in named)
        ):
            continue
        seen.update([key, same])
        s = score(f) - (_REDUNDANT if i in shown else 0.0)
        kept.append(replace(f, score=round(s, 4)))
    kept.sort(key=lambda f: (-f.score, f.sentence_index))
    return kept


def callouts(figures: Sequence[Figure] | None, limit: int) -> list[Figure]:
    """The first ``limit`` figures worth a callout, in rank order: a percentage shown as the
    change of a money or count figure from its sentence is not a callout of its own
    ("¥28.5B revenue, +44%" — not also "44%"), and a base-period value is not one either."""
    if not figures:
        return []
    items = list(figures)
    shown = _redundant(items)
    # an earlier period's value is shown through the current figure's change, never alone
    return [f for i, f in enumerate(items) if i not in shown and f.status != "base"][:limit]
