"""A bare profit or loss named as the story named its kin (the last pass over a story's
figures): the kind of profit a story reports ("pre-tax", "operating", "net", …) is the kind a
later bare "profit" means ("pre-tax profit slipped to £71m … profit would have been about
£94m"), and a loss compared with a profit in one sentence is of the same kind ("a pre-tax loss
of £22.6m, against a profit of £4.1m the year before").

Only when the story so far names one kind of it for the same owner (or one of them names
none): two kinds ("operating profit … net profit") leave a bare one bare. The bare word stays the figure's ``measure`` for look-ups by kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.figures.sentence_groups import sentence_of
from reader.figures.surface import surface_at
from reader.model import Figure

# ("underlying" and "adjusted" profits are one unit's or one adjustment's: "AOL's underlying
# profit before exceptional items", not the kind the whole story reports)
_KINDS = frozenset(["pre-tax", "pretax", "operating", "net"])
_BARE = frozenset(["profit", "loss"])


def _kind_of(metric: str | None) -> tuple[str, str] | None:
    """("pre-tax", "loss") of "pre-tax loss"; None for any other metric."""
    words = (metric or "").lower().split()
    if words == ["net", "income"]:
        return "net", "profit"  # "net profit" as the vocabulary names it
    if len(words) == 2 and words[0] in _KINDS and words[1] in _BARE:
        return words[0], words[1]
    return None


def kin_qualified(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each bare "profit" or "loss" with the one kind the story named before it (module
    doc); the figures keep their order."""
    named: list[tuple[tuple[int, int], str, str, str]] = []  # (where, kind, word, owner)
    for f in figures:
        kind = _kind_of(f.metric)
        if kind is not None:
            named.append((where(f, sentences), *kind, (f.subject or "").lower()))
    if not named:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        low = (f.metric or "").lower()
        if low not in _BARE:
            out.append(f)
            continue
        at = where(f, sentences)
        owner = (f.subject or "").lower()
        kinds = {
            named_kind
            for where, named_kind, word, whose in named
            if where < at
            and (word == low or where[0] == at[0])  # a loss "against a profit"
            and (whose == owner or not whose or not owner)  # not a division's profit
        }
        if len(kinds) == 1:
            (only,) = kinds
            out.append(replace(f, metric=f"{only} {low}", measure=f.measure or low))
        else:
            out.append(f)
    return out


def where(fig: Figure, sentences: Sequence[str]) -> tuple[int, int]:
    """The figure's place in the story: its sentence, then where it stands in it."""
    i = fig.sentence_index
    text = sentence_of(fig, sentences)
    return i, surface_at(fig, text)
