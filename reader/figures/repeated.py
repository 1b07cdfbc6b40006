"""A bare count that names an earlier count again: "the 1,200" after "1,200 firms" is those
firms (one figure, with their noun), and a bare part of it ("Just 28 of the 1,200") measures
what they measure; "Satellites: 36" after "36 satellites" is that count again. Read after the
figures are built (``elided.resolve_weak`` settles bare numbers while they are scanned)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.figures.elided import COUNTED_LABEL
from reader.figures.surface import surface_at
from reader.model import Figure


def repeated_counts(figures: Sequence[Figure]) -> list[Figure]:
    """Figures in text order; a bare count written "the 1,200" after "1,200 firms" names those
    firms again, so it takes their noun (one figure, not a second one without a noun), and a
    bare part of it ("Just 28 of the 1,200") measures what they measure."""
    seen: dict[float, Figure] = {}
    out: list[Figure] = []
    for f in figures:
        if f.kind == "count" and f.unit is not None:
            seen.setdefault(f.value, f)
        elif (
            f.kind == "count"
            and f.value in seen
            and (_definite(f) or _labelled_again(f, seen[f.value]))
        ):
            first = seen[f.value]
            f = replace(f, unit=first.unit, metric=f.metric or first.metric)
            part = out[-1] if out else None
            if (
                part is not None
                and part.sentence_index == f.sentence_index
                and part.kind == "count"
                and part.unit is None
                and part.metric is None
                and f"{part.surface} of the {f.surface}" in f.sentence
            ):
                out[-1] = replace(part, metric=first.metric)
        out.append(f)
    return out


def _labelled_again(f: Figure, first: Figure) -> bool:
    """ "Satellites: 36" after "36 satellites": a label line naming the same noun again."""
    at = surface_at(f)
    m = COUNTED_LABEL.match(f.sentence, 0, at) if at > 0 else None
    head = (first.unit or "").split()[-1:]
    return m is not None and [m.group("noun").lower()] == [h.lower() for h in head]


def _definite(f: Figure) -> bool:
    at = surface_at(f)
    return at >= 4 and f.sentence[:at].lower().endswith("the ")
