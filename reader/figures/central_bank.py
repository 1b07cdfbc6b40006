"""A country's economy read out by its central bank: growth, inflation, exports, household debt
or unemployment that the clause parse gave to the bank, its rate-setting committee or an
official's bare title ("The Monetary Policy Committee of the Bank of Thailand ... Headline
inflation was at 0.8 per cent", "Assistant Governor and Secretary of the MPC, said ... expand at
2.1 per cent") are the country's, the one the bank's name holds ("Bank of Thailand":
Thailand). The bank's own measures stay its: its policy rate, its inflation target or range."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.word_search import number_at
from reader.model import Figure

# a central bank, its rate-setting committee, or an official's bare title
_CENTRAL = re.compile(
    r"(?:the )?(?:(?:Monetary|Financial) Policy Committee|MPC|FPC|[Cc]entral [Bb]ank|"
    r"(?:(?:Central|Reserve|National|People's) )?Bank of [A-Z][\w ]{2,30}|Reserve Bank|"
    r"(?:Deputy |Assistant )?Governor|Secretary|[Tt]he committee|[Tt]he bank)"
)
# the country in a central bank's name: "Bank of Thailand", "Reserve Bank of New Zealand"
_COUNTRY = re.compile(
    r"\b(?P<kind>(?:Central|Reserve|National|People's) )?Bank of "
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?= \(| said| cut| raised| held| kept| voted|'s|,|\.)"
)
# lenders named "Bank of" a place
_LENDERS = frozenset(["America", "Ireland", "Scotland", "China", "Cyprus", "Baroda", "India"])
# what a country's economy measures (not what the bank sets: its rate, target or range)
_ECONOMY = re.compile(
    r"\b(?:gdp|economy|economic growth|inflation|exports?|imports?|trade|unemployment|"
    r"jobless|household debt|current account|tourists?|tourist arrivals|debt)\b"
)
_SET = re.compile(r"\b(?:target|range|goal|ceiling|rate)\b")
# a story about a central bank's decision
_DECISION = re.compile(r"\b(?:[Mm]onetary [Pp]olicy|policy (?:interest )?rate|central bank)\b")


def country_figures(figures: Sequence[Figure], story: str) -> list[Figure]:
    """The economy's figures given to a central bank (module doc) are its country's."""
    if "Bank of " not in story or _DECISION.search(story) is None:
        return list(figures)
    found = _COUNTRY.search(story)
    if found is None or (not found.group("kind") and found.group("place") in _LENDERS):
        return list(figures)  # "Bank of America": a lender ("People's Bank of China" is not)
    place = "UK" if found.group("place") == "England" else found.group("place")
    out: list[Figure] = []
    for f in figures:
        if f.subject and _CENTRAL.fullmatch(f.subject) and _economy_measure(f):
            f = replace(f, subject=place)
        out.append(f)
    return out


def _economy_measure(f: Figure) -> bool:
    """The figure measures the economy ("inflation", "exports"; a figure with no measure the
    words before it say is the economy's: "the Thai economy is expected to expand at"), not
    the bank's own setting ("its policy rate", "the target range of 1 per cent to 3 per cent")."""
    at = number_at(f.sentence, f.surface)  # (not "3 per cent" inside "0.3 per cent")
    before = f.sentence[max(0, at - 40) : max(at, 0)]
    if _SET.search((f.metric or "").lower()) or _SET.search(before):
        return False
    if f.metric is None:
        return _GROWS.search(f.sentence, max(0, at - 80), max(at, 0)) is not None
    return _ECONOMY.search(f.metric.lower()) is not None


# "the Thai economy is expected to expand at 2.1 per cent"
_GROWS = re.compile(r"\beconomy (?:[a-z]+ ){0,4}(?:expand|grow|contract|shrink)[a-z]* (?:at|by)\b")
