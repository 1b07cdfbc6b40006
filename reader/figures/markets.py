"""Traded things that own their prices: commodities, fuels and currencies.

A market report's figures are often no firm's: "Copper prices rose 2.4% to $9,615 a tonne",
"Jet fuel prices have dropped about 15%", "The pound rose 0.3% against the dollar", "Brent
crude fell 1.1% and gold added 0.5%". The thing traded is the owner (``whose.subject_of``),
not the story's firm nor the index the report opened with.
"""

from __future__ import annotations

import re

from reader.figures.gate import led

COMMODITY_WORDS = (
    r"gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|tin|lead|"
    r"iron ore|crude|brent|wti|natural gas|wheat|corn|soybeans?|coffee|cocoa|sugar|cotton|"
    r"bitcoin|lithium|uranium|oil|jet fuel|diesel|petrol|gasoline"
)
COMMODITY = led(rf"\b({COMMODITY_WORDS})\b", re.I)
# a currency named as a clause's subject: "The pound rose 0.3%", "the Australian dollar fell"
# (not "rand", "real", "won": words of other meanings)
_CURRENCY = re.compile(
    r"(?:[A-Z][a-z]+ |U\.?S\.? )?(?:pound|sterling|dollar|euro|yen|yuan|renminbi|krone|krona|"
    r"franc|rupee|rouble|ruble|peso|lira|zloty|ringgit|baht|rupiah|shekel|forint)",
    re.I,
)
# a commodity measure phrase: "Copper prices", "jet fuel price", "Gold futures"
_PRICED = re.compile(rf"(?:{COMMODITY_WORDS})(?: (?:spot|futures|prices?))?", re.I)
# "... and gold added 0.5%": the commodity of a clause coordinated with "and" before the figure
_AND_TRADED = led(
    rf"\band (?:the )?((?:{COMMODITY_WORDS})(?: prices?)?|{_CURRENCY.pattern})"
    r" [a-z]+(?: (?:by|to|about|around|almost|nearly|some))? $",
    re.I,
)


# "raised their Brent forecast for the second quarter to $90": the commodity forecast
_FORECAST_OF = led(
    rf"\b(?:their|its|his|her|the) (?:average |year-end |price )?((?:{COMMODITY_WORDS})"
    r"(?: crude)?) (?:price )?(?:forecasts?|estimates?|targets?|outlook)\b[^,;.]{0,40}$",
    re.I,
)


def forecast_of(text: str, start: int) -> str | None:
    """The commodity whose forecast the figure gives ("cut their average brent forecast for
    next year to $80"), else None."""
    m = _FORECAST_OF.search(text, max(0, start - 90), start)
    return m.group(1) if m is not None else None


def currency_owner(clause: str) -> str | None:
    """The currency a clause's subject is ("pound", "Australian dollar"), else None."""
    return clause if _CURRENCY.fullmatch(clause) else None


def traded_measure(words: str) -> bool:
    """Whether the words before a measure name a commodity ("Copper", "jet fuel")."""
    return _PRICED.fullmatch(words.strip()) is not None


def coordinated_traded(text: str, start: int) -> str | None:
    """The commodity or currency of an "and" clause right before the figure ("Brent fell 1.1%
    and gold added 0.5%": gold), else None."""
    m = _AND_TRADED.search(text, max(0, start - 50), start)
    return m.group(1) if m is not None and m.end() == start else None


# a share index: "FTSE 100", "Dow Jones", "Nikkei 225", "the Stoxx 600", "the Kospi index"
_INDEX = re.compile(
    r"(?:FTSE|Dow|Dow Jones|S&P|S&P/ASX|Nasdaq|Nikkei|DAX|CAC|Stoxx|Euro Stoxx|Hang Seng|Sensex|"
    r"Nifty|Kospi|Topix|ASX|TSX|Ibex|Shanghai Composite|All Ordinaries)(?: \d+)?"
)
_INDEX_AFTER = re.compile(r"(?: \d+)? (?:index|Index|average|Average|benchmark)\b")


def is_index(name: str, text: str, at: int) -> bool:
    """Whether ``name`` (written at ``at`` in ``text``) is a share index, which reports a
    market's figures and owns no firm's: "London's FTSE 100 index fell 0.8%"."""
    return _INDEX.fullmatch(name) is not None or (
        _INDEX_AFTER.match(text, at + len(name)) is not None
    )
