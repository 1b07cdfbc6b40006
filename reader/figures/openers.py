"""Capitalised words that are not owners: common nouns opening a sentence (used by
``names.subject_for``). A capitalised word opening a sentence is a common word, not a name,
when it is a function word ("No", "Every"), a measure of the metric vocabulary or a trade
("Turnover fell 38%", "Construction insolvencies rose"), or a participle describing the noun
after it ("Regulated rail fares will rise"). A capitalised plural opening the sentence is
people who speak ("Analysts had expected", ``common_plural_opener``), a group who own
("Insurers have received", ``group_opener``), or one body whose name ends in "s" ("Barclays
reported", ``plural_name``).

A rule that took a name led by "in", "across" or "throughout" for a setting, not an owner
("hospices in Yorkshire"), was dropped: it gained one to two points of subject agreement on the
rounds it was written on and lost three to five on two held-out rounds (r8, r9).
"""

from __future__ import annotations

import re

from reader.figures.clause import PERSON, REF, is_verb
from reader.figures.vocabulary import METRIC_OF
from reader.text.stop_words import sumy_stop_words

# common nouns that open a sentence as the measure or the trade it is about ("Turnover fell
# 38%", "Construction insolvencies rose", "Retail sales"), never a name on their own
_SECTORS = frozenset(
    ["construction", "retail", "manufacturing", "housing", "property", "mining", "banking",
     "insurance", "tourism", "travel", "transport", "shipping", "farming", "agriculture",
     "hospitality", "healthcare", "services", "industry", "factory", "consumer", "household",
     "mortgage", "rail", "freight", "steel", "energy", "food", "fuel", "wholesale", "export",
     "import", "trade", "business", "corporate", "public", "private", "domestic", "global"]
)  # fmt: skip
# a measure's own modifiers, written capitalised when they open a sentence ("Diluted EPS was
# $1.12", "Underlying profit rose 4%", "Like-for-like sales"): never a name on their own
MEASURE_MODIFIERS = frozenset(
    ["adjusted", "underlying", "organic", "diluted", "basic", "comparable", "like-for-like",
     "gross", "net", "operating", "pre-tax", "pretax", "statutory", "reported", "normalised",
     "normalized", "annualised", "annualized", "recurring"]
)  # fmt: skip
# how often or over what a measure is taken: "Average revenue per account", "Monthly churn"
MEASURE_SPANS = frozenset(
    ["average", "median", "mean", "total", "overall", "annual", "monthly", "weekly", "daily",
     "quarterly", "yearly", "hourly", "cumulative", "combined", "paying", "active"]
)  # fmt: skip
# measures of volume that open a sentence as its subject ("Output fell 9% to 4,120 tonnes",
# "Ridership rose 12%"): the vocabulary names them with what they measure, never alone
_VOLUME_OPENERS = frozenset(
    ["output", "production", "traffic", "demand", "supply", "throughput", "ridership",
     "capacity", "lending", "deposits", "employment", "tonnage", "cargo", "consumption",
     "generation", "remittances", "arrivals", "enrolment", "enrollment", "membership", "catch",
     "catches", "utilisation", "utilization"]
)  # fmt: skip
# money a firm holds or lays out, opening a sentence as its measure ("Cash costs rose 11%",
# "Capital expenditure jumped", "Cash on hand fell"), never a name on its own (though a firm's
# name may end on one: "Corniche Capital")
_MONEY_OPENERS = frozenset(
    ["cash", "capital", "cost", "expenses", "expenditure", "funds", "assets", "liquidity",
     "inventories", "inventory"]
)  # fmt: skip
_COMMON_OPENERS = (
    _SECTORS
    | _MONEY_OPENERS
    | MEASURE_MODIFIERS
    | MEASURE_SPANS
    | _VOLUME_OPENERS
    | frozenset(p for p in METRIC_OF if " " not in p)
)


def common_opener(word: str, next_word: str, verb_next: bool) -> bool:
    """A capitalised word opening a sentence that is a common word, not a name: a function
    word ("No", "Every"), a measure or a trade ("Turnover", "Construction insolvencies"), or a
    participle describing the noun after it ("Regulated rail fares")."""
    low = word.lower()
    if low in _COMMON_OPENERS or low in sumy_stop_words():
        return True
    if low.endswith("s") and (low[:-1] in _COMMON_OPENERS or low[:-1] in _MEASURE_NOUNS):
        return True  # "Volumes rose 3.2%", "Margins narrowed": a measure's plural
    return (
        len(low) > 5
        and low.endswith("ed")
        and next_word.isalpha()
        and next_word.islower()
        and not verb_next
    )


# measures whose singular the vocabulary leaves out (their plural opens a sentence: "Volumes")
_MEASURE_NOUNS = frozenset(["volume", "yield", "premium", "rent", "fare", "wage", "price"])


# past tenses without "-ed" a firm opening its sentence does: "Lenvar kept the top spot"
_IRREGULAR_PAST = frozenset(
    ["kept", "led", "took", "built", "sent", "spent", "brought", "bought", "overtook", "beat",
     "held", "won", "sold", "made", "paid", "grew", "rose", "fell", "saw", "became", "struck",
     "drew", "gave", "shed", "slid", "sank", "broke", "swung", "stood", "left", "told", "met"]
)  # fmt: skip


# verbs that take a subject of either number: no evidence that a plural-looking word is a name
_MODALS = frozenset(["will", "would", "must", "can", "could", "may", "might", "should", "shall"])

# endings of common abstract nouns, rare in a firm's one-word name
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "ism", "ship")


def acts(word: str, next_word: str) -> bool:
    """A single sentence-initial word that is not a plural ("Farmers have") followed by a
    finite verb: "Lenvar kept the top spot", "Corvo now has"."""
    w = next_word.lower()
    if w in ("now", "also", "already"):
        return False
    if word.endswith("s") and (w in _MODALS or not plural_name(f"{word} {next_word}", word)):
        return False  # "Farmers have", "Films will" (either number), not "Lloyds cut"
    if w in ("is", "was") and word.lower().endswith(_NOUN_ENDINGS):
        return False  # "Production is outstripping demand" (not "Activision has"): a noun
    if w.endswith("s") and w not in ("has", "was", "is"):
        return False  # "Fresh falls in the dollar": a noun may follow an adjective
    return w in _IRREGULAR_PAST or is_verb(w)


# endings of common plural nouns: people and bodies who act ("Insurers", "Economists",
# "Companies"), and abstract or counted things ("Investigations", "Earnings", "Measures")
_COMMON_PLURAL_ENDS = (
    "ers", "ors", "ists", "ians", "ants", "ents", "ees", "ives", "ies", "ions", "ings", "ments",
    "ures", "ses", "ches", "shes", "xes", "als", "ics", "ates", "ites", "ues", "ges", "ces",
)  # fmt: skip
# a verb right after the opener that only a plural subject takes ("Analysts have", "Fears
# were"), and one that only a singular subject takes ("Barclays has", "Siemens says")
# plural abstract nouns that open a sentence and own nothing ("Fears had been expressed")
_ABSTRACT_PLURALS = frozenset(
    ["fears", "hopes", "concerns", "worries", "doubts", "talks", "plans", "calls", "claims",
     "moves", "efforts", "signs", "rumours", "rumors", "reports", "figures", "results"]
)  # fmt: skip
_PLURAL_VERBS = frozenset(["are", "were", "have", "do", "say", "expect", "think", "believe"])
_SINGULAR_VERBS = frozenset(["is", "was", "has", "does", "says", "expects", "reports", "posts"])


def plural_name(text: str, word: str) -> bool:
    """A capitalised opener that looks plural but names one body ("Barclays reported",
    "Siemens has", "Lloyds cut 1,600 jobs"): not a common plural (a speaker, a measure or a
    trade, a word with a common-noun plural ending such as "-ers", "-ies", "-ions"), unless a
    singular verb follows it, and never with a plural verb after it ("Talks were")."""
    rest = text[len(word) :].split(None, 1)
    after = rest[0].lower().strip(",") if rest else ""
    if after in _PLURAL_VERBS:
        return False
    if after in _SINGULAR_VERBS:
        return True
    low = word.lower()
    common = low in _COMMON_OPENERS or low[:-1] in _COMMON_OPENERS or low in _ABSTRACT_PLURALS
    common = common or low in sumy_stop_words()
    return not common and not low.endswith(_COMMON_PLURAL_ENDS)


# people who speak of a figure rather than own it
_SPEAKERS = re.compile(
    r"(?:Analysts|Economists|Organisers|Organizers|Officials|Experts|Observers|Critics|"
    r"Campaigners|Traders|Investors|Brokers|Forecasters|Researchers|Scientists|Police|"
    r"Sources|Witnesses|Residents|Reports|Figures|Estimates|Data|Statistics|Ministers|"
    r"Politicians|Leaders|Supporters|Opponents|Commentators|Lawmakers|Regulators|Protesters)$"
)


def group_opener(text: str, clause: str | None) -> bool:
    """A one-word plural group opening the sentence ("Insurers", "Airlines") that is not a
    name the story knows nor people who only speak of figures ("Analysts")."""
    return (
        clause is not None
        and clause not in (REF, PERSON)
        and " " not in clause
        and clause[:1].isupper()
        and clause.endswith(("ers", "ors", "ists", "ians", "ants"))  # people or firms who act
        and text.startswith(clause + " ")
        and not _SPEAKERS.match(clause)
    )


def common_plural_opener(text: str, found: str, names: frozenset[str]) -> bool:
    """A capitalised plural that opens the sentence and is not known as a name: people who
    speak ("Analysts had expected") or a common plural, not one body ("Barclays reported")."""
    return (
        " " not in found
        and text.startswith(found)
        and found.endswith("s")
        and not found.endswith(("'s", "ss"))
        and found not in names
        and not any(c.isupper() for c in found[1:])
        and (_SPEAKERS.match(found) is not None or not plural_name(text, found))
    )
