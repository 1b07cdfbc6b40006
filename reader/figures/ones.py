"""A count of "ones" counts the noun of the count before it: "closed 14 of its 220 bakeries
and opened 9 new ones" (9 new bakeries, opened), "sold 40 trucks and bought 12 new ones"; and a
percentage "of them" with no measure is a share of that noun: "drew 2,300 responses, 61% of
them in favour" (share of responses).

The count right before it in the text (its own sentence first, else the one before) gives its
noun; the words before "ones" stay ("new", "smaller"). A count with no count before it keeps
"ones" as written. One pass in text order: linear in the figures."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_ONES = re.compile(r"(?:(?P<words>[a-z][a-z-]*(?: [a-z][a-z-]*)?) )?ones")
_ONES_WORD = re.compile(r"\bones\b")


def counted_ones(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` (in any order) with each count of "ones" counting its antecedent's noun."""
    figures = _shares_of_them(figures)
    if not any(f.kind == "count" and f.unit and f.unit.endswith("ones") for f in figures):
        return list(figures)  # (the common case: nothing to read)
    order = sorted(
        range(len(figures)), key=lambda k: (figures[k].sentence_index, surface_at(figures[k]))
    )
    out = list(figures)
    noun: tuple[int, str] | None = None  # (sentence index, head noun) of the last count
    for k in order:
        f = figures[k]
        if f.kind != "count" or not f.unit:
            continue
        m = _ONES.fullmatch(f.unit)
        if m is None:
            noun = (f.sentence_index, f.unit.split()[-1])
            continue
        if noun is None or f.sentence_index - noun[0] > 1:
            continue
        unit = f"{m.group('words')} {noun[1]}" if m.group("words") else noun[1]
        metric = _ONES_WORD.sub(noun[1], f.metric) if f.metric else f.metric
        out[k] = replace(f, unit=unit, metric=metric)
    return out


_OF_THEM = re.compile(r" of (?:them|those)\b")


def _shares_of_them(figures: Sequence[Figure]) -> list[Figure]:
    """A percentage "of them" with no measure, after a count with its noun in its own sentence:
    a share of that noun ("2,300 responses, 61% of them in favour": share of responses)."""
    out = list(figures)
    for k, f in enumerate(figures):
        if f.kind != "percent" or f.metric or " of th" not in f.sentence:
            continue
        at = surface_at(f)
        if at < 0 or _OF_THEM.match(f.sentence, at + len(f.surface)) is None:
            continue
        counts = [
            g
            for g in figures
            if g.kind == "count" and g.unit and g.sentence == f.sentence and 0 <= surface_at(g) < at
        ]
        if counts:
            noun = max(counts, key=surface_at).unit or ""
            out[k] = replace(f, metric=f"share of {noun.split()[-1]}")
    return out
