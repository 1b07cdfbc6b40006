"""A bare measure word kept with the noun that says which one: "merchandise revenue", "US
sales", "network costs", "average selling price" (not "its revenue", "annual sales", "rising
prices" or "Acme sales", where the word before names a time, a manner or an owner).

One look back of at most two words from the vocabulary match, so the work per figure is
constant.
"""

from __future__ import annotations

import re

from reader.figures.context import clause_start
from reader.figures.gate import led
from reader.text.stop_words import sumy_stop_words

# measure words that say only "how much of what kind": a noun before them says which
BARE_MEASURES = frozenset(["sales", "revenue", "revenues", "income", "profit", "profits",
                           "price", "prices", "costs", "cost", "shipments", "exports",
                           "imports", "deliveries", "bookings", "spending", "inflation",
                           "output", "earnings", "fees", "bills", "rents", "wages",
                           "investment", "subscriptions", "orders"])  # fmt: skip
# words before a measure that are times, scales, manners or how it moved, never which measure
_NOT_WHICH = frozenset(["annual", "quarterly", "monthly", "weekly", "daily", "yearly", "total",
                        "overall", "gross", "net", "group", "underlying", "core", "reported",
                        "headline", "higher", "lower", "weaker", "stronger", "better", "worse",
                        "bigger", "smaller", "record", "strong", "weak", "flat", "solid",
                        "combined", "further", "more", "less", "same", "last", "next", "first",
                        "second", "third", "fourth", "half", "year", "quarter", "month",
                        "week", "day", "season", "period", "million", "billion", "trillion",
                        "crore", "lakh", "won", "new", "old", "high", "low", "top", "rising",
                        "falling", "per", "cent", "percent", "expected", "said",
                        "says", "its", "their", "his", "her", "our", "whose", "such", "both",
                        "own", "full", "latest", "current", "previous", "prior", "early",
                        "late", "big", "small", "huge", "key", "main", "other", "overseas",
                        "domestic", "foreign", "global", "local", "national", "regional",
                        "world", "worldwide", "international"])  # fmt: skip
_TIME_PART = re.compile(r"(?:^|-)(?:year|quarter|half|month|week|day|on|over|to|date|time)(?:-|$)")
# adjective and participle endings ("seasonal", "electric", "rising", "expected")
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ly|ed|est|ern|ese|ish)$")
# the one or two words right before the measure, each after a space, a "(" or the start
_BEFORE = re.compile(r"(?:(?<=[\s(])|^)(?:(?P<first>[A-Za-z][a-z-]*[a-z]) )?"
                     r"(?P<word>[A-Za-z][A-Za-z-]*[a-z]|[A-Z]{2,}) $")  # fmt: skip
# what may stand before a capitalised word that opens its sentence
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def whole_measure(text: str, at: int, metric: str) -> str:
    """``metric`` (read from a bare measure word at ``at``) with the noun or two before it that
    say which measure (module doc), else ``metric`` unchanged."""
    m = _BEFORE.search(text, max(0, at - 40), at)
    word = None if m is None else _which(text, m.start("word"), m.group("word"))
    if m is None or word is None:
        return _price_of(text, at, metric)
    first = m.group("first")
    if first is not None and first.islower() and _which(text, m.start("first"), first):
        return f"{first} {word} {metric}"  # "average selling price", "standard ticket price"
    return f"{word} {metric}"


# "the price of a standard ticket", "the cost of each pint": which price, written after it
_PRICE_OF = re.compile(r"(?:price|prices|cost) of (?:a|an|each|one|every|a single) "
                       r"(?:(?P<attr>[a-z][a-z-]*[a-z]) )?(?P<noun>[a-z][a-z-]*[a-z])\b")  # fmt: skip


def _price_of(text: str, at: int, metric: str) -> str:
    """ "the price of a standard ticket": "ticket price" (its noun, and a noun before it)."""
    m = _PRICE_OF.match(text, at) if metric in ("price", "cost", "costs") else None
    if m is None:
        return metric
    words = [_which(text, m.start(g), m.group(g)) if m.group(g) else None for g in ("attr", "noun")]
    if words[1] is None:  # "the price of a barrel of oil": the attributive slot held the noun
        words = [None, words[0]]
    return " ".join([w for w in words if w] + [metric]) if words[1] else metric


def _which(text: str, at: int, word: str) -> str | None:
    """``word`` as a noun saying which measure (lower case unless an acronym), else None."""
    if word.isupper():
        return word if 2 <= len(word) <= 4 else None  # "US sales", "EU exports"
    if word[0].isupper():
        if not _OPENS.search(text, max(0, at - 3), at):
            return None  # "Acme sales": an owner, not which sales
        word = word.lower()
    low = word.lower()
    if low in _NOT_WHICH or low in sumy_stop_words() or _TIME_PART.search(low):
        return None
    if low.endswith("ing"):
        return low if low in WHICH_ING else None  # "selling price", not "rising prices"
    if _ADJECTIVE.search(low) or low in VERBS or (low.endswith("s") and not low.endswith("ss")):
        return None  # "seasonal sales", "raise prices", "boosts sales"
    if _MODAL.search(text, max(0, at - 8), at):
        return None  # "to hit profits", "will drive revenue"
    return low


def compound_near(text: str, start: int, end: int, metric: str | None) -> str | None:
    """``metric`` kept whole when it was read from a bare measure word (``BARE_MEASURES``) in
    the figure's clause: the nearest such word before the figure, else the first within 60
    characters after it."""
    forms = _FORMS.get(metric or "")
    if forms is None or metric is None:
        return metric
    before = list(forms.finditer(text, max(0, start - 120), start))
    if before:  # (the clause is looked for only when there is a measure word to bound)
        lo = clause_start(text, start)
        before = [m for m in before if m.start() >= lo]
    at = before[-1] if before else forms.search(text, end, end + 60)
    return whole_measure(text, at.start(), metric) if at is not None else metric


_FORMS = {
    metric: re.compile(rf"\b(?:{'|'.join(words)})\b", re.I)
    for metric, words in {
        "sales": ["sales"], "revenue": ["revenue", "revenues"], "income": ["income"],
        "profit": ["profit", "profits"], "price": ["price", "prices"],
        "costs": ["costs", "cost"], "cost": ["cost", "costs"], "shipments": ["shipments"], "exports": ["exports"],
        "imports": ["imports"], "deliveries": ["deliveries"], "bookings": ["bookings"],
        "spending": ["spending"], "inflation": ["inflation"], "output": ["output"],
    }.items()
}  # fmt: skip
WHICH_ING = frozenset(["selling", "housing", "heating", "borrowing", "building", "shipping",
                        "advertising", "licensing", "streaming", "gaming", "banking",
                        "betting", "lending", "trading", "clothing", "catering", "broadcasting",
                        "publishing", "printing", "mining", "farming", "parking", "roaming",
                        "ticketing", "packaging", "marketing", "consulting", "engineering",
                        "manufacturing", "processing", "retailing", "wholesaling",
                        "insurance"])  # fmt: skip
VERBS = frozenset(["raise", "cut", "boost", "hit", "lift", "increase", "lower", "pay", "charge",
                    "drive", "hurt", "push", "pull", "keep", "hold", "freeze", "slash",
                    "reduce", "grow", "report", "post", "see", "expect", "forecast", "record",
                    "generate", "bring", "add", "lose", "book", "make", "take", "earn", "set",
                    "put", "fix", "cap", "control", "curb", "dent", "squeeze", "weigh", "help",
                    "support", "spur", "fuel", "double", "halve", "match", "beat", "miss",
                    "affect", "dampen", "include", "exclude", "cover", "meet", "pass",
                    "offset", "split", "share", "return", "turn", "want", "need", "get",
                    "give", "drag", "weighed", "grew", "rose", "fell", "saw", "made", "took",
                    "drove", "paid", "sold", "gave", "got", "kept", "held", "brought", "carry",
                    "extra", "lift", "send", "sent", "push", "lower", "tip", "nudge", "knock", "despite", "than", "from", "into", "when",
                    "where", "while", "after", "before", "since", "until", "whether"])  # fmt: skip
_MODAL = led(r"\b(?:to|will|would|could|can|may|might|must|should|did|does|do|not|"
                    r"n't|they|we|you|i|it|he|she)\s+$", re.I)  # fmt: skip
