"""Rand written without a scale: "R6,500 a month", "rose 6.4% to R48.15". "R" before a
scaled amount ("R1.2bn") is rand wherever it is written; before a plain number it is rand
only in a story set in South Africa (elsewhere "R2" is a road, a model or a grade), so the
scanner marks it ``PLAIN_RAND`` and ``settle_rand`` decides from the sentence and story.
"""

from __future__ import annotations

import re

PLAIN_RAND = "RAND?"
# the country, its cities and exchange, or its currency named as a word
_SOUTH_AFRICAN = re.compile(
    r"\b(?:South Africa|Johannesburg|Cape Town|Durban|Pretoria|Soweto|Gqeberha|"
    r"Port Elizabeth|Bloemfontein|JSE|Gauteng|the rand)\b",
    re.I,
)


def settle_rand(unit: str | None, sentence: str, story: str, currency: str | None) -> str | None:
    """ "ZAR" for a plain "R" amount in a South African story (its sentence, its text, or
    its last currency says so); None when it is no amount."""
    if unit != PLAIN_RAND:
        return unit
    if currency == "ZAR" or _SOUTH_AFRICAN.search(sentence) or _SOUTH_AFRICAN.search(story):
        return "ZAR"
    return None
