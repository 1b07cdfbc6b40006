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

from reader.figures.inherit import continues
from reader.figures.surface import surface_at
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


# what a sum paid per thing is: "the royalty it pays artists to $0.0041 a stream"
_RATE_NOUNS = frozenset(["royalty", "royalties", "fee", "fees", "levy", "charge", "charges",
                         "subsidy", "tariff", "tariffs", "commission", "payout", "premium",
                         "bonus", "grant", "allowance", "surcharge", "toll", "tolls"])  # fmt: skip
_RATE_BEFORE = re.compile(r"\b(?:the|its|their|a|an) (?P<noun>[a-z]+)\b")


def per_unit_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure with a metric, written before "a"/"per"/"each" and a noun it is counted
    over (module doc), says so in its metric; other figures unchanged, order kept. A sum with
    no metric takes the payment its sentence names before it ("raise the royalty it pays to
    $0.0041 a stream": royalty per stream), else the measure of an earlier sum per the same
    thing in the story ("its rival pays $0.0046 a stream")."""
    out = [_per(f) for f in figures]
    per_noun: dict[str, str] = {}
    for k in sorted(range(len(out)), key=lambda k: out[k].sentence_index):
        f = out[k]
        if f.kind != "money":
            continue
        noun = _per_noun(f)
        if noun is None:
            if " per " in (f.metric or ""):
                out = _based(out, f)  # "€20 per kilowatt-hour, against €90 to €110"
            continue
        if f.metric is None:
            paid = _paid_before(f)
            metric = f"{paid} per {noun}" if paid else per_noun.get(noun)
            if metric is not None:
                f = out[k] = replace(f, metric=metric)
        if f.metric and f.metric.endswith(f" per {noun}"):
            per_noun.setdefault(noun, f.metric)
            out = _based(out, f)
    return out


def _based(out: list[Figure], rate: Figure) -> list[Figure]:
    """A sum of the rate's sentence with no metric, or the rate's measure not yet per the
    thing, that continues it ("$0.0041 a stream from $0.0035": its base; "€20 per
    kilowatt-hour, against €90 to €110") measures the same."""
    return [
        replace(g, metric=rate.metric)
        if (g.metric is None or (rate.metric or "").startswith(f"{g.metric} per "))
        and g.kind == "money"
        and g.sentence_index == rate.sentence_index
        and continues(g.sentence, rate, g)
        else g
        for g in out
    ]


def _per_noun(f: Figure) -> str | None:
    """The noun a sum is written per ("$0.004 a stream": "stream"), or None."""
    at = surface_at(f)
    m = _PER.match(f.sentence, at + len(f.surface)) if at >= 0 else None
    if m is None:
        return None
    noun = m.group("noun")
    one = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if one in _NOT_PER or noun in sumy_stop_words() or noun.endswith(("ing", "ed", "ly")):
        return None
    return noun


def _paid_before(f: Figure) -> str | None:
    """The last payment noun ("the royalty", "its fee") written before the sum, singular."""
    at = surface_at(f)
    found = [m.group("noun") for m in _RATE_BEFORE.finditer(f.sentence, max(0, at - 120), at)]
    paid = next((n for n in reversed(found) if n in _RATE_NOUNS), None)
    if paid is None:
        return None
    return paid[:-3] + "y" if paid.endswith("ies") else paid.removesuffix("s")


# a cost per unit of quantity: "cost about €20 per kilowatt-hour of capacity" (cost per
# kilowatt-hour; a price per tonne stays a price, a cost a year a cost)
_COST_PER = re.compile(r" (?:a|an|per) (?P<noun>[a-z]{3,}(?:-[a-z]{3,})?)\b(?!['-])")
_COSTS = frozenset(["cost", "costs"])
_TIMES = frozenset(["year", "annum", "month", "week", "day", "hour", "night", "quarter", "season",
                    "share", "head", "time"])  # fmt: skip


def _cost_per(f: Figure) -> Figure | None:
    """A cost written per a unit of quantity names it (``_COST_PER``), else None."""
    metric = (f.metric or "").lower()
    if f.kind != "money" or not (metric in _COSTS or metric.endswith((" cost", " costs"))):
        return None
    at = surface_at(f)
    m = _COST_PER.match(f.sentence, at + len(f.surface)) if at >= 0 else None
    if m is None or m.group("noun") in _TIMES or m.group("noun") in sumy_stop_words():
        return None
    return replace(f, metric=f"{metric.removesuffix('s')} per {m.group('noun')}")


# a unit of quantity (or a share) a sum is per: a price without it says not what it buys ("R21.35
# a litre": the petrol price per litre; "$71.80 a barrel"; "81 cents a share": the dividend per
# share)
_QUANTITY_PER = re.compile(
    r" (?:a|an|per) (?P<unit>tonne|ton|barrel|ounce|troy ounce|kilogram|kilo|kg|litre|liter|"
    r"gallon|bushel|pound|lb|carat|hectare|acre|share|megawatt-hour|kilowatt-hour|MWh|kWh|"
    r"mmBtu|square (?:metre|meter|foot|feet)|cubic (?:metre|meter))\b(?![-'])"
)


def _quantity_per(f: Figure) -> Figure | None:
    """A sum written per a unit of quantity or a share says so in its metric, unless the
    metric already speaks of shares ("share price", "EPS": per share already), else None."""
    metric = f.metric or ""
    low = metric.lower()
    if f.kind != "money" or "share" in low or low in ("eps", "earnings"):
        return None
    at = surface_at(f)
    m = _QUANTITY_PER.match(f.sentence, at + len(f.surface)) if at >= 0 else None
    if m is None:
        return None
    unit = {"kilo": "kilogram", "kg": "kilogram", "liter": "litre", "lb": "pound"}.get(
        m.group("unit"), m.group("unit")
    )
    return replace(f, metric=f"{metric} per {unit}")


def _written_per(f: Figure) -> Figure | None:
    """A metric its sentence writes per a thing right before the figure ("EBITDA per tonne
    stood at Rs 1,045": EBITDA per tonne), else None."""
    at = surface_at(f)
    metric = f.metric or ""
    if at <= 0 or not metric or " per " in metric:
        return None
    said = f.sentence.lower().rfind(metric.lower(), max(0, at - 80), at)
    if said < 0:
        return None
    m = _WRITTEN_PER.match(f.sentence, said + len(metric))
    if m is None or m.group("noun").lower() in sumy_stop_words():
        return None
    between = f.sentence[m.end() : at]
    if any(c.isdigit() for c in between) or len(between) > 40:
        return None  # another figure, or a clause, between the measure and this one
    return replace(f, metric=f"{metric} per {m.group('noun').lower()}")


# a measure written per a thing: "EBITDA per tonne", "revenue per available room"
_WRITTEN_PER = re.compile(r" per (?P<noun>[A-Za-z][a-z-]{2,})\b")


def _per(f: Figure) -> Figure:
    if f.kind not in ("money", "count", "percent") or not f.metric or " per " in f.metric:
        return f
    written = _written_per(f)  # a percentage too: "costs per tonne declined 9 per cent"
    if written is not None or f.kind == "percent":
        return written or f
    costed = _cost_per(f)
    if costed is not None:
        return costed
    quantity = _quantity_per(f)
    if quantity is not None:
        return quantity
    if f.metric.lower() in _PRICES or f.metric.lower().endswith(" price"):
        return f  # ("£7 a month" for a plan is its price: the span is part of what a price is)
    timed = _per_time(f)
    if timed is not None:
        return timed
    noun = _per_noun(f)
    return f if noun is None else replace(f, metric=f"{f.metric} per {noun}")


# a sum paid per a span of time shorter than a year: "£90,000 a week" is a weekly wage, not
# a salary (a year is what a sum with no span is read as)
_PER_TIME = re.compile(r" (?:a|an|per|each) (week|month|day|hour|night)\b")
_TIME_WORDS = {"week": "weekly", "month": "monthly", "day": "daily", "hour": "hourly",
               "night": "nightly"}  # fmt: skip


def _per_time(f: Figure) -> Figure | None:
    """A sum written per week, month, day, hour or night says so in its metric ("weekly
    salary", "monthly rent"), else None."""
    metric = f.metric or ""
    last = metric.lower().rsplit(" ", 1)[-1].removesuffix("s")
    if (
        f.kind != "money"
        or last in _PRICES
        or metric.lower().startswith(tuple(_TIME_WORDS.values()))
    ):
        return None  # ("a membership fee of £35 a month": a price's span is its own)
    at = surface_at(f)
    m = _PER_TIME.match(f.sentence, at + len(f.surface)) if at >= 0 else None
    return replace(f, metric=f"{_TIME_WORDS[m.group(1)]} {metric}") if m is not None else None
