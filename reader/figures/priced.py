"""What a ticket, a fare or a pass costs: a sum a priced thing's verb of costing gives ("Tickets
for the game cost £35", "Season tickets went on sale at £420", "Day passes will cost $12") is
that thing's price, not a measure the words between name ("game cost").

The clause's subject is read from the clause's start to the verb: its first noun, past its
determiners, must be one of the things sold at a price (``_PRICED``). One bounded look-back
per money figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.verb_subject import verb_and_subject
from reader.model import Figure

# things sold at a price, and the measure their price is
_PRICED = {
    "ticket": "ticket price", "tickets": "ticket price", "fare": "fare", "fares": "fare",
    "pass": "pass price", "passes": "pass price", "subscription": "subscription price",
    "subscriptions": "subscription price", "membership": "membership fee",
    "memberships": "membership fee", "pint": "pint price", "pints": "pint price",
}  # fmt: skip
# a verb of costing right before the sum
_COSTS = re.compile(
    r"\b(?:cost|costs|will cost|would cost|now cost|(?:went|go|goes|will go) on sale (?:at|for)|"
    r"(?:are|is|were|was|will be) priced at|priced at|sell for|sells for|sold for|start at|"
    r"starts at|start from|starts from)"
    r"(?: (?:about|around|just|only|from|up to))? $"
)
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "our", "his", "her", "all", "some",
                          "adult", "child", "season", "day", "single", "return", "annual",
                          "monthly", "weekly", "new", "standard", "general", "early", "bird",
                          "early-bird", "concession", "student", "family", "match", "bus",
                          "train", "ferry"])  # fmt: skip


def priced_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with a sum a priced thing's costing verb gives measured as its price."""
    out: list[Figure] = []
    for f in figures:
        metric = _price_of(f) if f.kind == "money" else None
        if metric is not None and not _says_which(f.metric, metric):
            f = replace(f, metric=metric, measure=f.measure or f.metric)
        out.append(f)
    return out


def _says_which(found: str | None, price: str) -> bool:
    """``found`` is already that price, saying which: "single ticket price" for "ticket price",
    "bus fare" for "fare" (not "tickets cost")."""
    return found is not None and found.endswith(price.split()[-1]) and price.split()[0] in found


def _price_of(f: Figure) -> str | None:
    """The price a priced thing's costing verb gives the figure (module doc), else None."""
    found = verb_and_subject(f, _COSTS)
    if found is None:
        return None
    for low in found[1][:6]:
        if low in _PRICED:
            return _PRICED[low]
        if low not in _DETERMINERS:
            return None  # the subject's first noun is no priced thing
    return None
