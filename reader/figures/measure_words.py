"""Which nouns may name a measure and which name who acts: the word classes the head rules
(``heads.py``) and the rules after them ask.

- a measure word: a common noun that is no owner or speaker ("analysts", "the company"), no
  change ("rise", "cut"), no scale word and no agent noun ("bidders"; but "turnover",
  "orders" are measures); no status ("forecast", "target") or tally ("total", "numbers")
  either, for ``measure_noun``;
- people a moving level counts ("passengers", "subscribers"), not those who speak or trade
  (``ACTORS``);
- a capitalised word that is no name of the story (``common_noun``).
"""

from __future__ import annotations

import re

# owners and speakers, not measures
_NOT_MEASURES = frozenset(
    ["it", "they", "we", "he", "she", "analysts", "economists", "ministers", "officials",
     "people", "investors", "traders", "company", "firm", "group", "government", "bank",
     "club", "trust", "council", "union", "league", "department", "charity", "business",
     "shares", "share", "stock", "stocks", "members", "buyers", "sellers", "owners",
     "players", "nurses", "workers", "staff", "employees", "customers", "users", "fans",
     "passengers", "households", "families", "consumers", "commuters", "insurers", "banks",
     "lenders", "airlines", "carmakers", "rivals", "figures", "data", "survey", "report",
     "statement", "deal", "agreement", "plan", "it's", "which", "who", "that", "there",
     "champion", "champions", "side", "team", "film", "movie", "title", "project", "projects",
     "scheme", "country", "city", "economy", "market", "index", "sector", "industry",
     "person", "figure", "number", "numbers", "total", "amount", "level", "levels", "meanwhile",
     "however", "overall", "separately", "elsewhere", "year", "years", "month", "months",
     "week", "weeks", "quarter", "quarters", "day", "days", "season", "decade", "period",
     "today", "ahead", "upwards", "upward", "short", "shy", "instead", "apiece"]
)  # fmt: skip
# a change is not what changed: "the 35% reduction", "a cut of 20%"
_CHANGES = frozenset(
    ["cut", "cuts", "rise", "rises", "fall", "falls", "increase", "increases", "reduction",
     "reductions", "drop", "drops", "decline", "declines", "gain", "gains", "jump", "growth",
     "change", "changes", "move", "hike", "hikes", "raise", "raises", "rebound", "recovery"]
)  # fmt: skip
# people and things that act: "analysts", "bidders", "distributor", "champion" (a stem of at
# least two letters: a "list" is no agent)
_AGENT = re.compile(r"[a-z]{2}(?:ers?|ors?|ists?|ians?|ants?)$")
# nouns with an agent's ending that name measures or things, not who acts
_NOT_AGENTS = frozenset(["order", "orders", "turnover", "water", "power", "transfer", "transfers",
                         "offer", "offers", "register", "border", "borders", "paper", "cover",
                         "matter", "winter", "summer", "letter", "letters", "weather", "timber",
                         "rubber", "copper", "silver", "fodder", "tender", "tenders", "ledger",
                         "plant", "plants", "grant", "grants", "voucher", "vouchers"])  # fmt: skip


# people who speak, trade or act rather than being measured or counted ("expects analysts to
# reach", "Traders say footfall fell"), and the shares they trade
ACTORS = frozenset(["analysts", "economists", "investors", "traders", "officials", "ministers",
                    "brokers", "forecasters", "experts", "executives", "lawmakers",
                    "regulators", "rivals", "others", "shares"])  # fmt: skip
_PEOPLE_COUNTS = frozenset(["passengers", "visitors", "members", "users", "customers",
                            "households", "families", "consumers", "commuters", "fans",
                            "players", "nurses", "workers", "staff", "employees", "patients",
                            "students", "pupils", "tourists", "guests", "arrivals"])  # fmt: skip


def counted_people(noun: str) -> bool:
    """A plural of people that a moving level counts: "passengers", "subscribers", "viewers"."""
    if noun in ACTORS or not noun.endswith("s"):
        return False
    return noun in _PEOPLE_COUNTS or _AGENT.search(noun[:-1]) is not None


# what a figure is said to be, not what it measures: "the earlier forecast", "its own target"
STATUS_NOUNS = frozenset(["forecast", "forecasts", "target", "targets", "estimate", "estimates",
                           "goal", "goals", "projection", "projections", "prediction",
                           "predictions", "expectation", "expectations", "outlook", "aim",
                           "ambition", "guidance", "consensus"])  # fmt: skip


# a tally of what the noun before it names: "passenger numbers fell 2%" counts passengers
TALLIES = frozenset(["numbers", "number", "count", "counts", "totals", "total", "tally"])


def measure_word(noun: str) -> bool:
    """Whether a common noun may name a measure (not an owner, a change or a scale word)."""
    return (
        len(noun) > 2
        and noun not in _NOT_MEASURES
        and noun not in _CHANGES
        and noun not in ("million", "billion", "thousand", "trillion", "percent")
        and (noun in _NOT_AGENTS or not _AGENT.search(noun))
        and not noun.endswith(("ly", "ing", "ed"))
    )


def measure_noun(noun: str) -> bool:
    """A measure word (``measure_word``) that is no status ("forecast") or tally ("total")."""
    return measure_word(noun) and noun not in STATUS_NOUNS and noun not in TALLIES


def gerund_noun(noun: str) -> bool:
    """A noun in -ing that may be a measure: "a 12% holding", "£5m of funding"."""
    return noun.endswith("ing") and len(noun) > 5 and noun not in _NOT_MEASURES


def is_change(noun: str) -> bool:
    """A change, not what changed: "rise", "cut", "reduction"."""
    return noun in _CHANGES


def common_noun(word: str, names: frozenset[str]) -> bool:
    """A capitalised word that is not one of the story's ``names``: the story never writes it
    capitalised mid-sentence, or also writes it in lower case."""
    bare = word.strip(",.;:'\"")
    return bare not in names or bare.lower() in names
