"""Each sentence's figures together: the grouping every pass that reads a figure beside the
other figures of its sentence (or of the sentence before) starts from."""

from __future__ import annotations

from collections.abc import Container, Iterable

from reader.model import Figure


def by_sentence(figures: Iterable[Figure]) -> dict[int, list[Figure]]:
    """``figures`` by ``sentence_index``: the sentences in the order their first figure comes,
    each one's figures in the order given."""
    groups: dict[int, list[Figure]] = {}
    for f in figures:
        groups.setdefault(f.sentence_index, []).append(f)
    return groups


def places_by_sentence(
    figures: Iterable[Figure], kinds: Container[str] | None = None
) -> dict[int, list[int]]:
    """As ``by_sentence``, each figure's place in ``figures`` (0, 1, ...) in its stead; only
    the figures of ``kinds`` when given (the places still count every figure)."""
    groups: dict[int, list[int]] = {}
    for k, f in enumerate(figures):
        if kinds is None or f.kind in kinds:
            groups.setdefault(f.sentence_index, []).append(k)
    return groups
