"""Thousands grouped with spaces ("61 400 cars", "R250 000 a worker", "3 150 people") and
decimal commas ("R3,2 million", "11,4%"), the way South African, many African and European and
SI-style copy writes numbers.

The scan reads thousands grouped with commas. A sentence's space-grouped numbers are read with
commas in their place (the same length, so every figure's place in the sentence is unchanged),
and each figure found keeps the sentence's own text: its surface and sentence are the
original's (``restored``). A group is three digits after a first group of one to three that
does not start with 0 nor follows another number, no digit, decimal point or further digit
group after it, and no "+" before it: no phone number ("082 555 0101", "01632 555 014",
"+244 923 160 600"), no year ("in 2019 300
people"), no decimal ("2 850.5").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_SPACED = re.compile(r"(?<![\d.,+])(?<!\d )[1-9]\d{0,2}(?: \d{3})+(?![\d]|[.,]\d| \d)")
# what every grouped number holds (one scan in C; most text has none)
_HINT = re.compile(r"\d \d\d\d")
# a decimal comma, as the same press writes it before a percentage or a scale: "R3,2 million",
# "11,4%", "1,25 billion" (one or two digits after the comma: no thousands separator)
_DECIMAL = re.compile(
    r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?=\s?(?:%|per ?cent\b|percent\b|million\b|billion\b"
    r"|trillion\b|bn\b|mn\b|m\b))"
)
_DECIMAL_HINT = re.compile(r"\d,\d\d?(?!\d)")


def comma_grouped(sentence: str) -> str:
    """``sentence`` with the spaces inside its space-grouped numbers written as commas, and a
    decimal comma before a percentage or a scale written as a point (the same length)."""
    if _HINT.search(sentence) is not None:
        sentence = _SPACED.sub(lambda m: m.group(0).replace(" ", ","), sentence)
    if _DECIMAL_HINT.search(sentence) is not None:
        sentence = _DECIMAL.sub(r"\1.\2", sentence)
    return sentence


def restored(figures: Sequence[Figure], read: Sequence[str], own: Sequence[str]) -> list[Figure]:
    """``figures`` found in the ``read`` sentences given back their ``own`` text (surface and
    sentence), where the two differ."""
    out: list[Figure] = []
    for f in figures:
        k = f.sentence_index
        if 0 <= k < len(own) and read[k] != own[k] and f.sentence == read[k]:
            at = surface_at(f)
            if at >= 0:
                f = replace(f, surface=own[k][at : at + len(f.surface)], sentence=own[k])
        out.append(f)
    return out
