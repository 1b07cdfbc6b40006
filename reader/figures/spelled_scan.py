"""The numbers written in words the number scan (``scan``) reads: a spelled-out amount with
its scale ("four million", "twenty-one thousand", "half a billion") and a small count or
percentage ("twenty complainants", "Eighty percent", "two of its five plants": ``spelled``).
Split out of ``scan`` by what they hold.
"""

from __future__ import annotations

import re

from reader.figures.patterns import SCALES, WORD_NUMBERS
from reader.figures.raw import Raw
from reader.figures.spelled import (
    SMALL_SPELLED,
    of_pair_at,
    ranked_after,
    spelled_figure,
    word_value,
)
from reader.figures.words import count_unit, kind_of_count, prefix_word_currency, unit_after

# what stands before a spelled number that is part of a name: a hyphen after a digit or a
# letter ("7-Eleven"), or a word and a space (a capital mid-sentence, not a sentence opener)
_NAME_BEFORE = re.compile(r"(?:[\w]-|[\w,] )$")


def read_spelled(text: str, m: re.Match[str]) -> list[Raw]:
    """A spelled-out amount ("four million", "twenty-one thousand") and what follows it."""
    if m.group("word").lower() == "a" and text[m.end() : m.end() + 1] == "-":
        return []  # "a billion-dollar dent": a size, not an amount
    base = WORD_NUMBERS[m.group("word").lower()] + (0.5 if m.group("half") else 0.0)
    if m.group("ones"):
        base += WORD_NUMBERS[m.group("ones").lower()]  # "twenty-one thousand"
    start = m.start()
    if m.group("word").lower() in ("a", "one"):  # "half a billion", "a quarter of a million"
        part = _FRACTION.search(text, max(0, start - 24), start)
        if part is not None:
            key = part.group(1).lower().replace("-", " ").removeprefix("a ").removeprefix("one ")
            start, base = part.start(), _FRACTIONS[key]
    value = base * SCALES[m.group("scale").lower()]
    word_cur = prefix_word_currency(text, start)
    if word_cur:
        return [Raw(start, m.end(), "money", value, word_cur)]
    unit = unit_after(text, m.end())
    if unit is not None:
        kind, code, factor, stop = unit
        return [Raw(start, stop, kind, value * factor, code)]
    noun = count_unit(text, m.end())
    if noun is not None:
        stop = text.find(noun, m.end()) + len(noun)
        return [Raw(start, stop, kind_of_count(noun), value, noun)]
    if m.group("scale").lower() != "thousand":  # "four million by"
        return [Raw(start, m.end(), "count", value, None, m.group("scale").lower())]
    return []


_FRACTIONS = {"half": 0.5, "quarter of": 0.25, "three quarters of": 0.75, "third of": 1 / 3,
              "two thirds of": 2 / 3}  # fmt: skip
_FRACTION = re.compile(
    r"\b(half|three[ -]quarters of|two[ -]thirds of|(?:a |one )?quarter of|(?:a |one )?third of) $",
    re.IGNORECASE,
)


def read_small_spelled(text: str, m: re.Match[str]) -> list[Raw]:
    """ "twenty complainants", "Eighty percent", "two of its five plants" (see spelled.py)."""
    if m.group("n").lower() == "one" or (
        text[m.end() : m.end() + 1] == "-" and not m.group("tail")
    ):
        return []  # "one of", "five-year"
    if m.group("n")[:1].isupper() and _NAME_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return []  # "7-Eleven stores", "the Famous Five": a capital mid-sentence names something
    pair = of_pair_at(text, m.end())
    if pair is not None:
        noun = count_unit(text, pair.end())
        if noun is None or ranked_after(text, pair.end()):
            return []  # "two of its five largest customers": a rank group, no count
        found = [Raw(m.start(), m.end(), "count", float(word_value(m.group("n"))), noun)]
        far = SMALL_SPELLED.fullmatch(pair.group("m"))
        if far is not None:  # "two of its five German plants": the far side too
            stop = text.find(noun, pair.end()) + len(noun)
            found.append(
                Raw(pair.start("m"), stop, "count", float(word_value(far.group("n"))), noun)
            )
        return found
    got = spelled_figure(text, m, count_unit(text, m.end()), False)
    if got is None:
        return []
    kind, value, unit, stop = got
    return [Raw(m.start(), stop, kind, value, unit)]
