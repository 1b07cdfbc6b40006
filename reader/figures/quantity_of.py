"""What a quantity measured in a unit of weight or volume is of: "expected to produce between
610,000 and 640,000 tonnes of copper" is copper output, "shipped 71.3 million tonnes of iron
ore" iron ore shipments, "sold 1.05 million tonnes of fertiliser" fertiliser sold; a base in the same sentence takes the
name ("down from a previous range of 680,000 to 720,000 tonnes": copper output).

A count whose measure is a volume of trade or production (output, shipments, exports, sales,
…) and that is written in a unit of quantity (tonnes, barrels, ounces, litres, …) followed by
"of" and a lower-case noun phrase names the stuff in front of the measure; "units sold" becomes
"<stuff> sold" (tonnes are no units). The noun phrase is at most two words, stops at a
function word, a time or a figure, and is left out when it already is the measure ("tonnes of
output"). So a reader who wants the bare measure still finds it in the longer one. One bounded
look after each figure, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.around import bases_named
from reader.figures.premodified import participle, verb_form
from reader.figures.refine import singular
from reader.figures.surface import surface_at
from reader.figures.verbed import acting_verb
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

# measures of a volume made, moved or sold
_VOLUMES = frozenset(
    ["output", "production", "shipments", "exports", "imports", "deliveries", "units sold",
     "consumption", "demand", "sales", "stocks", "inventories", "reserves", "harvest", "crop"]
)  # fmt: skip
_UNITS = (
    r"(?:metric )?(?:tonnes|tons|barrels|ounces|troy ounces|litres|liters|gallons|bushels|"
    r"bales|carats|cubic metres|cubic meters|kilograms|kilos|pounds)"
)
# after the figure: the far end of a range, a scale word, the unit, "of" and the stuff
_OF_STUFF = re.compile(
    r"(?:(?: and| to| -|-|\u2013) ?[\d.,]+(?: million| billion| thousand)?)?"
    r"(?: (?:million|billion|thousand))?(?: " + _UNITS + r")? of "
    r"(?P<np>[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z])?)"
)
_UNIT_END = re.compile(_UNITS + r"$", re.I)
_UNIT_AFTER = re.compile(
    r"(?:(?: and| to| -|-|\u2013) ?[\d.,]+(?: million| billion| thousand)?)?"
    r"(?: (?:million|billion|thousand))? " + _UNITS + r" of\b"
)
_TIME = frozenset(["year", "years", "month", "months", "quarter", "week", "day", "half", "season"])


def quantity_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each count of a volume measure written as "N tonnes of <stuff>" with the stuff named
    in its metric (module doc); other figures unchanged, order kept."""
    return bases_named([_of_stuff(f) or f for f in figures])  # around.py: the bases too


def _of_stuff(f: Figure) -> Figure | None:
    if f.kind not in ("count", "other") or not f.metric:
        return None
    # a metric that only repeats the figure's unit ("tonnes") names no measure: the stuff does
    bare = _UNIT_END.fullmatch(f.metric) is not None
    if not bare and f.metric.lower() not in _VOLUMES:
        return None
    at = surface_at(f)
    if at < 0:
        return None
    end = at + len(f.surface)
    tail = f.sentence[end : end + 80]
    if not (_UNIT_END.search(f.surface) or _UNIT_AFTER.match(tail)):
        return None  # "640,000 tonnes of": the quantity is the figure's own unit
    m = _OF_STUFF.match(tail)
    if m is None:
        return None
    stuff = _stuff(m.group("np").split(), f.metric.lower())
    if not stuff:
        return None
    if bare:
        done = acting_verb(f.sentence[max(0, at - 80) : at])
        metric = f"{stuff} {done}" if done else stuff
    else:
        metric = f"{stuff} sold" if f.metric.lower() == "units sold" else f"{stuff} {f.metric}"
    return replace(f, metric=metric, measure=f.measure or f.metric)


def _stuff(words: list[str], metric: str) -> str:
    """The noun phrase's words that name the stuff: up to a function word, a time, a verb."""
    kept: list[str] = []
    for w in words:
        if w in sumy_stop_words() or w in _TIME or verb_form(w) or participle(w):
            break
        kept.append(w)
    heads = {singular(w) for w in metric.split()}
    if not kept or any(singular(w) in heads for w in kept):
        return ""
    return " ".join(kept)
