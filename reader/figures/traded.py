"""A market's trading volume: "about 14.8 billion shares changed hands on u.s. exchanges,
compared with the 20-day average of 16.2 billion", "some 1.2 billion shares were traded". A
count of shares (or contracts or lots) that changed hands or were traded is the trading
volume, not a holding of shares; a later count of its sentence with no other measure (its
average, its base) is the same. One bounded look per count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_TRADED = re.compile(
    r"(?: (?:shares|contracts|lots))? (?:changed hands|change hands|changing hands|"
    r"(?:were|was|had been|have been) (?:traded|exchanged))\b",
    re.I,
)
_VOLUME = "trading volume"


def trading_volumes(figures: Sequence[Figure]) -> list[Figure]:
    """Each count of shares that changed hands measures the trading volume, and a later
    count of its sentence with no measure but shares the same; others unchanged, order kept."""
    found: dict[str, int] = {}  # sentence -> where its traded count ends
    out = list(figures)
    for i, f in enumerate(out):
        at = surface_at(f) if f.kind == "count" else -1
        if at >= 0 and _TRADED.match(f.sentence, at + len(f.surface)):
            out[i] = replace(f, metric=_VOLUME, measure=f.measure or f.metric)
            found[f.sentence] = min(found.get(f.sentence, len(f.sentence)), at)
    for i, f in enumerate(out):
        start = found.get(f.sentence)
        if start is None or f.kind != "count" or f.metric == _VOLUME:
            continue
        if f.metric in (None, "shares") and surface_at(f) > start:
            out[i] = replace(f, metric=_VOLUME, measure=f.measure or f.metric)
    return out
