"""The size of a market: "The UK fitness market is worth £5.7bn", "The UK market for packaged
bread is worth about £4.1 billion a year", "the global market for hearing aids was valued at
$9bn". A sum a market (its noun, with the words that say which market before it or a "for"
phrase after it) is worth, is valued or estimated at, measures its size, whatever the rules
read from the words around it (a debt, a valuation). A firm's "market value" or "market cap"
is no market: "market" must be the subject's head noun.

What a sale or an offer would value a firm at is its valuation: "a sale of PulseGym that
could value it at about £900m", "an offer valuing the group at £1.3bn" (a pronoun or a firm's
noun after the verb; a measure the rules read from another sentence gives way, a deal or a
price the rules gave stays). One bounded look per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.gate import Gated
from reader.figures.surface import surface_at
from reader.model import Figure

_SIZED = Gated(
    re.compile(
        r"\b(?i:the|a|its|their)\s+(?:[\w.'-]+\s+){0,3}?market"
        r"(?:\s+for\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
        r"\s+(?:is|was|will be|could be|would be|has been)\s+(?:now\s+)?"
        r"(?:worth|valued at|estimated at|estimated to be worth|expected to be worth|put at)"
        r"(?:\s+(?:about|around|roughly|nearly|almost|more than|some|an estimated))?\s$"
    ),
    ("market",),
)
_NOT_MARKET = re.compile(r"\b(?:stock|share|equity|bond|labour|labor|housing|job)\s+market\b", re.I)


_VALUED = re.compile(
    r"\b(?:value|values|valued|valuing)\s+(?:it|them|the (?:company|group|firm|business|club|"
    r"chain|bank|team|franchise|stake)|[A-Z][\w&'-]*)\s+at"
    r"(?:\s+(?:about|around|roughly|nearly|almost|more than|some|up to|as much as))?\s$"
)
_KEPT = frozenset(["deal", "deal value", "price", "offer", "bid", "valuation", "market value",
                   "market cap", "takeover", "acquisition"])  # fmt: skip


def market_sizes(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum a market is worth with the measure ``market size``, and each a sale values a
    firm at with ``valuation`` (module doc); others unchanged."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f) if f.kind == "money" else -1
        if at > 0 and f.metric != "market size":
            m = _SIZED.search(f.sentence, max(0, at - 120), at)
            if m is not None and _NOT_MARKET.search(m.group(0)) is None:
                f = replace(f, metric="market size", measure=f.measure or f.metric)
            elif (f.metric or "").lower() not in _KEPT and _VALUED.search(
                f.sentence, max(0, at - 60), at
            ):
                f = replace(f, metric="valuation", measure=f.measure or f.metric)
        out.append(f)
    return out
