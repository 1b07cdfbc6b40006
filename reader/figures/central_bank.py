"""A country's economy read out by its central bank: growth, inflation, exports, household debt
or unemployment that the clause parse gave to the bank, its rate-setting committee or an
official's bare title ("The Monetary Policy Committee of the Bank of Thailand ... Headline
inflation was at 0.8 per cent", "Assistant Governor and Secretary of the MPC, said ... expand at
2.1 per cent") are the country's, the one the bank's name holds ("Bank of Thailand":
Thailand). The bank's own measures stay its: its policy rate, its inflation target or range.
A bank known by a name that holds no country ("the Fed", "RBA", "Bangko Sentral") is looked
up in a short table of the world's central banks; a bare "Reserve Bank" is the one of the
story's dollar ("NZD": New Zealand)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.home_currency import home_dollar
from reader.figures.word_search import number_at
from reader.model import Figure

# a central bank, its rate-setting committee, or an official's bare title
_CENTRAL = re.compile(
    r"(?:the )?(?:(?:Monetary|Financial) Policy Committee|MPC|FPC|[Cc]entral [Bb]ank|"
    r"(?:(?:Central|Reserve|National|People's) )?Bank of [A-Z][\w ]{2,30}|Reserve Bank|State Bank|"
    r"(?:Deputy |Assistant )?Governor|Secretary|[Tt]he committee|[Tt]he bank)"
)
# central banks whose names hold no "Bank of <country>", as the press writes them
_NAMED = {
    "US": ("Federal Reserve", "Fed", "FOMC", "Federal Open Market Committee"),
    "Australia": ("RBA",),
    "New Zealand": ("RBNZ",),
    "UK": ("BoE", "BOE"),
    "Japan": ("BoJ", "BOJ"),
    "India": ("RBI",),
    "South Africa": ("SARB", "South African Reserve Bank"),
    "Nigeria": ("CBN",),
    "Philippines": ("BSP", "Bangko Sentral ng Pilipinas", "Bangko Sentral"),
    "Malaysia": ("BNM", "Bank Negara Malaysia", "Bank Negara"),
    "Pakistan": ("SBP", "State Bank of Pakistan"),
    "Kenya": ("CBK",),
    "Singapore": ("Monetary Authority of Singapore",),  # (not "MAS": Malaysia Airlines)
    "Indonesia": ("Bank Indonesia",),
    "China": ("PBOC", "PBoC"),
    "Switzerland": ("SNB", "Swiss National Bank"),
    "Sweden": ("Riksbank",),
    "Norway": ("Norges Bank",),
    "Sri Lanka": ("CBSL",),
}
_NAMED_PLACE = {name: place for place, names in _NAMED.items() for name in names}
_NAMED_ANY = re.compile(
    r"\b(?:the )?(" + "|".join(sorted(map(re.escape, _NAMED_PLACE), key=len, reverse=True)) + r")\b"
)
# what every story naming a central bank holds: a known name, "Bank of", "Reserve Bank" (a
# bare "the bank" or "Governor" names none to read a country from)
_GATE = (*_NAMED_PLACE, "Bank of ", "Reserve Bank")
# the dollar a bare "Reserve Bank" sets
_RESERVE_DOLLARS = {"AUD": "Australia", "NZD": "New Zealand", "FJD": "Fiji"}
# the country in a central bank's name: "Bank of Thailand", "Reserve Bank of New Zealand"
_COUNTRY = re.compile(
    r"\b(?P<kind>(?:Central|Reserve|National|People's) )?Bank of "
    r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?= \(| said| cut| raised| held| kept| voted|'s|,|\.)"
)
# lenders named "Bank of" a place
_LENDERS = frozenset(["America", "Ireland", "Scotland", "China", "Cyprus", "Baroda", "India"])
# what a country's economy measures (not what the bank sets: its rate, target or range)
_ECONOMY = re.compile(
    r"\b(?:gdp|economy|economic growth|inflation|exports?|imports?|trade|unemployment|"
    r"jobless|unemployed|household debt|current account|tourists?|tourist arrivals|debt|"
    r"(?:consumer |food |house |producer )?prices?|pay|wages?|earnings|payrolls?|jobs?|"
    r"job growth|employment|participation|retail sales|remittances|output|vacancies)\b"
)
_SET = re.compile(
    r"\b(?:target|range|goal|ceiling|(?:policy|cash|interest|bank|benchmark|repo|lending|deposit|"
    r"base|official|discount|overnight|key) rates?)\b"
)
# a setting written after its number: "its 2-3% target band", "the 2% goal"
_SET_AFTER = re.compile(
    r"[\d.,%–-]+(?: ?(?:per ?cent|percent))?(?:[–-][\d.]+%?)? (?:inflation )?"
    r"(?:target|range|goal|ceiling|band)\b"
)
# the bank's own forecast, named with its possessive
_OWN_FORECAST = re.compile(r"\b[Ii]ts (?:[\w-]+ ){0,4}(?:forecasts?|projections?|outlook)\b")
# a story about a central bank's decision
_DECISION = re.compile(r"\b(?:[Mm]onetary [Pp]olicy|policy (?:interest )?rate|central bank)\b")


def country_figures(figures: Sequence[Figure], story: str) -> list[Figure]:
    """The economy's figures given to a central bank (module doc) are its country's."""
    if not any(word in story for word in _GATE) or not any(
        not f.subject or _CENTRAL.fullmatch(f.subject) or f.subject in _NAMED_PLACE for f in figures
    ):
        return list(figures)  # (a story naming no central bank has none to read out)
    story_place: list[str | None] = []  # read once, when first wanted
    out: list[Figure] = []
    for f in figures:
        place = _NAMED_PLACE.get(f.subject or "")
        generic = place is None and (not f.subject or _CENTRAL.fullmatch(f.subject))
        if (place or generic) and _economy_measure(f):
            if generic and not story_place:
                story_place.append(_story_bank_place(story))
            if place := place or story_place[0]:
                f = replace(f, subject=place)
        out.append(f)
    return out


def _story_bank_place(story: str) -> str | None:
    """The country of the central bank the story is about: "Bank of Thailand", a known name
    ("the Fed"), or a bare "Reserve Bank" read by the story's dollar."""
    found = _COUNTRY.search(story) if "Bank of " in story else None
    if found is not None and not found.group("kind") and found.group("place") in _LENDERS:
        found = None  # "Bank of America": a lender ("People's Bank of China" is not)
    named = _NAMED_ANY.search(story)
    if found is not None and (named is None or found.start() < named.start()):
        if _DECISION.search(story) is None:
            return None
        return "UK" if found.group("place") == "England" else found.group("place")
    if named is not None:
        return _NAMED_PLACE[named.group(1)]
    if "Reserve Bank" in story:
        return _RESERVE_DOLLARS.get(home_dollar(story) or "")
    return None


def _economy_measure(f: Figure) -> bool:
    """The figure measures the economy ("inflation", "exports"; a figure with no measure the
    words before it say is the economy's: "the Thai economy is expected to expand at"), not
    the bank's own setting ("its policy rate", "the target range of 1 per cent to 3 per cent")."""
    at = number_at(f.sentence, f.surface)  # (not "3 per cent" inside "0.3 per cent")
    before = f.sentence[max(0, at - 40) : max(at, 0)]
    if _SET.search((f.metric or "").lower()) or _SET.search(before):
        return False
    if _OWN_FORECAST.search(f.sentence, max(0, at - 80), max(at, 0)):
        return False  # "raised its risk-adjusted inflation forecast for 2026 to 3.1%": the bank's
    if "basis point" in f.surface or _SET_AFTER.match(f.sentence, max(at, 0)):
        return False  # "cuts of up to 50 basis points", "its 2-3% target band"
    if f.metric is None:
        return _GROWS.search(f.sentence, max(0, at - 80), max(at, 0)) is not None
    return _ECONOMY.search(f.metric.lower()) is not None


# "the Thai economy is expected to expand at 2.1 per cent"
_GROWS = re.compile(r"\beconomy (?:[a-z]+ ){0,4}(?:expand|grow|contract|shrink)[a-z]* (?:at|by)\b")
