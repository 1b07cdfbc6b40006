"""A count of people that says how many live somewhere is a population: "a city of about
78,000 people", "a country of two million people", "the country's 3.6 million people", "home
to 430,000 people", "Ulaanbaatar's 1.7 million residents". Such a count had no measure (the
vocabulary names none for a bare "people"); its owner stays what the other passes read (the
place, or none). One anchored look before the figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.names import PLACES
from reader.figures.surface import surface_at
from reader.model import Figure

_PEOPLE = frozenset(["people", "residents", "inhabitants", "citizens", "souls"])
_HEDGE = r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more than|over|just over|just under|an estimated) )?"
_SETTLEMENT = (
    r"(?:city|town|country|nation|island|state|province|region|district|county|village|"
    r"municipality|borough|community|suburb|metro area|metropolitan area|area|territory|"
    r"archipelago|capital|port|parish|emirate|kingdom|republic)"
)
_SETTLED = re.compile(_SETTLEMENT)  # a measure read as the settlement itself ("town")
_BEFORE = re.compile(
    rf"(?:\b(?:a|an|the) (?:[\w-]+ ){{0,3}}{_SETTLEMENT} of {_HEDGE}"
    rf"|\b(?:the|its|their) {_SETTLEMENT}(?:'s|\u2019s) {_HEDGE}"
    rf"|\bhome to {_HEDGE}"
    rf"|\b(?P<place>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(?:'s|\u2019s) {_HEDGE})$"
)


# a count the sentence calls a population: "With the county's population at 163,900 people",
# "With a population estimated at 3.6 million", "the country's population of some three
# million people"
_CALLED = re.compile(
    rf"\bpopulation (?:(?:is |was |stands |stood )?(?:at|of)|(?:is |was )?estimated at) {_HEDGE}$"
)


def population_counts(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with a count of the people living somewhere measured as its population
    (module doc)."""
    return [_population(f) if f.kind == "count" else f for f in figures]


def _population(f: Figure) -> Figure:
    at = surface_at(f)
    if at <= 0:
        return f
    bare = f.metric in (None, f.unit)
    if bare and _CALLED.search(f.sentence, max(0, at - 60), at) is not None:
        return replace(f, metric="population")
    # (a measure read as the settlement itself, "a town of about 15,200 people": "town")
    settled = f.metric is not None and _SETTLED.fullmatch(f.metric) is not None
    if (bare or settled) and (f.unit or "").lower() in _PEOPLE:
        m = _BEFORE.search(f.sentence, max(0, at - 80), at)
        if m is not None and (m.group("place") is None or m.group("place") in PLACES):
            return replace(f, metric="population")
    return f
