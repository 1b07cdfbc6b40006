"""Counts and percentages written in words without a scale: "twenty complainants",
"Eighty percent", "two of its five German plants".

Small numbers in words are everywhere in prose ("two people", "three times"), so only
these are figures: eleven or more followed by the plural noun they count or by "percent"; and
both sides of an "N of M" pair ("two of its five plants"). Work is one regex pass.
"""

from __future__ import annotations

import re

from reader.model import FigureKind

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(list(_UNITS)[:9])
    + r"))?|"
    + "|".join(_UNITS)
    + r")"
)
NUMBER_WORD = _WORD  # a spelled number up to ninety-nine: "seven", "twenty-three"
SMALL_SPELLED = re.compile(r"\b(?P<n>" + _WORD + r")\b(?P<tail>[- ](?:percent|per cent)\b)?", re.I)
# "of its five plants", "of the alliance's 32 members", "of Japan's 47 prefectures"
_OF_PAIR = re.compile(
    r" of (?:(?:its|the|their|our|his|her)(?: [a-z]+(?:'s|\u2019s)?)? |[A-Za-z][\w-]*(?:'s|\u2019s) )?"
    r"(?P<m>" + _WORD + r"|\d[\d,]{0,9})\b",
    re.I,
)
_RANKED = re.compile(
    r" (?:richest|wealthiest|biggest|largest|best|worst|highest|lowest|most|top|fastest|"
    r"busiest|oldest|youngest|strongest|smallest|poorest|leading|greatest)\b",
    re.I,
)


# every word a spelled figure starts with: a sentence without one holds no spelled figure
SPELLED_WORDS = tuple(w for w in [*_UNITS, *_TENS] if w != "one")


def spelled_matches(text: str) -> list[re.Match[str]]:
    """Every scale-less spelled number in ``text``: each word found with ``str.find`` (fast
    in C), then matched once where it starts a word. Linear in the text for a fixed list."""
    low = text.lower()
    starts: set[int] = set()
    for word in SPELLED_WORDS:
        at = low.find(word)
        while at != -1:
            if at == 0 or not low[at - 1].isalpha():
                starts.add(at)
            at = low.find(word, at + len(word))
    found = []
    last_end = -1
    for at in sorted(starts):
        if at < last_end:
            continue  # "twenty-two": "two" is inside the match before it
        m = SMALL_SPELLED.match(text, at)
        if m is not None:
            found.append(m)
            last_end = m.end()
    return found


def word_value(word: str) -> int:
    parts = re.split(r"[- ]", word.lower())
    return sum(_TENS.get(p, _UNITS.get(p, 0)) for p in parts)


def spelled_figure(
    text: str, m: re.Match[str], noun_after: str | None, of_pair: bool
) -> tuple[FigureKind, float, str | None, int] | None:
    """(kind, value, unit, end) for a scale-less spelled number that is a figure, else None.
    ``noun_after`` is the counted noun phrase right after it (``words.count_unit``);
    ``of_pair`` says it opens or closes an "N of M" pair."""
    value = word_value(m.group("n"))
    if m.group("tail"):
        return "percent", float(value), "%", m.end()
    if noun_after is None:
        return None
    if value <= 10 and not of_pair:
        return None  # "two people", "six business units": prose, not a key figure
    if _RANKED.match(text, m.end()):
        return None  # "ten biggest banks": a rank group
    stop = text.find(noun_after, m.end()) + len(noun_after)
    return "count", float(value), noun_after, stop


def ranked_after(text: str, end: int) -> bool:
    """A superlative right after position ``end`` ("five largest customers"): a rank group."""
    return _RANKED.match(text, end) is not None


def of_pair_at(text: str, end: int) -> re.Match[str] | None:
    """ "of its five German plants" right after a number: the pair's far side."""
    return _OF_PAIR.match(text, end)
