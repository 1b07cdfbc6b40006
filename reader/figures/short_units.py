"""Units written short or as two words after a number, read as the unit's full name: "a
285,000 sq ft tower" (square feet), "6.9 terawatt hours", "537,000 TEU" (containers counted
in twenty-foot units: a count whose acronym has no plural), "84c" (cents), "1,500kg"
(kilograms), "1.2 million bpd" (barrels per day), "44,400 boepd" or "255,000 boe a day"
(barrels of oil equivalent per day), "1.2 billion boe" (barrels of oil equivalent), "19.6 million MT" (metric tons), "180 lbs" (pounds), "520,000m³" (cubic metres),
"158,000 dwt" (a ship's deadweight tonnes), "31.4 GB" (gigabytes).
"""

from __future__ import annotations

import re

from reader.model import FigureKind

# energy written in words with a space (hyphenated ones are MEASURES)
_ENERGY = re.compile(r" ((?:kilo|mega|giga|tera)watt hours)\b", re.I)
_AREA_SHORT = re.compile(r" sq\.? ?(ft|m|km|mi)\b(?!-)")
_AREA_NAMES = {"ft": "square feet", "m": "square metres", "km": "square kilometres",
               "mi": "square miles"}  # fmt: skip
_CONTAINERS = re.compile(r" TEUs?\b")
# a ship's size in deadweight tonnes: "158,000 dwt", "a 50,000-dwt tanker"
_DEADWEIGHT = re.compile(r"[ -]?dwt\b", re.I)
# pence per litre, as the fuel trade writes margins and prices: "7.8ppl"
_PENCE_PER_LITRE = re.compile(r"ppl\b")
# volume in cubic metres, glued or not: "520,000m³", "3.1 million m3" (timber, gas, water)
_CUBIC_METRES = re.compile(r" ?(?:m³|m3\b|cu\.? ?m\b)(?![-/])")
# a mass written as a symbol glued to the number ("1,500kg"), read in full as glued power
# units are ("1.3GW" gigawatts; a glued "km" mostly places something: "within 2km", so it is
# left to the other rules); oil flows as "bpd" or "b/d"
_GLUED_MASS = re.compile(r"kg\b(?![-/])")
_OIL_FLOW = re.compile(r" ?(?:bpd|b/d)\b")
# amounts of data written short: "31.4 GB a month", "1GB", "2 TB"
_DATA = re.compile(r" ?(GB|TB|MB|PB)\b(?![-/])")
_DATA_NAMES = {"GB": "gigabytes", "TB": "terabytes", "MB": "megabytes", "PB": "petabytes"}
# oil and gas together: "44,400 boepd", "52,000 boe/d"
_OIL_GAS_FLOW = re.compile(r" ?(?:boepd|boe/d|boed|boe (?:a|per) day)\b")
# oil and gas reserves or volumes: "1.2 billion boe", "61 million boe of reserves"
_OIL_GAS = re.compile(r" ?boe\b(?![-/])")
# weights written short: "19.6 million MT" (metric tons, as Asian and commodity desks write
# them), "180 lbs"
_SHORT_WEIGHTS = re.compile(r" (?:(MT|mt)|(lbs?))\b(?![-/])(?P<per> per (?:hectare|acre)\b)?")
# cents written glued to a small whole number: "up 84c a litre", "50c an hour" (whose cents:
# the written currency, as "cents" are)
_CENTS = re.compile(r"c\b(?![-'\u2019])")
_SMALL_WHOLE = re.compile(r"(?<![\d,.])\d{1,2}$")
# a name right before is a version ("Oracle 12c", "Version 19c"), not cents; so is a word
# that designates a model ("the Psion series 3c", "type 2c")
_NAMED = re.compile(
    r"(?:(?<![.!?] )\b(?!(?:The|A|An|Up|Down|Just|About|Only|Some|By)\b)[A-Z]\w*"
    r"|\b(?:series|version|model|type|class|mark|edition|release|generation|grade|size|mk)) $"
)


# metres written glued as millions are ("a 500m stretch", "320m tall"): a length where a length
# word follows, or a length's noun after "a"/"the", or a verb of going that far before it
_LENGTH_AFTER = re.compile(
    r"[ -](?:long|tall|high|wide|deep|away|below|above|across|underground|offshore|inland|"
    r"in (?:length|height|diameter|depth)|(?:longer|higher|taller|wider|deeper) than)\b"
)
_LENGTH_NOUNS = re.compile(
    r"[ -](?:stretch|section|strip|tunnel|bridge|runway|pipeline|wall|track|race|sprint|swim|"
    r"climb|walk|drop|dive|descent|shaft|tower|mast|span|radius|cordon|buffer|exclusion zone)\b"
)
_LENGTH_BEFORE = re.compile(
    r"(?:\b(?:walked|ran|swam|climbed|dived|plunged|cycled|rowed|drilled|dug|tunnelled|"
    r"stretches|stretched|spans|spanning|measures|measuring|stands|rises|rising|lies|sits|"
    r"is located|are located)(?: (?:about|around|some|nearly|almost|just|only|more than))?"
    r"|\bwithin(?: about)?) $"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir) $")


def glued_metres(text: str, start: int, end: int) -> bool:
    """The number at ``start`` with an "m" glued to it, ending at ``end``, is a length in
    metres ("the bridge will be 500m long", "a 500m stretch", "walked 800m"), not millions."""
    if _LENGTH_AFTER.match(text, end) or _LENGTH_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(
        _ARTICLE_BEFORE.search(text, max(0, start - 6), start) and _LENGTH_NOUNS.match(text, end)
    )


def short_unit(text: str, end: int) -> tuple[FigureKind, str, float, int] | None:
    """(kind, unit, factor, end of the unit) for such a unit right after a number."""
    energy = _ENERGY.match(text, end)
    if energy is not None:
        return "other", energy.group(1).lower(), 1.0, energy.end()
    area = _AREA_SHORT.match(text, end)
    if area is not None:
        return "other", _AREA_NAMES[area.group(1)], 1.0, area.end()
    if _cents(text, end):
        return "money", "CENT", 0.01, end + 1
    glued = _GLUED_MASS.match(text, end)
    if glued is not None:
        return "other", "kilograms", 1.0, glued.end()
    data = _DATA.match(text, end)
    if data is not None:
        return "other", _DATA_NAMES[data.group(1)], 1.0, data.end()
    oil = _OIL_FLOW.match(text, end)
    if oil is not None:
        return "other", "barrels per day", 1.0, oil.end()
    flow = _OIL_GAS_FLOW.match(text, end)
    if flow is not None:
        return "other", "barrels of oil equivalent per day", 1.0, flow.end()
    gas = _OIL_GAS.match(text, end)
    if gas is not None:
        return "other", "barrels of oil equivalent", 1.0, gas.end()
    weight = _SHORT_WEIGHTS.match(text, end)
    if weight is not None:
        unit = ("metric tons" if weight.group(1) else "pounds") + (weight.group("per") or "")
        return "other", unit, 1.0, weight.end()  # (and "4.12 MT per hectare": a yield)
    if _PENCE_PER_LITRE.match(text, end):
        return "money", "GBP", 0.01, end + 3  # "7.8ppl": a fuel margin in pence a litre
    cubic = _CUBIC_METRES.match(text, end)
    if cubic is not None:
        return "other", "cubic metres", 1.0, cubic.end()
    boxes = _CONTAINERS.match(text, end)
    if boxes is not None:
        return "other", "TEU", 1.0, boxes.end()
    carried = _DEADWEIGHT.match(text, end)
    if carried is not None:
        return "other", "dwt", 1.0, carried.end()
    return None


def _cents(text: str, end: int) -> bool:
    """ "84c": a glued "c" after a whole number below 100 that no name leads; or after any
    amount ("151.2c", "380c") in a sentence that prices a share or a unit ("earnings per share
    of 151.2c", "a final dividend of 145c a share", "between 380c and 420c"), as Australian and
    South African results write them."""
    if not _CENTS.match(text, end):
        return False
    small = _SMALL_WHOLE.search(text, max(0, end - 3), end)
    if small is None:
        small = _AMOUNT.search(text, max(0, end - 8), end)
        if small is None or not _PRICED.search(text):
            return False
    return not _NAMED.search(text, max(0, small.start() - 30), small.start())


# a larger or decimal amount of cents, and the words that price a share or a unit in cents
_AMOUNT = re.compile(r"(?<![\d,.])\d{1,4}(?:\.\d{1,2})?$")
_PRICED = re.compile(
    r"\b(?:(?:a|per) (?:share|unit|litre|kWh)|dividends?|earnings|H?EPS|payouts?|distributions?)\b"
)
