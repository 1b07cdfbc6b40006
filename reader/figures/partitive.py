"""A count that is a part of a whole counted before it takes the whole's noun: "Chynar's
network grew to 1,940 cash points, 1,210 of them in Kyrgyzstan" (cash points), "It bought
41,000 tonnes of fresh vegetables, and 6,800 of them came from its own fields" (tonnes), and
across a sentence break: "Lenders approved 5,120 mortgages in October. Of those, 2,871 went to
first-time buyers" (mortgages).

``elided.resolve_weak`` settles most such parts while it reads one sentence; this pass reads
the story's figures once they are all found, so it also reaches a whole in the sentence before
and a whole some other figure stands after ("grew to 1,940 cash points", a move). A part is
written "N of them / those / these / whom / which" or after "Of those," ("Of these, 450 million
are new shares"), has no noun of its own, and is smaller than its whole; the whole is the
nearest count or quantity with a noun before it in its sentence (not a size, "its
52,000-seat stadium"), else, when the part is its sentence's first figure, the last one of the
sentence before. Constant work per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.elided import PARTITIVE
from reader.figures.surface import surface_at
from reader.model import Figure

_BEFORE = re.compile(
    r"(?:\b[Oo]f (?:those|these|them|whom|which),?|\bof (?:whom|which))"
    r"(?: about| around| some| nearly| almost| roughly| more than| fewer than| just)? $"
)


def _part(f: Figure) -> bool:
    if f.kind != "count" or f.unit is not None:
        return False
    at = surface_at(f)
    if at < 0:
        return False
    end = at + len(f.surface)
    return bool(PARTITIVE.match(f.sentence, end) or _BEFORE.search(f.sentence, max(0, at - 30), at))


def _whole(g: Figure, part: Figure) -> bool:
    return (
        g.kind in ("count", "other")
        and g.unit is not None
        and "-" not in g.surface
        and g.value > part.value
    )


def partitive_counts(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with each part of a counted whole given the whole's noun (module doc)."""
    if not any(_part(f) for f in figures):
        return list(figures)
    order = sorted(
        range(len(figures)), key=lambda k: (figures[k].sentence_index, surface_at(figures[k]))
    )
    out = list(figures)
    for n, k in enumerate(order):
        f = out[k]
        if not _part(f):
            continue
        at = surface_at(f)
        whole: Figure | None = None
        first = True
        for m in reversed(order[:n]):
            g = out[m]
            if g.sentence_index == f.sentence_index:
                first = False
                if surface_at(g) < at and _whole(g, f):
                    whole = g
                    break
            elif g.sentence_index == f.sentence_index - 1 and first:
                if _whole(g, f):
                    whole = g
                break
            else:
                break
        if whole is not None:
            out[k] = replace(f, kind=whole.kind, unit=whole.unit)
    return out
