"""What a figure takes from the sentence before it.

An expectation, an earlier level, a forecast or a target written in a sentence of its own
("Analysts polled by the Nikkei had expected about ¥450bn.", "A year earlier it was $3.1bn.",
"The company's earlier forecast was 11.5 million.") measures what the previous sentence's
figure of the same kind and unit measured (a bare count: any count's; only a bare count
follows as a forecast or target), when its own sentence names no metric.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.figures.sentence_groups import by_sentence
from reader.model import Figure

_FOLLOWERS = frozenset(["expected", "base"])
_COUNT_FOLLOWERS = frozenset(["expected", "base", "forecast", "planned"])


def comparison_followers(figures: Sequence[Figure]) -> list[Figure]:
    """Figures in text order; an expectation or base without a metric that opens the figures
    of a sentence whose figures have none takes the metric of the last figure of its kind
    (and unit) in the sentence before."""
    ordered = sorted(figures, key=lambda g: g.sentence_index)
    grouped = by_sentence(ordered)
    out: list[Figure] = []
    for f in ordered:
        own = grouped[f.sentence_index]
        first = own[0] is f  # (a later one compares with its own sentence's figures)
        bare = f.kind == "count" and f.unit is None  # "The earlier forecast was 11.5 million."
        follows = f.status in (_COUNT_FOLLOWERS if bare else _FOLLOWERS)
        if first and f.metric is None and follows and not any(g.metric for g in own):
            before = [
                g
                for g in grouped.get(f.sentence_index - 1, [])
                if g.kind == f.kind and (bare or g.unit == f.unit) and g.metric
            ]
            if before:
                f = replace(f, metric=before[-1].metric)
        out.append(f)
    return out
