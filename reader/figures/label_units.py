"""A results line whose label gives the unit of its numbers: "Revenue, PLN m: 1,462.3
(1,098.6)", "Net profit (EUR m): 287.4 (203.0)", "Operating profit (£m): 41.2". A results
table pasted as text writes its cells so, as bare numbers under a label that says they are
money in a currency and a scale; read alone they would be counts (or nothing, for "287.4").
One look per sentence, only at a line that opens on such a label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from reader.figures.currencies import LETTERS_AFTER, SYMBOLS, code_currency
from reader.figures.local_currency import LOCAL_CURRENCIES, local_currency
from reader.figures.patterns import PREFIX_CURRENCY, SCALES
from reader.figures.raw import Raw
from reader.model import Figure

# a currency's own sign: "$", "£", "€", "¥", "₹", "₩" and the signs of ``SYMBOLS`` ("₦ million
# unless stated" over a Lagos firm's table)
SIGN_CLASS = "[" + re.escape("$\u00a3\u20ac\u00a5\u20b9\u20a9" + "".join(SYMBOLS)) + "]"
# a row label's own unit that is the currency's hundredths, by its name: "(cents)", "(c)",
# Nigeria's "(kobo)", Malaysia's "(sen)", India's "(paise)", "(pence)", "(p)"
MINOR_UNIT = re.compile(r"\((?:cents?|c|kobo|sen|paise|pence|p)\)\s*:?\s*$", re.I)
# how much of a story's start a caption's rupee is read against (``story_opening``)
OPENING_SENTENCES = 8


def story_opening(sentences: Sequence[str]) -> str:
    """The story's opening, where a rupee's country is named ("the Colombo-listed maker"): the
    ``story`` ``caption_unit`` reads for a caption over a results box or a table."""
    return "\n".join(sentences[:OPENING_SENTENCES])


# the scales a results table's label writes that a figure's own text does not
_LABEL_SCALES = {"000": 1e3, "'000": 1e3, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
                 "crores": 1e7, "cr": 1e7, "lakhs": 1e5}  # fmt: skip
# a label of a few words, then its unit after a comma or in brackets ("Revenue, PLN m",
# "Net profit (EUR m)", "Revenue (£m)", "Sales, $ million"), then a colon or the figures
# (or in a currency alone, in brackets: "EPS (Rs): 9.46 (8.16)"; India's press counts in
# crore and lakh: "Revenue (Rs crore): 1,284.6")
_LABEL_UNIT = re.compile(
    r"^\s*[A-Z][A-Za-z'\u2019&/ -]{1,50}?"
    r"(?P<unit>(?:,\s*|\s*(?P<bracket>\())(?P<cur>[A-Z]{1,3}\$|[A-Z]{3}|Rs\.?|"
    + SIGN_CLASS
    + r")\s?"
    r"(?P<scale>k|'?000|thousands?|m|mn|mln|millions?|bn|bln|billions?|crores?|lakhs?|cr)?"
    r"(?(scale)\)?|(?(bracket)\)|(?!)))\s*(?P<colon>:?))\s+(?=[-+(]?\d)"
)


class LabelUnit(NamedTuple):
    """What a results line's label says of its numbers, and where: ``code`` and ``scale``,
    the label's own words end at ``label_end``, its figures start at ``end``; ``colon``: the
    unit closes on a colon ("Revenue, PLN m: 1,462.3")."""

    code: str
    scale: float
    label_end: int
    end: int
    colon: bool


def label_unit(text: str, currency: str | None, story: str = "") -> LabelUnit | None:
    """What a results line's label says of its numbers' unit (module doc), else None. A bare
    "$" is the story's dollar when it has one, else USD; "Rs" the rupee of the story's last
    written one or of the country the line, else the ``story``, names ("Rs. million" over a
    Colombo firm's table: Sri Lanka's)."""
    m = _LABEL_UNIT.match(text)
    if m is None:
        return None
    cur = m.group("cur")
    if cur == "$":
        code: str | None = currency if currency and currency.endswith("D") else "USD"
    elif cur in PREFIX_CURRENCY:
        code = PREFIX_CURRENCY[cur]  # £ € ¥ ₹
    else:
        code = code_currency(cur, True)
    if code is None:
        return None
    if code in LOCAL_CURRENCIES:  # "Rs": which rupee, by the country named (India's else)
        code = local_currency(code, text, story or text, currency)
    unit = m.group("scale")
    scale = 1.0 if unit is None else SCALES.get(unit) or _LABEL_SCALES[unit]
    return LabelUnit(code, scale, m.start("unit"), m.end(), bool(m.group("colon")))


# a bare number in a results line's cells ("287.4", "(203.0)", "-12.5")
_CELL = re.compile(r"(?<![\w.,])[-+]?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w%.,]|\.\d)")


def labelled_units(text: str, raws: list[Raw], currency: str | None, story: str = "") -> None:
    """Each bare number after such a label (a count with no unit or scale of its own, or a
    plain decimal the scan leaves alone) is money in the label's currency and scale."""
    found = label_unit(text, currency, story)
    if found is None:
        return
    code, scale, end = found.code, found.scale, found.end
    for raw in raws:
        if raw.start >= end and raw.kind == "count" and raw.unit is None and not raw.scale:
            raw.kind, raw.unit, raw.value, raw.weak = "money", code, raw.value * scale, False
    taken = [(r.start, r.end) for r in raws]
    for m in _CELL.finditer(text, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        value = float(m.group(0).replace(",", "").lstrip("+"))
        raws.append(Raw(m.start(), m.end(), "money", value * scale, code))
    raws.sort(key=lambda r: r.start)


# a table's caption that gives its cells' unit: "First-half results, ¥ million unless stated",
# "Key figures (SEK m)", "Group results, EUR million"
_CAPTION_UNIT = re.compile(
    r"(?:^|[\s(,])(?P<cur>[A-Z]{1,3}\$|[A-Z]{3}|TL|Ft|Rs\.?|"
    + SIGN_CLASS
    + r")\s?(?P<scale>k|'?000|"
    r"thousands?|m|mn|mln|millions?|bn|bln|billions?|crores?|lakhs?|cr)(?:\)|,|;|\.|\s+unless\b|\s*$)"
)


def caption_unit(text: str, currency: str | None, story: str = "") -> tuple[str, float] | None:
    """The currency and scale a table's caption says its cells are in, else None (a rupee's
    by the country the ``story`` names: ``label_unit``)."""
    m = _CAPTION_UNIT.search(text)
    if m is None:
        return None
    cur, scale = m.group("cur"), m.group("scale")
    if cur in LETTERS_AFTER:  # "TL million": the lira as Turkey's press writes it
        return LETTERS_AFTER[cur], SCALES.get(scale) or _LABEL_SCALES[scale]
    found = label_unit(f"Cells, {cur} {scale}: 1", currency, story or text)
    return (found.code, found.scale) if found is not None else None


# a bare number, as a results line's or table's cell writes it: "148,620", "-4.8", "287.4"
_BARE_NUMBER = re.compile(r"[-+\u2212]?\d{1,3}(?:,\d{3})*(?:\.\d+)?|[-+\u2212]?\d+(?:\.\d+)?")


def money_in(f: Figure, unit: tuple[str, float]) -> Figure:
    """A count written as a bare number (no noun, no scale: "148,620") read as money in
    ``unit`` (a currency and a scale, ``caption_unit``'s); any other figure as it was."""
    if f.kind != "count" or f.unit is not None or _BARE_NUMBER.fullmatch(f.surface) is None:
        return f
    code, scale = unit
    return replace(f, kind="money", unit=code, value=f.value * scale)
