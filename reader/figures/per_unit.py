"""What a sum or a count is per: "roughly £630 a patient", "about 90 enquiries for each flat".

A figure written right before "a", "per", "each" or "for each" and a noun of what it is
counted over says its measure per that thing: the average cost per patient, enquiries per
flat, aid per farm. Times ("£6,100 a year"), units of quantity ("$720 a tonne", "45p a
share"), adjectives and participles ("per departing passenger") and function words are not
what a measure is per. A figure without a metric, or whose metric already says what it is per
or is a price, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_PER = re.compile(r" (?:a|an|per|each|for each|for every) (?P<noun>[a-z]{3,})\b(?![-'])")
_NOT_PER = frozenset(
    ["year", "annum", "month", "week", "day", "hour", "night", "quarter", "season", "minute", "decade",
     "weekend", "term", "semester", "fortnight", "time", "tonne", "ton", "barrel", "ounce",
     "kilogram", "kilo", "litre", "liter", "millilitre", "gallon", "pound", "megawatt", "kilowatt",
     "gigawatt", "mile", "kilometre", "kilometer", "metre", "meter", "foot", "square", "share",
     "unit", "piece", "dozen", "pack", "bag", "bottle", "gram", "bushel", "cent", "head",
     "one", "pop", "cost", "total", "record", "further", "half", "third", "quarter"]
)  # fmt: skip
_PRICES = frozenset(["price", "share price", "rent", "fee", "fare", "toll", "dividend", "wage"])


def per_unit_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure with a metric, written before "a"/"per"/"each" and a noun it is counted
    over (module doc), says so in its metric; other figures unchanged, order kept."""
    return [_per(f) for f in figures]


def _per(f: Figure) -> Figure:
    if f.kind not in ("money", "count") or not f.metric or " per " in f.metric:
        return f
    if f.metric.lower() in _PRICES or f.metric.lower().endswith(" price"):
        return f
    at = f.sentence.find(f.surface)
    m = _PER.match(f.sentence, at + len(f.surface)) if at >= 0 else None
    if m is None:
        return f
    noun = m.group("noun")
    one = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if one in _NOT_PER or noun in sumy_stop_words() or noun.endswith(("ing", "ed", "ly")):
        return f
    return replace(f, metric=f"{f.metric} per {noun}")
