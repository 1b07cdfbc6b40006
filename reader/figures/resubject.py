"""One shape the owner passes share: each figure given the owner a rule finds for it.

A pass that reads one clause shape ("Its food delivery arm, Zoomba Eats,", ", with whole milk
powder up 4.4%", a bond's yield, a product named after its maker's noun) answers, per figure,
the owner that shape names or None; ``resubject`` applies the answers and leaves every figure
the rule has nothing to say about as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.model import Figure


def resubject(figures: Sequence[Figure], owner_of: Callable[[Figure], str | None]) -> list[Figure]:
    """``figures`` with each one's subject the owner ``owner_of`` finds (None: unchanged)."""
    out: list[Figure] = []
    for f in figures:
        owner = owner_of(f)
        out.append(replace(f, subject=owner) if owner and owner != f.subject else f)
    return out
