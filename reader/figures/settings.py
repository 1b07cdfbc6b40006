"""Capitalised words that are not owners: common nouns opening a sentence and the places a
figure is set in (used by ``names.subject_for``).

- a capitalised word opening a sentence is a common word, not a name, when it is a function
  word ("No", "Every"), a measure of the metric vocabulary or a trade ("Turnover fell 38%",
  "Construction insolvencies rose"), or a participle describing the noun after it
  ("Regulated rail fares will rise");
- a name led by "in", "across" or "throughout" is where a figure is ("appeal for hospices in
  Yorkshire has raised", "In North America the film made"), not whose; but a stake or shares
  held in a firm are that firm's ("shares in Halcyon rose"), and a measure of a place is the
  place's ("Unemployment in Ireland fell to 4.1%").
"""

from __future__ import annotations

import re

from reader.figures.vocabulary import METRIC_OF
from reader.text.stop_words import sumy_stop_words

# common nouns that open a sentence as the measure or the trade it is about ("Turnover fell
# 38%", "Construction insolvencies rose", "Retail sales"), never a name on their own
_SECTORS = frozenset(
    ["construction", "retail", "manufacturing", "housing", "property", "mining", "banking",
     "insurance", "tourism", "travel", "transport", "shipping", "farming", "agriculture",
     "hospitality", "healthcare", "services", "industry", "factory", "consumer", "household",
     "mortgage", "rail", "freight", "steel", "energy", "food", "fuel", "wholesale", "export",
     "import", "trade", "business", "corporate", "public", "private", "domestic", "global"]
)  # fmt: skip
_COMMON_OPENERS = _SECTORS | frozenset(p for p in METRIC_OF if " " not in p)


def common_opener(word: str, next_word: str, verb_next: bool) -> bool:
    """A capitalised word opening a sentence that is a common word, not a name: a function
    word ("No", "Every"), a measure or a trade ("Turnover", "Construction insolvencies"), or a
    participle describing the noun after it ("Regulated rail fares")."""
    low = word.lower()
    if low in _COMMON_OPENERS or low in sumy_stop_words():
        return True
    return (
        len(low) > 5
        and low.endswith("ed")
        and next_word.isalpha()
        and next_word.islower()
        and not verb_next
    )


# "in Yorkshire", "across Europe", "In North America the film made": where a figure is, not
# whose; but a stake or shares in a firm are that firm's ("shares in Halcyon's parent")
_SETTING_IN = re.compile(r"(?:^|[\s,(])(?:[Ii]n|[Aa]cross|[Tt]hroughout)(?: the)? $")
_HELD_IN = re.compile(
    r"\b(?:stake|stakes|share|shares|stock|holding|holdings|interest|investment|invested|"
    r"invests|investing|listed|listing|role|job|post|seat)s? (?:in|across)(?: the)? $",
    re.I,
)


# a measure whose place is its owner: "Unemployment in Ireland", "insolvencies in England"
_MEASURE_IN = re.compile(r"([a-z-]+) (?:in|across|throughout)(?: the)? $", re.I)
_MEASURES = frozenset(p for p in METRIC_OF if " " not in p) | frozenset(
    ["unemployment", "employment", "insolvencies", "bankruptcies", "numbers", "rates", "rate",
     "values", "arrivals", "visitors", "passengers", "deaths", "cases", "births", "claims",
     "output", "production", "consumption", "demand", "supply", "exports", "imports"]
)  # fmt: skip


def in_setting(text: str, name: str, at: int) -> bool:
    """Whether ``name`` (of the name run at ``at``) is a setting: led by "in", "across",
    "throughout", not by a stake or shares held in it nor by a measure of that place."""
    at = max(at, text.find(name, at, at + 300))  # the run may hold words cleaned off: "In the US"
    head = text[max(0, at - 30) : at]
    if _SETTING_IN.search(head) is None or _HELD_IN.search(head) is not None:
        return False
    measure = _MEASURE_IN.search(head)
    return measure is None or measure.group(1).lower() not in _MEASURES
