"""A sum of a debt instrument: "$700 million of new term loans" (new term loans), "£900 million
of new debt" (new debt), "€300m of fresh bonds". The instrument written as the sum's "of" (with
"new", "fresh" or "additional" when written, which says the debt is raised, not held) is its
measure, whatever the story's deal or funding words around it would say. So is a sum drawn
from a loan or a credit line: "had drawn US$40 million from a credit line" (credit line drawn),
"drew US$15 million from a three-year bank loan" (bank loan drawn). One bounded look after each
money figure.
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


# a sum drawn from a borrowing: the verb before it, the borrowing after it
_DRAWN = re.compile(
    r"\b(?:drew|drawn|draws|draw|drawing)(?: down)?(?: about| around| some| nearly| almost|"
    r" a further| another| an extra)? $"
)
_FROM_LOAN = re.compile(
    r" (?:down )?(?:from|under|on) (?:a|an|its|the|their|his|her)(?: [\w$€£.-]+){0,3}? "
    r"(?P<loan>(?:revolving |bank |term |bridge )?(?:credit line|credit facility|loan facility|"
    r"line of credit|loan|overdraft|facility))\b",
    re.I,
)


def _drawn_from(f: Figure, at: int) -> str | None:
    """ "drew US$15 million from a three-year bank loan": "bank loan drawn", else None."""
    text = f.sentence
    if not _DRAWN.search(text, max(0, at - 30), at):
        return None
    m = _FROM_LOAN.match(text, at + len(f.surface))
    return f"{m.group('loan').lower()} drawn" if m is not None else None


def debt_instruments(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum written with a debt instrument as its "of" measures that instrument; other
    figures unchanged, order kept."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f) if f.kind == "money" else -1
        m = _OF_DEBT.match(f.sentence, at + len(f.surface)) if at > 0 else None
        if at > 0 and (drawn := _drawn_from(f, at)) is not None:
            f = replace(f, metric=drawn, measure=None)
        elif m is not None:
            phrase = m.group("phrase").lower()
            if phrase != (f.metric or "").lower() and phrase not in ("debt", "loans"):
                f = replace(f, metric=phrase, measure=f.measure or f.metric)
            elif f.metric is None:
                f = replace(f, metric=phrase)
        out.append(f)
    return out
