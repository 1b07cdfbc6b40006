"""Where a figure's words stand: the one look-up every pass makes before it reads the words
around a figure."""

from __future__ import annotations

from reader.model import Figure


def surface_at(f: Figure, text: str | None = None, start: int = 0) -> int:
    """Where ``f``'s surface first stands in ``text`` (its own sentence when None) from
    ``start`` on; -1 when it is not there or the figure has no surface (an empty surface
    would otherwise be "found" at the start)."""
    where = f.sentence if text is None else text
    return where.find(f.surface, start) if f.surface else -1
