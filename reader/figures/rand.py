"""Rand written without a scale: "R6,500 a month", "rose 6.4% to R48.15". "R" before a
scaled amount ("R1.2bn") is rand wherever it is written; before a plain number it is rand
only in a story set in South Africa (elsewhere "R2" is a road, a model or a grade), so the
scanner marks it ``PLAIN_RAND`` and ``settle_rand`` decides from the sentence and story.
"""

from __future__ import annotations

import re

from reader.figures.home_places import SA_PLACES

PLAIN_RAND = "RAND?"
# the country, its cities and exchange, or its currency named as a word
_SOUTH_AFRICAN = re.compile(rf"\b(?:{SA_PLACES}|the rand)\b", re.I)


# what follows an amount, not a name: punctuation, or a word of price or place ("R150 each",
# "R6,500 a month", "R60,000 of her savings"); "the R3 model", "the R45 road" are names
_AMOUNT_AFTER = re.compile(
    r"(?:$|[.,;:)!?\u201d\"']|\s+[\u2013\u2014]\s|\s+(?:a|an|per|each|of|on|in|to|for|and|or|from|at|with|by|"
    r"more|less|off|up|down|after|before|than|was|were|is|are|has|had|will|would|last|this|"
    r"that|when|while|but|apiece)\b)"
)
_PLAIN_WHOLE = re.compile(r"R\d{1,3}")


def settle_rand(unit: str | None, text: str, span: tuple[int, int], story: str,
                currency: str | None) -> str | None:  # fmt: skip
    """ "ZAR" for a plain "R" amount (at ``span`` in ``text``) in a South African story (its
    sentence, its text, or its last currency says so); None when it is no amount: outside
    such a story, or a small whole "R3" that names a thing after it."""
    if unit != PLAIN_RAND:
        return unit
    start, end = span
    if _PLAIN_WHOLE.fullmatch(text, start, end) and not _AMOUNT_AFTER.match(text, end):
        return None
    if _bond_name(text, start, end, story):
        return None
    if currency == "ZAR" or _SOUTH_AFRICAN.search(text) or _SOUTH_AFRICAN.search(story):
        return "ZAR"
    return None


# a South African government bond is named by "R" and its maturity year ("the R2035", "the
# R2048 bond"; the rand writes such a sum "R2,035")
_BOND_YEAR = re.compile(r"R(?:19|20|21)\d\d")
_BOND = re.compile(r"\bbonds?\b", re.I)


def _bond_name(text: str, start: int, end: int, story: str) -> bool:
    """Whether the plain "R" amount at text[start:end] is a bond's name: "R" and a year after
    "the", in a story about bonds."""
    return (
        _BOND_YEAR.fullmatch(text, start, end) is not None
        and text[max(0, start - 4) : start] == "the "
        and (_BOND.search(text) is not None or _BOND.search(story) is not None)
    )
