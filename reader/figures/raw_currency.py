"""Which currency a scanned amount is in when its words name several: "pesos", "crowns",
"shillings" and "CFA francs" by the country the text names, "dollars" and "cents" by the
currency the sentence (else the story, last) wrote, else the story's home currency
(home_currency.py), else US; a bare "$" in a story set in a dollar country other than the US
is that country's dollar (home_currency.py); a plain "R6,500" is rand in a
South African story; a country's letters ("P3 billion", "K2.1 billion") are its currency
where the text names it (country_letters.py); a rate "32.45 to the US dollar" is in the currency the clause names per
the quoted one (rates.py).
"""

from __future__ import annotations

import re

from reader.figures.country_letters import MARK as LETTERS_MARK
from reader.figures.country_letters import settle_letters
from reader.figures.home_currency import home_cents, home_dollar
from reader.figures.home_pounds import home_pound, home_word_pound
from reader.figures.local_currency import LOCAL_CURRENCIES, local_currency
from reader.figures.patterns import CENT_CODES, DOLLAR_CODES
from reader.figures.rand import PLAIN_RAND, settle_rand
from reader.figures.rates import RATE, settle_rate
from reader.figures.raw import Raw


def settle_currencies(raws: list[Raw], text: str, story: str, currency: str | None) -> list[Raw]:
    """``raws`` with their currencies settled (``story`` as far as the scan reads it); a
    plain "R" amount outside a South African story is dropped (rand.py)."""
    if any(raw.unit == PLAIN_RAND for raw in raws):
        for raw in raws:
            raw.unit = settle_rand(raw.unit, text, (raw.start, raw.end), story, currency)
        raws = [raw for raw in raws if raw.kind != "money" or raw.unit is not None]
    if any(raw.unit is not None and raw.unit.startswith(LETTERS_MARK) for raw in raws):
        for raw in raws:  # "P3 billion" in a Manila story (country_letters.py)
            raw.unit = settle_letters(raw.unit, text, story)
        raws = [raw for raw in raws if raw.kind != "money" or raw.unit is not None]
    if any(raw.unit == "GBP" for raw in raws):
        _pounds_weighed(raws, text, story)
        _home_pounds(raws, text, story)
    for raw in raws:  # (first: the cents after them borrow their dollar)
        if raw.unit == "USD" and text.startswith("$", raw.start):
            # a Winnipeg paper's "$2.1 billion"; "shares fell 12% to $1.04 on the NZX": the
            # exchange's dollar, though the story marks its own ("NZ$41 million") elsewhere
            raw.unit = home_dollar(story) or _exchange_dollar(text) or "USD"
    rate: Raw | None = None
    for raw in raws:
        if raw.unit is not None and raw.unit.startswith(RATE):  # "32.45 to the US dollar"
            raw.unit = settle_rate(raw.unit, text, raw.start, story, currency)
            rate = raw if raw.unit is not None else rate
        elif rate is not None and earlier_level(text, raw, rate):
            raw.kind, raw.unit = "other", rate.unit  # "..., from 32.61"
        if raw.unit in LOCAL_CURRENCIES:  # "pesos", "crowns", "shillings", "CFA francs"
            fils = raw.unit == "FILS"
            raw.unit = local_currency(raw.unit, text, story, currency)
            if fils and raw.unit == "AED":
                raw.value *= 10  # the dirham's fils are hundredths, a dinar's thousandths
        elif (
            raw.unit == "CENT"
            and _EURO_CENT.search(text, raw.start, raw.end)
            and _EURO.search(story)
        ):
            raw.unit = "EUR"  # "38 cent a therm" in a story of euros: a euro's cents
        elif raw.unit in ("DOLLAR", "CENT"):
            codes = DOLLAR_CODES if raw.unit == "DOLLAR" else CENT_CODES
            local = next((r.unit for r in raws if r.unit in codes), currency)
            home = home_dollar(story) if raw.unit == "DOLLAR" else home_cents(story)
            raw.unit = local if local in codes else home or "USD"
    return raws


# a dollar country's stock exchange named in the sentence
_EXCHANGES = {"NZX": "NZD", "ASX": "AUD", "TSX": "CAD", "TSXV": "CAD", "SGX": "SGD", "HKEX": "HKD"}
_EXCHANGE = re.compile(r"\b(?:on|in|at) (?:the )?(" + "|".join(_EXCHANGES) + r")\b", re.I)


def _exchange_dollar(text: str) -> str | None:
    """The dollar of the exchange a sentence trades on ("... to $1.04 on the NZX", in lower
    case too), else None."""
    m = _EXCHANGE.search(text) if "x" in text.lower() else None
    return _EXCHANGES[m.group(1).upper()] if m is not None else None


# a cent written in the singular after a number, as Irish and euro-area English writes a euro's
# hundredths ("38 cent a therm"; a dollar's are "38 cents")
_EURO_CENT = re.compile(r"\d cent\b")
_EURO = re.compile(r"\u20ac|\beuros?\b|\bEUR\b", re.I)


# "21.4 million pounds of live lobster", "1.6 million pounds of milk a day": pounds of a
# stuff are a weight (not "£10 million pounds of funding": a sum's words after it)
_WEIGHED = re.compile(
    r"\d(?:[\d.,]*)(?: (?:thousand|million|billion))? pounds of (?:the |its |their |live |raw )?"
    r"(?P<np>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2})"
)
_MONEY_WORDS = frozenset(
    ["money", "funding", "funds", "investment", "investments", "cash", "debt", "debts",
     "savings", "revenue", "revenues", "sales", "cuts", "spending", "taxpayers", "taxpayer",
     "public", "support", "grant", "grants", "loan", "loans", "damage", "damages",
     "compensation", "profit", "profits", "loss", "losses", "budget", "fees", "income",
     "assets", "capital", "aid", "subsidies", "subsidy", "government", "lottery", "donations",
     "bonds", "shares", "stock", "equity", "new", "extra", "additional", "his", "her", "our",
     "your", "my", "which", "that", "this", "these", "those", "what", "whom"]
)  # fmt: skip


def _pounds_weighed(raws: list[Raw], text: str, story: str) -> None:
    """In a sentence that weighs a stuff in pounds ("shipped 21.4 million pounds of lobster"),
    or a story with no sterling that prices a stuff by the pound ("US$74.20 per pound": "sold
    12.9 million pounds" there), every amount written in the word "pounds" is a weight, not
    sterling (in place). (A story weighing crab may still pay a player in pounds.)"""
    if not _weighs(text) and ("£" in story or "sterling" in story or not _story_weighs(story)):
        return
    for raw in raws:
        if raw.unit == "GBP" and raw.kind == "money" and text[: raw.end].lower().endswith("pounds"):
            raw.kind, raw.unit = "other", "pounds"


def _weighs(text: str) -> bool:
    return any(not set(m.group("np").split()) & _MONEY_WORDS for m in _WEIGHED.finditer(text))


def _story_weighs(story: str) -> bool:
    return "pound" in story and _PER_POUND.search(story) is not None


# a price by the pound in another currency: "US$74.20 per pound", "$3.10 a pound", "68 cents/lb"
_PER_POUND = re.compile(
    r"(?:[$¢]|\bcents?) ?[\d.,]*\d(?: (?:US|Canadian|Australian))?(?: per| a|/) ?(?:pound|lb)\b"
)


def _home_pounds(raws: list[Raw], text: str, story: str) -> None:
    """Sums written "£" in a story set where the pound is another's own (a Gibraltar paper's
    "fined £18,500": ``home_pounds.home_pound``) are in that pound, and so are sums written
    in the word "pounds" where another pound's country leads the story ("300 million pounds" in
    a Cairo paper: ``home_word_pound``) (in place)."""
    sign = home_pound(story)
    word = home_word_pound(story)
    if sign is None and word is None:
        return
    for raw in raws:
        if raw.unit != "GBP" or raw.kind != "money":
            continue
        if sign is not None and text.startswith("£", raw.start):
            raw.unit = sign
        elif word is not None and text[: raw.end].lower().endswith(("pounds", "pound")):
            raw.unit = word


_FROM = re.compile(r"\bfrom (?:about |around )?$")
_NEAR = 0.2  # an earlier level of the rate is within a fifth of it


def earlier_level(text: str, raw: Raw, rate: Raw) -> bool:
    """Whether a bare number ``raw`` is the level ``rate`` moved from ("from 32.61")."""
    if raw.kind != "count" or raw.unit is not None:
        return False
    near = abs(raw.value - rate.value) <= _NEAR * abs(rate.value)
    return near and _FROM.search(text, max(0, raw.start - 14), raw.start) is not None
