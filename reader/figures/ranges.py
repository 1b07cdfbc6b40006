"""The ranges the number scan (``scan``) reads: "2-3%", "5 to 6 percent", "between 140,000 and
145,000 cars", "$20-30bn", "$24-$26"; both ends of a range as figures. Split out of ``scan`` by
what they hold.
"""

from __future__ import annotations

import re

from reader.figures.patterns import SCALES
from reader.figures.raw import Raw
from reader.figures.words import count_unit, kind_of_count, number, unit_after

# (the scales of South Asia's press too: "₹2,000-3,000 crore", "5-6 lakh")
_RANGE_TAIL = re.compile(
    r"(?:-|–| to | and )(?P<num>\d[\d,]{0,12}(?:\.\d{1,6})?)"
    r"(?:[ ]?(?P<scale>trillion|billion|million|lakh crore|crore|lakh|bn|bln|tn|trn|mn|mln|m)\b)?"
)

_MONEY_TAIL = re.compile(
    r"(?P<sep>-|–| to )(?P<cur>US\$|HK\$|A\$|\$|€|£|¥|₹)?(?P<num>\d[\d,]{0,12}(?:\.\d{1,6})?)"
    r"(?![\d,])"
    r"(?:[ ]?(?P<scale>trillion|billion|million|lakh crore|crore|lakh|bn|bln|tn|trn|mn|mln|m)\b)?"
)


def number_range(text: str, start: int, end: int, value: float, scaled: bool = False) -> list[Raw]:
    """ "2-3%", "5 to 6 percent", "20-30bn rupiah", "232,000-238,000 boe a day": both ends take
    the far end's unit (and scale), for percentages, money and measures."""
    m = _RANGE_TAIL.match(text, end)
    if m is None:
        return []
    unit = unit_after(text, m.end())
    far = number(m.group("num"))
    if far is None:
        return []
    if m.group(0).startswith(" and ") and not text[max(0, start - 8) : start].endswith("between "):
        return []  # only "between 140,000 and 145,000 cars" is a range
    dashed = m.group(0)[:1] in ("-", "\u2013")
    scale = SCALES[m.group("scale")] if m.group("scale") else 1.0
    if unit is None and (not dashed or far > value):
        # "30 to 40 top firms", "9,000-10,000 trucks", "2.35 million to 2.45 million ounces"
        noun = count_unit(text, m.end())
        if noun is None or (m.group("scale") and not scaled and value >= far):
            return []  # ("rose 32,000 to 1.41 million" is a change and a level)
        stop = text.find(noun, m.end()) + len(noun)
        kind = kind_of_count(noun)
        near = value if scaled or "," in text[start:end] else value * scale
        return [
            Raw(start, end, kind, near, noun),
            Raw(m.start("num"), stop, kind, far * scale, noun),
        ]
    if unit is None or unit[0] not in ("percent", "money", "other"):
        return []  # (a measure's too: "232,000-238,000 boe a day", "between 4 and 5 tonnes")
    kind, code, factor, stop = unit
    return [
        Raw(start, end, kind, value * (1.0 if scaled else scale) * factor, code),  # "2bn to 3bn"
        Raw(m.start("num"), stop, kind, far * scale * factor, code),
    ]


def money_range(text: str, near: Raw, cur: str, scaled: bool) -> list[Raw]:
    """ "$20-30bn", "$1.3 to $1.5bn", "$40-40.25": the near end takes the far end's scale;
    a far end without its own currency sign is read here (the scanner skips "-40.25")."""
    m = _MONEY_TAIL.match(text, near.end)
    if m is None or (m.group("cur") and m.group("cur") != cur):
        return []
    far = number(m.group("num"))
    if far is None:
        return []
    if m.group("scale") and not scaled:
        near.value *= SCALES[m.group("scale")]
    scale = SCALES[m.group("scale")] if m.group("scale") else 1.0
    if m.group("cur"):
        if m.group("sep") == " to ":
            return []  # "$1.3 to $1.5bn": the scanner reads the far end itself
        # "$24-$26": the scanner skips a sign glued to a dash, so read it here
        return [Raw(m.start("cur"), m.end(), "money", far * scale, near.unit)]
    if not m.group("scale") and scaled:
        return []  # "$2bn-3" is not a range we can read
    return [Raw(m.start("num"), m.end(), "money", far * scale, near.unit)]
