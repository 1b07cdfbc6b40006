"""A move named as its level is (a pass over a story's figures, after the metric rules): "sold
3.2 million tickets in the year to June, 9% more than a year earlier" — the 9% is the move of
the tickets sold, and where the rules named the level more closely than the move ("tickets
sold" for the count, only its class "units sold" for the percentage), the move takes the
level's name.

A level carries its move (``Figure.change``, whose amount is the move's surface); the move is
renamed only when its metric is the level's ``measure`` (the broader name the level's metric
was made from) or it has none, so a move that names a measure of its own keeps it; a level
named only by its unit passes nothing on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.figures.sentence_groups import by_sentence
from reader.model import Figure


def _unit_only(level: Figure) -> bool:
    """A level named only by its unit ("1.31 million tonnes" as "tonnes"): no name to pass on."""
    return (level.metric or "").lower() == (level.unit or "").lower()


def level_named_moves(figures: Sequence[Figure]) -> list[Figure]:
    """Each percentage move named as the level it belongs to (module doc); order kept."""
    grouped = by_sentence(figures)
    out: list[Figure] = []
    for f in figures:
        if f.kind == "percent" and f.change is not None:
            level = next(
                (
                    g
                    for g in grouped.get(f.sentence_index, [])
                    if g is not f
                    and g.kind != "percent"
                    and g.change is not None
                    and g.change.amount == f.surface
                    and g.metric
                ),
                None,
            )
            if (
                level is not None
                and level.metric != f.metric
                and (f.metric is None or (level.measure and f.metric == level.measure))
                and not _unit_only(level)
            ):
                f = replace(f, metric=level.metric)
        out.append(f)
    return out
