"""What a sum is the worth of, where no rule named a measure: the words before "worth" name it.

- a thing worth the sum: "1,150 new hopper cars, worth about C$180 million" (hopper cars
  value), "a backlog of 1,540 homes, worth about MGA 318 billion"; a thing a verb did worth it
  takes the verb, as a count does ("it financed invoices worth ₦1.9 trillion": invoices
  financed, "has awarded contracts worth E184 million": contracts awarded);
- a firm that is worth the sum: its market value ("The fall left the company worth about
  NT$212.5 billion", "Brightwell could be worth more than €1bn"); anything else that is worth it
  ("the club's squad is worth about €640 million": squad value).

Agreements, stakes, shares sold, markets and people's pay have rules of their own
(``modified.worth_values``, ``money_acts``, ``market_size``), and a figure the rules gave a
measure keeps it. One bounded look before each such figure, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.modified import WORTH_HEDGES
from reader.figures.premodified import DETERMINERS, participle, verb_form
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_LOOK = 80  # characters before "worth" read for what is worth the sum
_WORTH = re.compile(
    rf"\bworth(?:{'|'.join((*WORTH_HEDGES, ' at least', ' close to', ' just over', ' just under'))})? $"
)
_MODALS = frozenset(["could", "would", "will", "may", "might", "to", "should", "must"])
# a verb of being before "worth": "is worth", "could be worth", "was now worth"
_BEING = re.compile(
    r"\b(?:is|was|are|were|be|been|being|left|leaves|leaving|making|makes|made)"
    r"(?: now| currently| already| still| then)? $"
)
# what a firm is called: worth a sum, it is its market value
_FIRMS = frozenset(["company", "firm", "group", "business", "bank", "lender", "insurer",
                    "carrier", "airline", "start-up", "startup", "retailer", "miner",
                    "publisher", "studio", "developer", "maker", "brand", "operator",
                    "chain", "platform", "conglomerate", "utility"])  # fmt: skip
# a measure that is already a firm's worth
_VALUED = re.compile(
    r"\b(?:value|valuation|market cap|capitalisation|capitalization|worth|wealth|fortune)\b"
)
# what holds investments: worth a sum, it is its own value, not a market value
_HOLDINGS = frozenset(["fund", "portfolio", "estate", "collection", "trust", "endowment"])
# nouns that are no thing with a worth of its own: a time, a quantity word, a pronoun's stand-in
_NOT_THINGS = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days",
                         "total", "amount", "sum", "figure", "one", "ones", "lot", "each",
                         "market", "markets", "stake", "stakes", "holding", "holdings",
                         "shares", "deal", "contract", "agreement", "fortune", "wealth",
                         "package", "salary", "pay", "cent", "percent"])  # fmt: skip
# irregular past forms a verb done to the things takes ("sold", "won")
_DONE = frozenset(["sold", "bought", "won", "built", "made", "sent", "lost", "paid", "brought",
                   "taken", "given", "held", "raised", "issued", "signed", "granted"])  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\S")


def _plain(word: str) -> bool:
    return (word.isalpha() and word.islower()) or ("-" in word and word.replace("-", "").islower())


def _thing(words: list[str]) -> tuple[list[str], str | None] | None:
    """The noun phrase ending ``words`` (at most two plain words: a head and one that says
    which) and the -ed verb right before it, or None when the words end on no such noun."""
    if not words or not _plain(words[-1]) or words[-1] in sumy_stop_words():
        return None
    head = words[-1]
    if head in _NOT_THINGS or _no_noun(head) or (participle(head) and head.endswith("ed")):
        return None
    np = [head]
    k = len(words) - 2
    if k >= 0 and _plain(words[k]) and words[k] not in sumy_stop_words():
        verb_like = k >= 1 and words[k - 1] in ("to", "will", "would", "could", "can")
        if not (words[k].endswith("ed") or words[k] in _DONE or _no_noun(words[k]) or verb_like):
            np.insert(0, words[k])
            k -= 1
    # (a number or a determiner may stand between the verb and the things: "ordered 1,150
    # new hopper cars")
    while k >= 0 and (words[k] in DETERMINERS or any(c.isdigit() for c in words[k])):
        k -= 1
    verb = words[k] if k >= 0 else None
    done = verb is not None and (verb in _DONE or (verb.endswith("ed") and participle(verb)))
    # (a verb has a subject or an auxiliary before it, not a determiner, a preposition or an
    # -ing word: "buying established homes worth" is no homes established)
    opener = words[k - 1].lower() if k >= 1 else ""
    if done and (opener in DETERMINERS or opener in _PREPOSITIONS or opener.endswith("ing")):
        done = False
    return np, verb if done else None


_CURRENCIES = frozenset(["euro", "euros", "pound", "pounds", "dollar", "dollars", "yen", "yuan",
                        "rupee", "rupees", "franc", "francs", "peso", "pesos", "rand", "lira"])  # fmt: skip
_PREPOSITIONS = frozenset(["of", "for", "on", "in", "at", "with", "from", "by", "to", "into"])
_NUMBER_WORDS = frozenset(["hundred", "thousand", "million", "billion", "trillion", "lakh",
                           "crore", "dozen"])  # fmt: skip


def _no_noun(word: str) -> bool:
    """A word that names no thing in a noun phrase here: a manner adverb, a verb's form
    ("expects", "cut"), a number word ("4.5 million seedlings"), "outstanding"."""
    return (
        word.endswith("ly")
        or verb_form(word)
        or word in _NUMBER_WORDS
        or word in ("outstanding", "route", "expects", "expect")
        or word in _CURRENCIES  # "one euro worth $1.32": an exchange rate
    )


def _worth_of(before: str) -> tuple[str, bool] | None:
    """The measure a sum written after ``before`` (which ends on "worth ...") is of, and whether
    a firm's common noun told it ("the company is worth": sure enough to stand over a measure a
    story-wide default gave); None when nothing before "worth" names it."""
    m = _WORTH.search(before)
    if m is None:
        return None
    lead = before[max(0, m.start() - _LOOK) : m.start()].rstrip()
    being = _BEING.search(lead + " ")
    if being is not None:  # "the company is worth", "could be worth"
        words = _WORD.findall(lead[: being.start()])
        while words and words[-1] in _MODALS:
            words.pop()
        if not words:
            return None
        last = words[-1]
        if last.lower() in _HOLDINGS:
            return f"{last.lower()} value", False  # "the Future Ireland Fund ... worth about €38bn"
        if last.lower() in _FIRMS:
            return "market value", True
        if last[:1].isupper() and last.isalpha() and len(words) > 1:
            return "market value", False
        found = _thing(words)
        if found is None or found[1] is not None:
            return None
        return f"{' '.join(found[0])} value", False
    words = _WORD.findall(lead.rstrip(","))
    found = _thing(words)
    if found is None:
        return None
    np, verb = found
    if np[-1] in _FIRMS:
        return "market value", True  # "The fall left the company worth about NT$212.5 billion"
    if verb is not None:
        return f"{' '.join(np)} {verb}", False
    return f"{' '.join(np)} value", False


def worth_things(figures: Sequence[Figure]) -> list[Figure]:
    """Each money figure with no measure that is the worth of a thing (module doc) takes the
    thing's value; other figures unchanged."""
    out: list[Figure] = []
    for f in figures:
        if f.kind == "money" and (at := surface_at(f)) > 0:
            found = _worth_of(f.sentence[max(0, at - _LOOK - 60) : at])
            # (a firm worth a sum is its market value whatever a story-wide default said:
            # "leaving the company worth about 610 million zlotys" in a games studio's story
            # is no box office)
            if found is not None and (not f.metric or (found[1] and not _VALUED.search(f.metric))):
                f = replace(f, metric=found[0])
        out.append(f)
    return out
