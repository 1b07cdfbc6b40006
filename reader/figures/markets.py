"""Traded things that own their prices: commodities, fuels and currencies.

A market report's figures are often no firm's: "Copper prices rose 2.4% to $9,615 a tonne",
"Jet fuel prices have dropped about 15%", "The pound rose 0.3% against the dollar", "Brent
crude fell 1.1% and gold added 0.5%". The thing traded is the owner (``whose.subject_of``),
not the story's firm nor the index the report opened with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.context import clause_start
from reader.figures.gate import Gated, led
from reader.figures.rates import is_rate, quoted, rate_currency
from reader.figures.sentence_groups import sentence_of
from reader.figures.surface import surface_at
from reader.model import Figure

COMMODITY_WORDS = (
    r"gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|tin|lead|"
    r"iron ore|crude|brent|wti|natural gas|wheat|corn|soybeans?|coffee|cocoa|sugar|cotton|"
    r"bitcoin|lithium|uranium|oil|jet fuel|diesel|petrol|gasoline"
)
# a commodity's name, said anyhow ("copper", "jet fuel"); ``topics.COMMODITY_MOVE`` asks
# more: a commodity that moved ("gold rose"), from a shorter list (no fuels, "tin", "lead")
COMMODITY_NOUN = led(rf"\b({COMMODITY_WORDS})\b", re.I)
# a currency named as a clause's subject: "The pound rose 0.3%", "the Australian dollar fell",
# "The tugrik has weakened 4.8%"; names that are also other words or names ("rand", "dong")
# only as written in lower case ("The rand firmed 1.3%", not "Rand Water"; not "real" nor
# "won", whose words are commoner)
_CURRENCY = re.compile(
    r"(?:[A-Z][a-z]+ |U\.?S\.? )?(?:pound|sterling|dollar|euro|yen|yuan|renminbi|krone|krona|"
    r"franc|rupee|rouble|ruble|peso|lira|zloty|ringgit|baht|rupiah|shekel|forint|naira|cedi|"
    r"shilling|tugrik|togrog|kwacha|dinar|dirham|riyal|rial|taka|tenge|hryvnia|lari|manat|leu|"
    r"koruna|birr|kwanza|boliviano|guarani|lempira|quetzal|rufiyaa|pula|metical|ariary|kyat|"
    r"riel|somoni|(?-i:rand|dong|kip|kina))",
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
_FORECAST_OF = Gated(  # (gate.py: a text without the forecast's noun is not searched)
    led(
        rf"\b(?:their|its|his|her|the) (?:average |year-end |price )?((?:{COMMODITY_WORDS})"
        r"(?: crude)?) (?:price )?(?:forecasts?|estimates?|targets?|outlook)\b[^,;.]{0,40}$",
        re.I,
    ),
    ("forecast", "estimate", "target", "outlook"),
)


def forecast_of(text: str, start: int) -> str | None:
    """The commodity whose forecast the figure gives ("cut their average brent forecast for
    next year to $80"), else None."""
    m = _FORECAST_OF.search(text, max(0, start - 90), start)
    return m.group(1) if m is not None else None


def currency_owner(clause: str) -> str | None:
    """The currency a clause's subject is ("pound", "Australian dollar"), else None."""
    return clause if _CURRENCY.fullmatch(clause) else None


# what a currency does when a figure is its own: it moves or trades ("The rand firmed 1.3%",
# "the tugrik has weakened 4.8% against the dollar since January, to ₮3,612", "The pound
# rose 0.4% to $1.27", "a weaker shilling, which has lost 6.5 percent"; not "the weaker kina
# had cut its costs by US$4 million")
_MOVED = re.compile(
    r"(?:,? (?:which|that))?\s+(?:has |had |have |was |is |had been |has been )?(?:\w+ly )?"
    r"(?:ro[sc]e|risen|rises|fell|fallen|falls|weaken\w*|strengthen\w*|firm\w*|gain\w*|lost|"
    r"los(?:es|ing)|slipp?\w*|sli[dp]\w*|dropp?\w*|declin\w*|climb\w*|jump\w*|tumbl\w*|plung\w*|"
    r"sank|sunk|edg\w+|trad\w+|end(?:ed|s)?|clos\w+|stood|stands?|depreciat\w*|appreciat\w*|"
    r"recover\w*|rall\w+|eas\w+|advanc\w*|retreat\w*|surg\w*|soar\w*|touch\w*|hit|reach\w*|"
    r"was|is)\b(?:[^;.]|\.(?=\d))*$"
)


def currency_moved(text: str, clause: str, start: int) -> bool:
    """Whether the currency ``clause`` names moves or trades in the words before the figure
    at ``start`` (``_MOVED``): the figure is the currency's own."""
    at = text.lower().rfind(clause.lower(), max(0, start - 120), start)
    return at >= 0 and _MOVED.match(text, at + len(clause), start) is not None


def traded_measure(words: str) -> bool:
    """Whether the words before a measure name a commodity ("Copper", "jet fuel")."""
    return _PRICED.fullmatch(words.strip()) is not None


# a traded thing named before its commodity: "Dutch TTF gas", "Brent crude", "Comex gold"
_TRADED_AFTER = re.compile(rf" (?:{COMMODITY_WORDS}|gas|power)\b", re.I)


def traded_name(name: str, text: str) -> bool:
    """Whether ``name``, as ``text`` first writes it, is a commodity, a share index or a
    benchmark traded on a market ("Bitcoin", "Dutch TTF gas", "the FTSE 100"): no firm that
    "it" or "the company" in the next sentence can mean."""
    if COMMODITY_NOUN.fullmatch(name) is not None:
        return True
    at = text.find(name)
    return at >= 0 and (
        is_index(name, text, at) or _TRADED_AFTER.match(text, at + len(name)) is not None
    )


def coordinated_traded(text: str, start: int) -> str | None:
    """The commodity or currency of an "and" clause right before the figure ("Brent fell 1.1%
    and gold added 0.5%": gold), else None."""
    m = _AND_TRADED.search(text, max(0, start - 50), start)
    return m.group(1) if m is not None and m.end() == start else None


# a share index: "FTSE 100", "Dow Jones", "Nikkei 225", "the Stoxx 600", "the Kospi index"
INDEX_NAMES = (
    r"(?:FTSE|Dow|Dow Jones|S&P|S&P/ASX|Nasdaq|Nikkei|DAX|CAC|Stoxx|Euro Stoxx|Hang Seng|Sensex|"
    r"Nifty|Kospi|Topix|ASX|TSX|Ibex|Shanghai Composite|All Ordinaries)"
)
_INDEX = re.compile(INDEX_NAMES + r"(?: \d+)?")
_INDEX_AFTER = re.compile(r"(?: \d+)? (?:index|Index|average|Average|benchmark)\b")


def is_index(name: str, text: str, at: int) -> bool:
    """Whether ``name`` (written at ``at`` in ``text``) is a share index, which reports a
    market's figures and owns no firm's: "London's FTSE 100 index fell 0.8%"."""
    return _INDEX.fullmatch(name) is not None or (
        _INDEX_AFTER.match(text, at + len(name)) is not None
    )


# a currency's move against another: "The pound rose 0.3% against the dollar to $1.27"
_AGAINST = re.compile(
    rf"\b(?:against|versus|vs\.?) (?:the |a )?(?:{_CURRENCY.pattern})\b|\bper (?:dollar|euro)\b",
    re.I,
)
_MARKET_MEASURES = frozenset(["shares", "share price", "price"])
# a currency the sentence names by what it is, then its move: "The currency has lost 2.3%", "the
# local unit weakened 0.4%", "The onshore yuan strengthened 0.2 per cent"
_CURRENCY_MOVED = re.compile(
    r"\b[Tt]he (?:local |national |domestic |onshore |offshore )?(?:currency|unit|yuan|renminbi)"
    r" (?:has |had |have )?(?:lost|gained|fallen|risen|fell|rose|weakened|strengthened|"
    r"slipped|firmed|dropped|climbed|eased|depreciated|appreciated|slumped|jumped)"
    r"(?: by)?(?: (?:about|almost|nearly|some|more than|around|roughly))? $"
)


def market_measure(f: Figure, text: str, at: int) -> str | None:
    """What a market report's figure with no measure of its own measures, from its owner: a
    currency moved against another is an exchange rate ("The pound rose 0.3% against the
    dollar to $1.27"), and so is a number quoted in one currency per another ("129.4 to the
    dollar", whose unit is "KES per USD"), a share index's move is the index ("The FTSE 250 rose 0.2%"); else
    None. A figure whose metric is only its owner's name ("pound") counts as having none; one
    written right before "against the euro" is the rate whatever an earlier rule said."""
    owner = f.subject or ""
    bare = f.metric is None or f.metric.lower() == owner.lower()
    if bare and is_rate(f.unit):
        return "exchange rate"  # "The Kenya shilling traded at 129.4 to the dollar" (rates.py)
    if bare and f.kind == "money" and at >= 0 and quoted(text, at + len(f.surface)):
        return "exchange rate"  # "the rand weakened to R18.42 to the dollar"
    if (
        bare
        and f.kind == "percent"
        and at > 0
        and _CURRENCY_MOVED.search(text, max(0, at - 60), at)
    ):
        return "exchange rate"  # "The currency has lost 2.3% this week", "the onshore yuan rose"
    if not owner or at < 0:
        return None
    if currency_owner(owner) is not None and _AGAINST.match(text, at + len(f.surface) + 1):
        return "exchange rate"  # "The krone weakened 0.6% against the euro", whatever came before
    if currency_owner(owner) is not None and (bare or f.metric in _MARKET_MEASURES):
        clause = text[max(0, at - 90) : at + len(f.surface) + 60]
        if _AGAINST.search(clause) is not None:
            return "exchange rate"
    if currency_owner(owner) is not None and _moved_to_a_price(f, text, at):
        return "exchange rate"  # "sterling rose 0.5% to $1.2840": both the move and the rate
    # a currency's own move ("The rand firmed 1.3% on the day"; not "output across the Euro
    # zone is forecast to fall ... to 1.8%")
    currency = bare and f.kind == "percent" and currency_owner(owner) is not None
    if currency and currency_moved(text, owner, at):
        return "exchange rate"
    if (bare or f.metric in ("shares", "points")) and _index_figure(f) and _is_index_name(owner):
        return "index"
    return None


# an index as a story names its owner, in any case: "FTSE 100", "nasdaq composite", "the dow
# jones industrial average"
_INDEX_OWNER = re.compile(
    INDEX_NAMES + r"(?: \d+)?(?: (?:composite|industrial average|average|index|all-share))?",
    re.I,
)


# a move written right before the price it reached: "rose 0.5% to $1.2840"; money reached:
# "the pound fell to $1.27"
_TO_A_PRICE = re.compile(r" (?:to|at) (?:about |around )?(?:[$€£¥₹]|[A-Z]{1,3}\$)\d")
_REACHED = re.compile(r"\b(?:to|at) (?:about |around )?$")


def _moved_to_a_price(f: Figure, text: str, at: int) -> bool:
    """Whether a currency's figure is its move to a price or the price it moved to."""
    if f.kind == "percent":
        return _TO_A_PRICE.match(text, at + len(f.surface)) is not None
    bare = f.metric is None or f.metric.lower() in (f.subject or "").lower()
    return f.kind == "money" and bare and _REACHED.search(text, max(0, at - 14), at) is not None


def _index_figure(f: Figure) -> bool:
    """A move or level an index reports: a percentage, or points ("fell 52.3 points, to
    finish at 8,391.70 points"; not percentage or basis points)."""
    unit = (f.unit or "").lower()
    return f.kind == "percent" or (unit == "points" and f.kind != "money")


# an index named with a word of kind before it: "the midcap FTSE 250", "Germany's DAX"
_INDEX_AT_END = re.compile(r"(?:^|.* )" + INDEX_NAMES + r"(?: \d+)?", re.I)


def _is_index_name(owner: str) -> bool:
    return (
        _INDEX.fullmatch(owner) is not None
        or _INDEX.fullmatch(owner.upper()) is not None
        or _INDEX_AT_END.fullmatch(owner) is not None
        or _INDEX_OWNER.fullmatch(owner) is not None
    )


def market_measures(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure with the measure ``market_measure`` reads from its owner."""
    out: list[Figure] = []
    for f in figures:
        text = sentence_of(f, sentences)
        at = surface_at(f, text)
        measure = market_measure(f, text, at)
        if measure is None:
            out.append(f)
            continue
        owner = f.subject
        if is_rate(f.unit) and f.unit is not None:  # the rate is the currency's, not a firm's
            owner = rate_currency(f.unit, text, at) or owner
        elif at >= 0 and (against := quoted(text, at + len(f.surface))) is not None:
            owner = rate_currency(against, text, at) or owner  # "the rand ... R18.42 to the dollar"
        out.append(replace(f, metric=measure, measure=f.measure or f.metric, subject=owner))
    return out


# a price per unit written after money: "$7,850 a tonne", "€41.50 a megawatt hour"
_PER_UNIT = re.compile(r" (?:a|an|per) [a-z]+\b")  # matched at the figure's end
# a clause's traded thing, with the energy and farm goods whose bare names are ambiguous
# elsewhere ("gas" bills, "coal" mines) but not as the subject of a priced move
_TRADED = led(rf"\b({COMMODITY_WORDS}|gas|coal|steel|rice|rubber|urea|ammonia)\b", re.I)


def commodity_prices(figures: Sequence[Figure]) -> list[Figure]:
    """A price or a move the rules called "price" (or by the commodity's bare name, or
    nothing) in a clause whose subject is a commodity names it: "Jet fuel prices have
    dropped about 15% ... to around $720 a tonne" → jet fuel price, "Dutch TTF gas ... rose
    6% ... to €41.50 a megawatt hour" → gas price; "crude", "brent" and "wti" are oil ("crude
    oil price"). Money with no metric must be priced per
    unit, and a percentage the rules' "price" ("stockpiles of crude and gasoline, which are
    up 9%" is no price). A commodity word inside a company's name ("Pellam Oil") names none."""
    out: list[Figure] = []
    for f in figures:
        named = _commodity_of(f)
        named = _OIL.get(named, named) if named is not None else None
        out.append(f if named is None else replace(f, metric=f"{named} price"))
    return out


# oil's benchmarks and market word name the oil ("brent crude settled down $1.12": crude oil)
_OIL = {"crude": "crude oil", "brent": "brent oil", "wti": "wti oil"}


def _commodity_of(f: Figure) -> str | None:
    if f.kind not in ("money", "percent") or not f.sentence:
        return None
    metric = (f.metric or "").lower()
    if metric not in ("", "price") and _TRADED.fullmatch(metric) is None:
        return None  # a measure of its own (cheap tests first: most figures stop here)
    at = surface_at(f)
    if at <= 0:
        return None
    if not metric and (f.kind != "money" or not _PER_UNIT.match(f.sentence, at + len(f.surface))):
        return None  # a percentage needs the rules' "price"; money with none, a unit price
    found = list(_TRADED.finditer(f.sentence, clause_start(f.sentence, at), at))
    if not found:
        return None
    word = found[-1].group(1)
    if metric not in ("", "price", word.lower()):
        return None
    before = f.sentence[max(0, found[-1].start() - 30) : found[-1].start()].split()
    if word[:1].isupper() and before and before[-1][:1].isupper() and word.lower() != "brent":
        return None  # "Pellam Oil", "Shell Oil": a name
    return word.lower()
