"""The words around a number: what unit or counted noun follows it and which currency name
precedes it (whether it is a figure at all is ``non_figures.py``; the noun it counts,
``counted.py``).

Every helper looks at a small fixed window next to the number, so work per number is bounded.
"""

from __future__ import annotations

import math
import re

from reader.figures.counted import SUPERLATIVE as SUPERLATIVE  # re-exported
from reader.figures.counted import WORD
from reader.figures.counted import count_unit as count_unit  # re-exported
from reader.figures.counted import joined_tail as joined_tail  # re-exported
from reader.figures.counted import kind_of_count as kind_of_count  # re-exported
from reader.figures.counted import rank_group as rank_group  # re-exported
from reader.figures.demonyms import DEMONYMS
from reader.figures.patterns import (
    PERCENT_WORDS,
    POINT_WORDS,
    PREFIX_WORD_CODES,
    PREFIX_WORDS,
    SUFFIX_CURRENCY,
)
from reader.figures.short_units import short_unit
from reader.model import FigureKind

_BASIS_POINTS = re.compile(r"(?:basis[ -]points?|bps|bp)\b")


def number(text: str) -> float | None:
    """The value of a written number: thousands grouped by commas in threes, or as Indian
    English groups lakhs and crores ("1,20,000", "1,00,00,000"); None when unreadable."""
    if "," in text:
        groups = text.partition(".")[0].split(",")
        western = all(len(g) == 3 for g in groups[1:]) and 0 < len(groups[0]) <= 3
        indian = len(groups) > 2 and len(groups[-1]) == 3 and 0 < len(groups[0]) <= 2
        if not western and not (indian and all(len(g) == 2 for g in groups[1:-1])):
            return None
        text = text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def after_word(text: str, pos: int) -> str:
    m = WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    return m.group(0).lower() if m else ""


def before_word(text: str, start: int) -> str:
    head = text[max(0, start - 20) : start].rstrip()
    parts = head.split()
    return parts[-1].lower() if parts else ""


# "a 52,000-seat stadium", "a 1,200-bed hospital": the capacity a number counts (written with
# thousands separators or at least 100: "3-bed" is a description, not a key figure)
_CAPACITY = re.compile(r"-(seat|bed|room|berth|pupil|place|home|unit)\b")
_AREA = re.compile(r"-(acre|hectare)\b")
# "its 7,450-strong workforce", "the 300-strong crew": the body a number counts
_STRONG = re.compile(
    r"-strong (?:[A-Za-z-]+ ){0,3}?(workforce|staff|team|crew|squad|army|force|fleet|membership)\b"
)
# "a 294-kilometre motorway", "the 26.2-mile race": the length of the thing described
_LENGTH = re.compile(r"-(mile|kilometre|kilometer)\b")
_AWAY = re.compile(r" [a-z]+ away\b")  # "a 10-mile drive away": where a place is
# "74km of ageing pipes": a length glued to its number, of something (a glued "km" alone mostly
# places something: "within 2km", "2km of the sea")
_GLUED_KM_OF = re.compile(r"km(?= of (?!(?:the|a|an|its|their|his|her|our|[A-Z])\b))")
# "1.3GW", "500 MW", "2.4 TWh": power and energy written as symbols
# and radio frequencies: "78 MHz of spectrum"
_POWER = re.compile(r"(GW|MW|kW|TWh|GWh|MWh|kWh|GHz|MHz|kHz)\b")
_POWER_UNITS = {"GW": "gigawatts", "MW": "megawatts", "kW": "kilowatts",
                "TWh": "terawatt hours", "GWh": "gigawatt hours", "MWh": "megawatt hours",
                "kWh": "kilowatt hours", "GHz": "GHz", "MHz": "MHz", "kHz": "kHz"}  # fmt: skip
# the unit phrases after a number, each with its regex (literal, then a word boundary)
_PERCENT_AFTER = [(p, re.compile(re.escape(p) + r"\b")) for p in PERCENT_WORDS]
_CURRENCY_AFTER = [
    (p, code, factor, re.compile(re.escape(p) + r"\b")) for p, code, factor in SUFFIX_CURRENCY
]
# the same phrases by their first character, each list in _CURRENCY_AFTER's order: a phrase can
# only start the text where its first character does, and trying the two hundred of them one by
# one was most of the work of every number's unit
_CURRENCY_BY_FIRST: dict[str, list[tuple[str, str, float, re.Pattern[str]]]] = {}
for _entry in _CURRENCY_AFTER:
    _CURRENCY_BY_FIRST.setdefault(_entry[0][:1], []).append(_entry)


def _currency_phrases(text: str, at: int = 0) -> list[tuple[str, str, float, re.Pattern[str]]]:
    """The entries of ``_CURRENCY_AFTER`` whose phrase may start ``text`` at ``at``, in order."""
    return _CURRENCY_BY_FIRST.get(text[at : at + 1], [])


def _power_or_size(text: str, end: int) -> tuple[FigureKind, str, float, int] | None:
    """ "5%"; "1.3GW", "500 MW" (power, other); "52,000-seat" (a capacity, count); "300-acre";
    "a 52-mile trail" (a length, other); "a 7,450-strong workforce" (a count)."""
    if text.startswith("%", end):
        return "percent", "%", 1.0, end + 1
    if text.startswith(" %", end):
        return "percent", "%", 1.0, end + 2  # "3.5 %", as translated and European text writes it
    power = _POWER.match(text, end + 1 if text[end : end + 1] == " " else end)
    if power is not None:
        return "other", _POWER_UNITS[power.group(1)], 1.0, power.end()
    short = short_unit(text, end)
    if short is not None:
        return short
    if _GLUED_KM_OF.match(text, end):
        return "other", "km", 1.0, end + 2
    length = _LENGTH.match(text, end)
    if length is not None and not _AWAY.match(text, length.end()):
        return "other", f"{length.group(1)}s", 1.0, length.end()
    size = _CAPACITY.match(text, end) or _AREA.match(text, end)
    if size is not None and (text[end - 3 : end].isdigit() or "," in text[max(0, end - 8) : end]):
        kind: FigureKind = "count" if size.re is _CAPACITY else "other"
        return kind, f"{size.group(1)}s", 1.0, size.end()  # "52,000-seat": 52,000 seats
    strong = _STRONG.match(text, end) if text.startswith("-strong ", end) else None
    if strong is not None:
        return "count", strong.group(1), 1.0, strong.end()  # "a 7,450-strong workforce"
    return None


# "2.8 billion hours of viewing", "21,800 hours lost": time as an amount of a measure (written
# with separators or a scale), not a duration ("30 minutes", "nine months")
_TIME_MEASURE = re.compile(r" (hours|minutes)\b")


def time_measure(text: str, end: int, raw: str, scaled: bool) -> tuple[str, int] | None:
    """(unit, end of the unit) for a big number of hours or minutes, else None."""
    if not (scaled or "," in raw):
        return None
    m = _TIME_MEASURE.match(text, end)
    return (m.group(1), m.end()) if m is not None else None


def unit_after(text: str, end: int) -> tuple[FigureKind, str, float, int] | None:
    """Unit words right after a number: (kind, unit, factor, end of the unit phrase)."""
    sized = _power_or_size(text, end)
    if sized is not None:
        return sized
    low = text[end : end + 40].lower()
    if low.startswith("-"):  # "49-cent", "10-dollar"
        return _hyphen_unit(low, end)
    stripped = low.lstrip(" ")
    gap = len(low) - len(stripped)
    if gap > 1:
        return None
    bps = _BASIS_POINTS.match(stripped)
    if bps is not None:  # "25 basis points", "50bp": a measure, not a count of "basis"
        return "other", "basis points", 1.0, end + gap + bps.end()
    for phrase in POINT_WORDS:
        if stripped.startswith(phrase):
            return "percent", "pp", 1.0, end + gap + len(phrase)
    for phrase, exact in _PERCENT_AFTER:
        if stripped.startswith(phrase) and exact.match(stripped) and not (gap and phrase == "pc"):
            return "percent", "%", 1.0, end + gap + len(phrase)  # ("5 pc games": computers)
    for phrase, code, factor, exact in _currency_phrases(stripped):
        if stripped.startswith(phrase) and exact.match(stripped):
            if phrase == "p" and gap:
                continue  # "5 p" is too ambiguous; "5p" is pence
            if phrase in ("cent", "cents") and text[end + gap : end + gap + 1] == "C":
                return None  # "50 Cent": a name
            return "money", code, factor, end + gap + len(phrase)
    return _named_currency(text, end + gap)


# "800,000 Bahraini dinars", "4.5 million Omani rials", "50,000 Uzbek soums": a nationality
# before a currency's name says whose (the dinar, rial or peso by the country it names:
# local_currency.py); not before the dollar, the pound, the euro or cents, whose own entries
# name the countries that write them ("Australian dollars")
_NATIONALITY = re.compile(r"([A-Z][a-z]+) ")
_NAMED_ELSEWHERE = frozenset(["DOLLAR", "CENT", "USD", "GBP", "EUR"])


def _named_currency(text: str, at: int) -> tuple[FigureKind, str, float, int] | None:
    m = _NATIONALITY.match(text, at)
    if m is None or m.group(1) not in DEMONYMS:
        return None
    low = text[m.end() : m.end() + 24].lower()
    for phrase, code, factor, exact in _currency_phrases(low):
        if low.startswith(phrase) and exact.match(low) and len(phrase) > 2:
            if code in _NAMED_ELSEWHERE:
                return None
            return "money", code, factor, m.end() + len(phrase)
    return None


_HYPHEN_PERCENT = re.compile(r"-(?:percent|per-cent|per cent)\b")


def _hyphen_unit(low: str, end: int) -> tuple[FigureKind, str, float, int] | None:
    """A unit joined to the number by a hyphen (``low`` from the hyphen on): "a 1.5-percentage-
    point increase", "a 20-percent discount", "a 49-cent stamp", "a 10-dollar note"."""
    if low.startswith("-percentage-point"):
        return "percent", "pp", 1.0, end + len("-percentage-point")
    hyphened = _HYPHEN_PERCENT.match(low)
    if hyphened is not None:  # "a 20-percent discount", "a 12-per-cent rise"
        return "percent", "%", 1.0, end + hyphened.end()
    for phrase, code, factor, exact in _currency_phrases(low, 1):
        if len(phrase) > 1 and low.startswith(phrase, 1) and exact.match(low, 1):
            return "money", code, factor, end + 1 + len(phrase)
    return None


def bare_count(raw: str, scaled: bool, before: str = "") -> bool:
    """A number with no unit or noun that is still a figure: "1.41 million", "rose 32,000 to",
    "closed up 23 points to 6661.89" (a scale word, thousands separators, or a decimal level
    after "to"/"at"/"from"; a bare "12" could be anything)."""
    return (
        scaled
        or "," in raw
        # (a level below one is a ratio or an index, no count: "the Gini fell to 0.431")
        or ("." in raw and before in ("to", "at", "from") and not raw.startswith("0."))
    )


def balance_sign(text: str, start: int) -> int:
    """ "a balance of plus 8", "minus 10": a signed survey balance (0 when not one)."""
    word = before_word(text, start)
    return 1 if word == "plus" else -1 if word == "minus" else 0


def prefix_word_currency(text: str, start: int) -> str | None:
    m = PREFIX_WORDS.search(text, max(0, start - 24), start)
    if m is None or m.end() != start:
        return None
    key = (m.group("land") or m.group("other") or "").lower()
    return PREFIX_WORD_CODES.get(key)
