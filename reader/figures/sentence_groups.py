"""A figure's sentence in the story's split, and each sentence's figures together: what every
pass that reads a figure in its sentence, or beside the other figures of its sentence (or of
the sentence before), starts from."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence

from reader.model import Figure

# a sentence's end in running text (not a decimal point, not an initial: "Rs. 5", "U.S.")
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[A-Z\"'\u201c\u2018])")


def sentence_start(text: str, start: int, reach: int) -> int:
    """Where the sentence holding ``text[start]`` begins, read back at most ``reach``
    characters (bounded, so linear over a text's figures)."""
    lo = max(0, start - reach)
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, start)]
    return ends[-1] if ends else lo


def sentence_of(f: Figure, sentences: Sequence[str]) -> str:
    """The sentence of the story's split ``f`` stands in (``sentence_index``); "" when the
    index is not one of them (-1: unknown)."""
    i = f.sentence_index
    return sentences[i] if 0 <= i < len(sentences) else ""


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
