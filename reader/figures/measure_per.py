"""A measure that moved to a sum per unit of quantity: "realisation improved to Rs 5,860 a
tonne from Rs 5,540" (realisation per tonne), "its cash cost fell to $1,900 a tonne" (cash
cost per tonne). A sum "a tonne" reads as a price when nothing names it; the measure its
clause's subject names right before the verb is what it is instead, unless that is a price
itself ("prices rose to $80 a barrel"). A base its sentence gives after it ("from Rs 5,540")
measures the same. One bounded look per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.measure_words import measure_noun
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

# units of quantity a sum is per
_QUANTITY = re.compile(
    r" (?:a|an|per) (?P<unit>tonne|ton|barrel|ounce|kilogram|kilo|litre|liter|gallon|"
    r"megawatt-hour|kilowatt-hour|bushel|pound|carat|square metre|square foot)s?\b"
)
_VERBS = (
    r"(?:rose|fell|improved|declined|increased|decreased|climbed|dropped|slipped|averaged|"
    r"eased|jumped|slumped|was|stood at|came in at|reached|hit|edged up|edged down|"
    r"rises|falls|improves|averages|is)"
)
_HEDGE = r"(?: about| around| roughly| nearly| almost| just| some)?"
# the subject's measure (one word before its head may say which), its verb, then the figure
_MOVED = re.compile(
    r"(?:^|[,;]\s|\b(?:while|whereas|but|and|its|their|the)\s|\w['\u2019]s\s)"
    r"(?P<np>(?:[A-Za-z][\w-]*\s)?[A-Za-z][a-z-]*[a-z]|[A-Z]{3,})\s"
    + _VERBS
    + r"(?: to| at)?"
    + _HEDGE
    + r"\s$"
)
_PRICE_WORDS = frozenset(["price", "prices", "rate", "rates", "fee", "fees", "tariff", "tariffs"])
_BARE = frozenset(["price", ""])


def _bare(metric: str | None) -> bool:
    """A metric that names no measure but a price, maybe per its unit ("price per tonne")."""
    return (metric or "").split(" per ")[0] in _BARE


def _measure(f: Figure) -> str | None:
    """The measure per unit the figure's clause names (module doc), else None."""
    at = surface_at(f)
    if at <= 0:
        return None
    unit = _QUANTITY.match(f.sentence, at + len(f.surface))
    if unit is None:
        return None
    m = _MOVED.search(f.sentence, max(0, at - 60), at)
    if m is None:
        return None
    words = [w for w in m.group("np").split() if w.lower() not in sumy_stop_words()]
    if not words:
        return None
    head = words[-1]
    if head.lower() in _PRICE_WORDS or not (head.isupper() or measure_noun(head.lower())):
        return None
    if len(words) == 2 and not measure_noun(words[0].lower()) and words[0][:1].isupper():
        words = words[1:]  # "Sales realisation": keep; a name before it ("Acme") is no measure
    named = " ".join(w if w.isupper() else w.lower() for w in words)
    return f"{named} per {unit.group('unit')}"


def measures_per_quantity(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum read as a bare price (or nothing) that a measure moved to, per a unit of
    quantity, takes that measure; its later base in the sentence the same. Others unchanged,
    order kept."""
    named: dict[str, tuple[int, str, str | None]] = {}  # sentence -> (where, metric, unit)
    out: list[Figure] = []
    for f in figures:
        metric = _measure(f) if f.kind == "money" and _bare(f.metric) else None
        if metric is not None:
            f = replace(f, metric=metric)
            named.setdefault(f.sentence, (surface_at(f), metric, f.unit))
        out.append(f)
    for i, f in enumerate(out):
        first = named.get(f.sentence)
        if first is None or f.status != "base":
            continue
        if not _bare(f.metric) and f"{f.metric} per " not in first[1]:
            continue
        if f.unit == first[2] and surface_at(f) > first[0]:
            out[i] = replace(f, metric=first[1])
    return out
