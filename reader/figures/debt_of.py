"""A sum of a debt instrument: "$700 million of new term loans" (new term loans), "£900 million
of new debt" (new debt), "€300m of fresh bonds". The instrument written as the sum's "of" (with
"new", "fresh" or "additional" when written, which says the debt is raised, not held) is its
measure, whatever the story's deal or funding words around it would say. One bounded look
after each money figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_OF_DEBT = re.compile(
    r" of (?P<phrase>(?:(?:new|fresh|additional|extra) )?(?:(?:term|bank|bridge|senior) )?"
    r"(?:loans|debt|bonds|notes|borrowings|borrowing))\b(?! (?:that|which|it|they)\b)",
    re.I,
)


def debt_instruments(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum written with a debt instrument as its "of" measures that instrument; other
    figures unchanged, order kept."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f) if f.kind == "money" else -1
        m = _OF_DEBT.match(f.sentence, at + len(f.surface)) if at > 0 else None
        if m is not None:
            phrase = m.group("phrase").lower()
            if phrase != (f.metric or "").lower() and phrase not in ("debt", "loans"):
                f = replace(f, metric=phrase, measure=f.measure or f.metric)
            elif f.metric is None:
                f = replace(f, metric=phrase)
        out.append(f)
    return out
