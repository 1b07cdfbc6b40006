"""A good whose price its clause moves owns the clause's figures, when the clause prices it per
unit: "Tantalite prices recovered 12 per cent in the quarter to US$610 a tonne", "as prices for
scrap cardboard dropped to £38 a tonne from £70 a tonne" (tantalite's, scrap cardboard's; not
the miner's or the recycler's the story is about).

markets.py names the goods a closed list holds (gold, copper, wheat ...); this reads the good
from the words: "<good> prices <verb>" or "prices for|of <good> <verb>" opening the clause (the
sentence's start, "as", "while", "but" or a ";"), one to three words of the good, the figure
after it in that clause, and money written per unit of weight or volume in that clause ("a
tonne", "per barrel": a price index of homes or shares is never priced so).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.gate import Gated
from reader.figures.resubject import resubject
from reader.figures.surface import surface_at
from reader.model import Figure

_OPEN = r"(?:^|\bas |, while |, but |; )"
_GOOD = r"(?:[A-Za-z][\w-]* ){0,2}[A-Za-z][\w-]*"
# a verb in a tense: "recovered", "rises", "fell" (not "to", "in": the good's words run on)
_VERB = (
    r"(?:have |has |had |were |was |are |is )?(?:[a-z]+(?:ed|es|s)|rose|fell|rise|fall|hit|"
    r"slid|sank|held|grew|stood|stand|swung|sunk)\b"
)
_PRICES = Gated(  # (gate.py: a text without "prices" is not searched)
    re.compile(
        rf"{_OPEN}(?:[Tt]he )?(?P<a>{_GOOD}) prices {_VERB}"
        rf"|{_OPEN}(?:[Tt]he )?[Pp]rices (?:for|of) (?P<b>{_GOOD}) {_VERB}"
    ),
    ("prices ",),
)
_PER_UNIT = re.compile(
    r"\d (?:a|an|per) (?:tonne|ton|metric ton|barrel|ounce|troy ounce|kg|kilogram|kilo|pound|"
    r"lb|bushel|litre|liter|gallon|cubic metre|carat)\b"
)
_BREAK = re.compile(r";|, (?:while|but|and|whereas|although) |\bas ")
_NOT_GOOD = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
     "average", "higher", "lower", "rising", "falling", "spot", "global", "world", "market",
     "selling", "sale", "realised", "realized", "benchmark", "contract", "and", "of", "in"]
)  # fmt: skip


# a sentence adverb or conjunction before the good ("If iron ore prices stayed below ...":
# iron ore's, not "if iron ore")
_LEADING = frozenset(
    ["however", "meanwhile", "but", "and", "yet", "still", "also", "now", "elsewhere",
     "separately", "overall", "instead", "so", "then", "thus", "indeed", "if", "when", "unless",
     "once", "should", "although", "though", "because", "since", "after", "before", "until"]
)  # fmt: skip


def traded_goods(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure of a clause that moves a good's price per unit given that good (module
    doc); the others unchanged."""
    return resubject(figures, _good_of)


def _good_of(f: Figure) -> str | None:
    text = f.sentence
    start = surface_at(f, text)
    if start < 0:
        return None
    last = None
    for m in _PRICES.finditer(text, 0, start):
        last = m
    if last is None or _BREAK.search(text, last.end(), start):
        return None
    good = last.group("a") or last.group("b")
    words = good.split()
    while len(words) > 1 and (words[0].lower() in _LEADING or words[0].endswith("ly")):
        words = words[1:]  # "However crude prices": crude's
    good = " ".join(words)
    if any(w.lower() in _NOT_GOOD for w in words) or (
        len(words) > 1 and any(w[0].isupper() for w in words[1:])
    ):
        return None  # a firm's name ("Acme Mining prices"), or a price's kind ("average")
    end = _BREAK.search(text, start)
    if not _PER_UNIT.search(text, last.start(), end.start() if end else len(text)):
        return None
    if f.subject and (f.subject.lower() in good.lower() or good.lower() in f.subject.lower()):
        return None
    initial = last.start() == 0 and text.startswith(good)
    return good[0].lower() + good[1:] if initial and good[1:].islower() else good
