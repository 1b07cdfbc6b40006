"""An exchange rate written as a bare number: "The baht strengthened to 32.45 to the US
dollar, from 32.61", "the shilling was steady at 129.3 to the dollar". Its unit names both
currencies, the one the clause is about per the one it is quoted against ("THB per USD").

The scanner marks such a number with the quoted currency (``RATE`` + code);
``settle_rate`` finds the currency named before it in the sentence. A bare "from N" after
the rate, near its value, is the rate it moved from.
"""

from __future__ import annotations

import re

from reader.figures.local_currency import LOCAL_CURRENCIES, local_currency
from reader.figures.patterns import SUFFIX_CURRENCY

RATE = "RATE "
# the currency a rate is quoted against: "to the US dollar", "against the euro"
QUOTED = re.compile(
    r" (?:(?:to|against) (?:the|one|a|each|every) |per (?:(?:the|one|a) )?)(?:US |U\.S\. )?"
    r"(?P<cur>dollar|euro|pound|yen|yuan|greenback)\b"
)
_QUOTED_CODES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound": "GBP",
                 "yen": "JPY", "yuan": "CNY"}  # fmt: skip
# currency names as written in words, longest first ("the dollar" alone names no country's)
_NAMES = {p: code for p, code, factor in SUFFIX_CURRENCY if factor == 1.0 and len(p) > 3}
_NAMES.update({"sterling": "GBP", "pound": "GBP", "euro": "EUR", "yen": "JPY"})
# (the won is named with its article: "won" alone is a verb)
_NAMES["the won"] = "KRW"
_NAMED = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True)) + r")\b", re.I
)
_RATE_UNIT = re.compile(r"[A-Z]{3} per [A-Z]{3}")


def quoted(text: str, end: int) -> str | None:
    """``RATE`` + the quoted currency's code for a number followed by "to the dollar"."""
    m = QUOTED.match(text, end)
    return None if m is None else RATE + _QUOTED_CODES[m.group("cur")]


# a rate written with its currency's sign, quoted against the dollar with a slash: "N1,462/$"
_SLASH_DOLLAR = re.compile(r"/(?:US)?\$(?![\d\w])")


# the currency a sentence quotes, named as its subject right before the sum: "The dollar was
# quoted at R$5.41", "the euro traded at 1.0850 Swiss francs"
_QUOTED_SUBJECT = re.compile(
    r"\bthe (?:US |U\.S\. )?(?P<cur>dollar|euro|pound|greenback|yen|yuan)(?: was| is)?"
    r" (?:quoted|traded|trading|closed|ended|stood|fetched|bought|changed hands)"
    r"(?: \w+){0,2} (?:at|for) $",
    re.I,
)


def marked_rate(code: str, text: str, end: int, start: int = -1) -> str | None:
    """ "NGN per USD" for a sum in a currency of its own quoted against another: "₦1,528 to the
    dollar", "GH¢10.85 to the dollar", "N1,462/$", "The dollar was quoted at R$5.41" (the sum's
    ``start`` given); None for anything else, and for a dollar sum (a bare "$" may be the
    story's own dollar, which the scan cannot tell yet) but one quoted per another currency
    after "the dollar" ("If the dollar weakened to $1.25 per euro")."""
    if len(code) != 3 or not code.isupper():
        return None
    before = text[max(0, start - 60) : start] if start >= 0 else ""
    m = QUOTED.match(text, end)
    quote = None if m is None else _QUOTED_CODES[m.group("cur")]
    if code == "USD":
        if quote in (None, "USD") or "dollar" not in before.lower():
            return None
        return f"USD per {quote}"
    if _SLASH_DOLLAR.match(text, end):
        return f"{code} per USD"
    if quote is None and (subject := _QUOTED_SUBJECT.search(before)) is not None:
        quote = _QUOTED_CODES[subject.group("cur").lower()]
    return None if quote is None or quote == code else f"{code} per {quote}"


def settle_rate(
    unit: str, text: str, start: int, story: str, written: str | None = None
) -> str | None:
    """ "THB per USD": the last currency named before the rate at ``start``, per the quoted
    one; None when the sentence names none (or only the quoted one, or a plain dollar). A
    name several countries use ("pesos") is the one the story has ``written`` ("Ch$298"),
    else the country's it names (``local_currency``)."""
    quote = unit[len(RATE) :]
    names = [m.group(1).lower() for m in _NAMED.finditer(text, 0, start)]
    codes = [_NAMES[n] for n in names]
    codes = [local_currency(c, text, story, written) if c in LOCAL_CURRENCIES else c for c in codes]
    codes = [c for c in codes if c not in ("DOLLAR", quote) and len(c) == 3]
    return f"{codes[-1]} per {quote}" if codes else None


def is_rate(unit: str | None) -> bool:
    """Whether ``unit`` is a settled exchange rate's ("THB per USD"): no later bare number
    takes it but the level it moved from (``raw_currency.earlier_level``)."""
    return unit is not None and _RATE_UNIT.fullmatch(unit) is not None


def rate_currency(unit: str, text: str, start: int) -> str | None:
    """The currency a settled rate at ``start`` is quoted for, as the sentence names it
    ("the shilling traded at 129.4 to the dollar" → "shilling"): the last currency name
    before the rate that is not the one it is quoted against; None when there is none."""
    quote = unit[-3:]
    names = [m.group(1) for m in _NAMED.finditer(text, 0, max(0, start))]
    names = [n for n in names if _NAMES[n.lower()] not in (quote, "DOLLAR")]
    return names[-1] if names else None
