"""A results line whose label gives the unit of its numbers: "Revenue, PLN m: 1,462.3
(1,098.6)", "Net profit (EUR m): 287.4 (203.0)", "Operating profit (£m): 41.2". A results
table pasted as text writes its cells so, as bare numbers under a label that says they are
money in a currency and a scale; read alone they would be counts (or nothing, for "287.4").
One look per sentence, only at a line that opens on such a label.
"""

from __future__ import annotations

import re

from reader.figures.currencies import code_currency
from reader.figures.scan import Raw

_SYMBOL = {"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
_SCALE = {"k": 1e3, "000": 1e3, "'000": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6,
          "mln": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "bln": 1e9, "billion": 1e9,
          "billions": 1e9}  # fmt: skip
# a label of a few words, then its unit after a comma or in brackets ("Revenue, PLN m",
# "Net profit (EUR m)", "Revenue (£m)", "Sales, $ million"), then a colon or the figures
_LABEL_UNIT = re.compile(
    r"^\s*(?:[-*\u2022]\s+)?[A-Z][A-Za-z'\u2019&/ -]{1,50}?"
    r"(?:,\s*|\s*\()(?P<cur>[A-Z]{3}|[$£€¥₹])\s?(?P<scale>k|'?000|thousand|m|mn|mln|million|"
    r"millions|bn|bln|billion|billions)\)?\s*:?\s+(?=[-+(]?\d)"
)


def label_unit(text: str, currency: str | None) -> tuple[str, float, int] | None:
    """The currency, scale and end of a results line's label that gives its numbers' unit
    (module doc), else None. A bare "$" is the story's dollar when it has one, else USD."""
    if not text[:1].isalpha() and not text.lstrip()[:1].isalpha():
        return None
    m = _LABEL_UNIT.match(text)
    if m is None:
        return None
    cur = m.group("cur")
    if cur == "$":
        code: str | None = currency if currency and currency.endswith("D") else "USD"
    elif cur in _SYMBOL:
        code = _SYMBOL[cur]
    else:
        code = code_currency(cur, True)
    if code is None:
        return None
    return code, _SCALE[m.group("scale")], m.end()


# a bare number in a results line's cells ("287.4", "(203.0)", "-12.5")
_CELL = re.compile(r"(?<![\w.,])[-+]?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w%.,]|\.\d)")


def labelled_units(text: str, raws: list[Raw], currency: str | None) -> None:
    """Each bare number after such a label (a count with no unit or scale of its own, or a
    plain decimal the scan leaves alone) is money in the label's currency and scale."""
    found = label_unit(text, currency)
    if found is None:
        return
    code, scale, end = found
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
