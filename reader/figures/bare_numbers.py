"""What a bare number is by its neighbours, before the sentence's figures are built: money in
the currency of a money figure of the same scale next to it, or in the story's currency after a
money measure ("up from 95 million", "Revenue fell to 2.95 billion"), and a count or measure
that continues the one before it ("180,000 barrels ... from 195,000").
"""

from __future__ import annotations

import re

from reader.figures.clause import clause_begin, has_verb
from reader.figures.context import metric_for
from reader.figures.count_metric import GROUP_TO
from reader.figures.gate import led
from reader.figures.patterns import MEASURES
from reader.figures.raw import Raw
from reader.figures.scan import carries, scale_key

# metrics that are amounts of money: a bare "2.95 billion" of these is in the story's currency
# ("sales" is left out: "sales rose to 10.4 million" may count cars)
_MONEY_METRICS = frozenset(
    ["revenue", "net income", "net loss", "operating profit", "pre-tax profit", "profit",
     "earnings", "valuation", "market cap", "debt", "deficit", "free cash flow", "funding"]
)  # fmt: skip


_SCALE_IN = re.compile(r"(?<=[\d ])(lakh crore|trillion|billion|million|thousand|crore|lakh|"
                       r"bn|bln|tn|trn|mn|mln|m|b|k|K|B|M)\b")  # fmt: skip


def _money_scale(text: str, raw: Raw) -> str:
    m = _SCALE_IN.search(text, raw.start, raw.end)
    return scale_key(m.group(1)) if m else ""


def _bracketed(text: str, start: int) -> bool:
    head = text[max(0, start - 40) : start]
    return head.rfind("(") > head.rfind(")")


def _apart(text: str, one: Raw, other: Raw) -> bool:
    """Whether the later of two numbers sits in a clause of its own, with its own verb, that
    opens after the earlier: "rose 9% to 61 million ..., and it expects revenue of €410
    million" (but not "$210 million, up from 95 million" or "£3bn last year and 2.5bn")."""
    first, last = sorted((one, other), key=lambda r: r.start)
    lo = clause_begin(text, last.start)
    return lo >= first.end and has_verb(text, lo, last.start)


def implied_currency(text: str, raws: list[Raw], currency: str | None) -> None:
    """A bare scaled number that is money by context takes its currency: "$210 million, up
    from 95 million" (a money figure of the same scale in its clause) or "Revenue fell to
    2.95 billion" (a money metric, in a story whose last currency is known)."""
    for k, raw in enumerate(raws):
        if raw.kind != "count" or raw.unit is not None or not raw.scale:
            continue
        if k and _continues_count(text, raws[k - 1], raw):
            continue  # "4 million passengers a year from 2.5 million": the count's base
        same = [
            r
            for r in raws
            if r.kind == "money"
            and r.unit
            and _money_scale(text, r) == raw.scale
            and not _bracketed(text, r.start)  # "(£53m; $100m)" converts the figure before it
            and not _apart(text, raw, r)
        ]
        if same:
            nearest = min(same, key=lambda r: abs(r.start - raw.start))
            raw.kind, raw.unit = "money", nearest.unit
            continue
        # (in a sentence with money of one currency, that currency: "fell 8% to 1.62 trillion
        # tenge, and net profit dropped to 84.6 billion")
        monies = {r.unit for r in raws if r.kind == "money"}
        if len(monies) == 1 and None not in monies:
            # (named in the number's own clause: not "Revenue grew 19% to Dh2.84 billion as
            # patient visits climbed to 3.9 million")
            lo = clause_begin(text, raw.start)
            clause = text[lo : raw.end]
            if metric_for(clause, raw.start - lo, "money", None, len(clause)) in _MONEY_METRICS:
                raw.kind, raw.unit = "money", next(iter(monies))
            continue
        if currency is None or monies:
            continue
        if metric_for(text, raw.start, "money", None, raw.end) in _MONEY_METRICS:
            raw.kind, raw.unit = "money", currency


def _continues_count(text: str, prev: Raw, raw: Raw) -> bool:
    """Whether ``raw`` continues the count of a written noun or a measure right before it ("4
    million passengers a year from 2.5 million", "6 million tonnes ... from 4.5 million"): no
    money figure of its clause lends it a currency."""
    gap = text[prev.end : raw.start]
    return (
        prev.kind in ("count", "other")
        and prev.unit is not None
        and len(gap) <= _COUNT_GAP
        and _CONTINUES.search(gap) is not None
    )


_COUNT_GAP = 40  # characters between a count and the bare number that continues it
# what joins a bare number to the figure it continues: "640,000 parcels, up from 580,000",
# "1.61 billion journeys ... short of the 1.75 billion", "Of the 41,200 members ..., 29,700"
_CONTINUES = led(
    r"\b(?:from|to|than|of|against|compared with|versus|vs)(?: the| a| about| around| almost|"
    r" nearly| some| roughly| just| only| an estimated)? $",
    re.I,
)
# a count's own head written between the two numbers: "passenger numbers rose to", "the
# number of visitors reached"
_OWN_HEAD = re.compile(r"\b[a-z]+ numbers\b|\bnumber of [a-z]+")
# a plural noun of its own that a verb takes to the number: "taking its North American seats
# to 2.4 million" (not "taking its total to", nor "its routes to" after "14 routes")
_OWN_PLURAL = re.compile(
    r"\b(?:its|their|the|his|her|our) (?:[A-Za-z-]+ ){0,3}([a-z]{3,}(?<![su])s) to"
    r"(?: about| around| some| nearly| almost| more than| over| roughly)? $"
)


def _own_plural(gap: str, unit: str | None) -> bool:
    """The words before a bare number name a plural noun of its own (``_OWN_PLURAL``), not the
    noun of the count before it."""
    m = _OWN_PLURAL.search(gap)
    return m is not None and not (unit or "").endswith(m.group(1))


# "32,000 acre (13,000 hectare) farm": a number written with its own (singular) unit
_OWN_UNIT = re.compile(r" ?([a-z]+)\b")


# a percentage change of the measure right before it: "..., up 11 per cent from"
_CHANGE_OF = re.compile(r"^[^;.]{0,60}\b(?:up|down|rising|falling|a rise of|a fall of)(?: by)? $")


def _change_between(text: str, measure: Raw, change: Raw) -> bool:
    return (
        measure.kind == "other" and _CHANGE_OF.match(text[measure.end : change.start]) is not None
    )


def carry_nouns(text: str, raws: list[Raw]) -> set[int]:
    """A bare number that continues the count or measure before it counts the same thing
    ("up from 580,000", "180,000 barrels ... from 195,000"): it takes that figure's metric
    (later), and a measure's kind and unit ("barrels"); a count keeps no noun, as its noun
    is not written next to it. Returns the indices of those numbers."""
    carried: set[int] = set()
    for i in range(1, len(raws)):
        raw, prev = raws[i], raws[i - 1]
        if raw.kind != "count" or raw.unit is not None:
            continue
        if prev.kind == "percent" and i >= 2 and _change_between(text, raws[i - 2], prev):
            prev = raws[i - 2]  # "248,600 barrels a day, up 11 per cent from 224,000"
        if not carries(text, prev):
            continue  # (not an index's points, nor "the 26.2-mile course ... from 61,000")
        if prev.unit is None and i - 1 not in carried:
            continue  # (but "1.39 billion ..., short of the 1.75 billion" continues a chain)
        gap = text[prev.end : raw.start]
        own = _OWN_UNIT.match(text, raw.end)
        if own is not None and f"{own.group(1)}s" in MEASURES:
            continue
        if _OWN_HEAD.search(gap) or GROUP_TO.search(gap) or _own_plural(gap, prev.unit):
            continue  # "40 sailings a day, said passenger numbers rose to 620,000": passengers
            # ("hired 310 workers, taking its headcount to 2,940": the headcount; "will add 14
            # routes, taking its North American seats to 2.4 million": seats)
        if len(gap) <= 90 and ";" not in gap and _CONTINUES.search(gap):
            if prev.kind == "other":
                raw.kind, raw.unit = prev.kind, prev.unit
            carried.add(i)
    return carried
