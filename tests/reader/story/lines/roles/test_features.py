"""The role features' patterns, led by the characters their matches begin with, find what
they find written plainly."""

from __future__ import annotations

import random
import re

from reader.story.lines.roles.features import MONTH, TITLE_SEPARATOR

_PLAIN_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? +\d|\b\d{4}\b|\bago\b"
)
_PLAIN_SEPARATOR = re.compile(r"\s+[|–—:-]\s+|\s*[|»]\s*")
_PIECES = ["jan", "sept.", "dec", "may", " ", "  ", "3", "2004", "١٢٣٤", "ago", "xago", "a",
           "|", "»", " - ", ":", "–", "headline", "\t", "x"]  # fmt: skip


def test_the_led_patterns_match_as_the_plain_ones() -> None:
    rng = random.Random(13)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9)))
        got, want = MONTH.search(text), _PLAIN_MONTH.search(text)
        assert (got and got.span()) == (want and want.span()), repr(text)
        assert TITLE_SEPARATOR.split(text) == _PLAIN_SEPARATOR.split(text), repr(text)
