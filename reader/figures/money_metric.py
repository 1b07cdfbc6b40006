"""What a sum of money is, by the words around it (rules of ``metrics.refine_metric``).

Rules of general news English, each within the figure's sentence (bounded windows):
- a unit price: money followed by "an ounce", "a barrel", "a tonne" is a price; a share
  movement ("shares rose 7%", "shares of X fell to $21") is the share price;
- a rate of pay: money followed by "a week", "an hour", or earned/paid by a person, is pay;
- earnings "of 92 cents a share" are earnings per share;
- a fee for a player ("signed ... for £48m", "paid £31m for midfielder X", "bought him from
  Sporting for £14m", "joined from Wigan for £2.5m", "paid £4.5m for him") is a transfer fee;
- money by the verb before it ("cost to make" a budget, "to save €1.2bn" cost savings) or by
  what it is for ("to help growers" aid, "set aside" a provision): ``money_verbs.py``;
- "valuing the firm at" in a sentence about its shares is its market value.

What the sentence is about (a person, a share move, a film, a commodity): ``topics.py``.
"""

from __future__ import annotations

import re

from reader.figures.context import clause_start
from reader.figures.gate import Gated, led
from reader.figures.money_named import item_price, named_money, priced_thing
from reader.figures.money_verbs import purpose_metric, verb_money_metric
from reader.figures.per_share import per_share_earnings
from reader.figures.topics import COMMODITY_MOVE, PERSONISH, SHARE_MOVE
from reader.figures.vocabulary import METRIC_OF

_UNIT_PRICE = re.compile(
    r"^ ?(?:a|an|per|/) ?(?:ounce|oz|barrel|tonne|ton|gallon|litre|liter|pound|kilo|kg|"
    r"bushel|megawatt-hour|mwh|troy ounce|unit|ticket|night|square (?:foot|metre|meter))\b",
    re.I,
)
# measures written per unit that are not its price: "funds from operations were C$0.41 per unit"
_PER_UNIT_MEASURES = frozenset(
    ["unit costs", "costs", "cost", "funds from operations", "dividend", "earnings",
     "net asset value", "rent"]
)  # fmt: skip
# the measure the figure's own phrase names, "X of N": "a premium of $180 a tonne"
_OWN_OF = re.compile(
    r"\b([a-z][a-z-]*) of (?:about |around |some |nearly |almost |roughly |up to |as much as |"
    r"more than |over |just |an average of )?$"
)


def _own_of(head: str, metric: str | None) -> bool:
    """Whether the figure is written as the "of" of the measure the rules named ("a premium
    of $180 a tonne", "a levy of £2 a ticket"): a sum per unit of that measure, not a price."""
    m = _OWN_OF.search(head)
    return metric is not None and m is not None and METRIC_OF.get(m.group(1).lower()) == metric


# money lost, saved or cost at a rate ("losing about £2,000 a week", "would save £15m a year",
# "costing shippers about £9m a day"), with at most a short object between verb and figure
_RATE_OF = re.compile(
    r"\b(los(?:e|es|ing|t)|sav(?:e|es|ing|ed)|cost(?:s|ing)?|spen(?:d|ds|ding|t))\s+"
    r"(?:(?:the|its|their|his|her|our) )?(?:(?!about|around|some|nearly|almost|more|over|roughly|"
    r"up|an\b)[a-z]+\s+){0,2}"
    r"(?:(?:about|around|some|nearly|almost|more than|over|roughly|up to|an estimated)\s+)?$",
    re.I,
)
# (a sum spent at a rate is spending: "412,000 players spent more than £100 a month")
_RATE_METRIC = {"los": "losses", "sav": "cost savings", "cos": "cost", "spe": "spending"}
# what a sum paid at a rate is the price of: "the price of its plan to $19.99 a month",
# "launched at $6.99 a month" (no one's pay when no person is in the sentence)
_PRICED = re.compile(
    r"(?:\b(?:price|prices|priced|plan|plans|subscription|membership|fare|fares|tariff)\b"
    r"[^.;]*|\b(?:at|for) )$",
    re.I,
)
# (not a time before now: "up from A$355 a month ago")
_PAY_TAIL = re.compile(
    r"^ ?(?:a|an|per) ?(?:week|hour|month|annum|day)\b(?! (?:ago|earlier|before)\b)", re.I
)
_PAY_VERB = Gated(
    re.compile(
        r"\b(?:earned|earns|earning|earn|is paid|was paid|were paid|be paid|received|receives|"
        r"takes home|took home|pocketed|paid him|paid her)(?: (?:a|an|about|around|some|nearly|"
        r"almost|more than|over|roughly|just over|just under|less than|under|up to|between))? $",
        re.I,
    ),
    ("earn", "paid", "receive", "take", "took", "pocketed"),
)
_PLAYER = led(
    r"\b(?:striker|midfielder|defender|forward|winger|goalkeeper|keeper|full-back|centre-back|"
    r"playmaker|signing|transfer)\b",
    re.I,
)
_FEE_BEFORE = Gated(
    re.compile(
        r"\b(?:for|paid|pay|paying|fee of|signed [\w' -]{0,40}? for)(?: a| an)?"
        r"(?: [a-z-]+){0,2} $",
        re.I,
    ),
    ("for", "paid", "pay", "fee"),
)
# a person bought, sold or signed, or who joined from a club: "bought him from Sporting for
# £14m", "The No 9, who joined from Wigan for £2.5m", "paid £4.5m for him"
_PERSON_BOUGHT = re.compile(
    r"\b(?:bought|buy|buying|signed|sign|signing|sold|sell|selling) (?:him|her)\b"
    r"|\bjoined (?:\w+ )?from [A-Z]"
)
_FOR_HIM = re.compile(r"^ (?:for|to sign) (?:him|her)\b")
_FEE_AFTER = re.compile(r"^ (?:for|to sign|paid for|spent on) (?:the )?(?:[a-z-]+ )?(?:striker|midfielder|defender|"
                        r"forward|winger|goalkeeper|player|[A-Z])")  # fmt: skip
# what a thing sells for: "which costs $69.99", "priced at €21" (a small sum, no scale word)
_PRICE_VERB = re.compile(
    r"\b(?:costs|(?:does|do) cost|retails for|retailing at|sells for|selling for|priced at|"
    r"is priced at)(?: about| around| just| only| from)? $",
    re.I,
)
# what "will cost" is a price of when one item does or the sum is small: "a ticket will cost
# £95", "the console will cost about $350" (not "the new roof will cost about £85,000": what
# the work costs)
_WILL_COST = re.compile(
    r"\b(?P<one>(?:a|an|each|every|one|per) [\w-]+(?: [\w-]+)? )?"
    r"(?:will|would|to|should|could|may|might) cost(?: about| around| just| only| from)? $",
    re.I,
)
_PRICE_CEILING = 10_000  # a price written without a scale word is a few thousand at most
# what a thing sold for or starts at: "sold for £18.2m", "was last sold in 1987 for £1.1m",
# "which now starts at ¥2.9m" (not "sold its unit for $2bn": a deal names what was sold)
_SOLD_FOR = led(
    r"\b(?:sold|fetched|went|changed hands)(?: (?!the |its |a |an |their |his |her )"
    r"[^,;]{1,25}?)? for(?: about| around| some| nearly| almost| more than| over| roughly|"
    r" a record| just| only)? $"
    r"|\b(?:starts?|starting|started) at(?: about| around| just| only)? $",
    re.I,
)
_SCALED = re.compile(r"\d\s?(?:k|m|bn|bln|mn|mln|tn|trn|thousand|million|billion|trillion)\b", re.I)
_BID = re.compile(r"\b(?:buy|acquire|takeover|take over|bid|offer|merger|deal)\b", re.I)
_VALUING = re.compile(r"\b(?:valuing|valued|values|value) (?:the |it |the company |the firm )?"
                      r"(?:\w+ )?at(?: about| around| roughly| some| nearly| almost)? $", re.I)  # fmt: skip
_UNIT_GREW = re.compile(
    r"\b(?:division|unit|business|segment|arm|operations)(?:'s revenue)? (?:[a-z]+ly )?"
    r"(?:grew|rose|jumped|climbed|increased|fell|dropped|declined|slipped|shrank)"
    r"(?: by)? [\d.]+ ?(?:%|per ?cent) to(?: about| almost| nearly| roughly)? $",
    re.I,
)


# a sum a seller charges at a rate: "charges members £25 a month", "will charge £7 a month"
_CHARGED = re.compile(
    r"\b(?:charg(?:e|es|ed|ing)|bill(?:s|ed|ing)?)\b(?: (?!(?:him|her|them)\b)[^.;,]{0,25})?$", re.I
)
# what the rate buys, written after it: "£7 a month for its student plan"
_FOR_PLAN = re.compile(
    r"^ ?(?:a|an|per) ?(?:week|hour|month|day|night)\b,? for (?:(?:its|their|the|a|an|each|every"
    r"|one|this|that) )?(?:[\w-]+ ){0,3}?(?:plans?|subscriptions?|memberships?|tiers?|packages?"
    r"|bundles?|accounts?|passes|pass|licen[cs]es?|rooms?|users?|members?|customers?"
    r"|subscribers?)\b",
    re.I,
)


# what says a sum at a rate is someone's pay: "earns £60,000 a week", "a wage of £400 a week",
# "paid $18 an hour", "a pay rise to £12 an hour" (not the verb: "customers pay Shs1,200 a
# day" for a solar kit)
_PAID_FOR_WORK = re.compile(
    r"\b(?:earn(?:s|ed|ing|ings)?|wages?|salar(?:y|ies)|paid|income|stipend|contract"
    r"|allowance|pay (?:rise|packet|cheque|check|of|is|was))\b"
    r"|(?:['\u2019]|\b(?:their|his|her|its|our|staff|workers|hourly|basic|minimum|take-home))"
    r" pay\b",
    re.I,
)


def _at_a_rate(head: str, tail: str, sentence_head: str, metric: str | None) -> str | None:
    """A sum paid at a rate ("£60,000 a week"): pay, but a price when a price, a plan or a
    seller's charge is its clause's and no person is named ("the price of its plan to $19.99 a
    month", "will charge £7 a month for its student plan")."""
    if metric in ("bonus", "salary", "pay"):
        return metric
    if (
        _PRICED.search(head) or _CHARGED.search(head) or _FOR_PLAN.match(tail)
    ) and not PERSONISH.search(sentence_head):
        return metric or "price"
    if metric is None and not _PAID_FOR_WORK.search(sentence_head + tail):
        return None  # "about $24 a month" on a power bill, "R2,090 a month" of a pension
    return "salary"


def money_metric(text: str, start: int, end: int, metric: str | None) -> str | None:
    head = text[max(0, start - 60) : start]
    tail = text[end : end + 40]
    sentence_head = text[max(0, start - 150) : start]
    named = named_money(head, tail, sentence_head, metric)  # money_named.py
    if named is not None:
        return named
    priced = None if _SCALED.search(text, start, end) else item_price(sentence_head, tail, metric)
    if priced is not None:
        return priced  # "the average home cost £298,400", "a 215 pence-per-share offer"
    if _UNIT_PRICE.match(tail) and metric not in _PER_UNIT_MEASURES and not _own_of(head, metric):
        return "share price" if re.match(r"^ ?(?:a|per) share", tail) else "price"
    per_share = per_share_earnings(head, tail)
    if per_share is not None:
        return per_share
    if not _SCALED.search(text, start, end) and (
        _PRICE_VERB.search(head) or _priced(_WILL_COST.search(head), text[start:end])
    ):
        return priced_thing(head)  # "The game, which costs $69.99 on consoles"
    if metric in (None, "price") and _SOLD_FOR.search(head):
        return "price"  # "sold for £18.2m including fees"
    per_unit = metric is not None and ("revenue" in metric or " per " in metric or metric == "rent")
    rate_of = _RATE_OF.search(head) if _PAY_TAIL.match(tail) else None
    if rate_of is not None:  # "losing about £2,000 a week": a rate lost or saved is no pay
        return _RATE_METRIC[rate_of.group(1)[:3].lower()]
    if _PAY_TAIL.match(tail) and not per_unit and metric not in ("sales", "profit", "net income"):
        return _at_a_rate(head, tail, sentence_head, metric)
    if metric is None and _PAY_VERB.search(head) and PERSONISH.search(sentence_head):
        return "pay"
    fee = _FEE_BEFORE.search(head) or _FEE_AFTER.match(tail)
    if (
        fee
        and metric in (None, "deal", "transfer fee")
        and (_PLAYER.search(text) or _PERSON_BOUGHT.search(sentence_head) or _FOR_HIM.match(tail))
    ):
        return "transfer fee"
    purpose = purpose_metric(head, tail, metric)
    if purpose is not None:
        return purpose
    by_verb = verb_money_metric(head, tail, sentence_head, metric)
    if by_verb is not None:
        return by_verb
    if _VALUING.search(head) and re.search(r"\bshares?\b", sentence_head, re.I):
        # a bid "valuing the company at $4.1bn" values the target; a share move, the market
        return "valuation" if _BID.search(sentence_head) else "market cap"
    if metric in (None, "shares") and SHARE_MOVE.search(sentence_head):
        return "share price"
    return _bare_money(text, start, tail) if metric is None else metric


def _bare_money(text: str, start: int, tail: str) -> str | None:
    """What money no rule named is by its clause: a unit's revenue, a commodity's price, what
    it is "in" (``_held_in``)."""
    if _UNIT_GREW.search(text[clause_start(text, start) : start]):
        return "revenue"  # "its cloud division grew 31% to $2.9 billion"
    if COMMODITY_MOVE.search(text[clause_start(text, start) : start]):
        return "price"
    return _held_in(tail)


def _priced(will_cost: re.Match[str] | None, surface: str) -> bool:
    """Whether what "will cost" a sum is a price (``_WILL_COST``)."""
    if will_cost is None:
        return False
    if will_cost.group("one"):
        return True
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", surface)
    return digits is not None and float(digits.group(0).replace(",", "")) < _PRICE_CEILING


# money "in" or "of" what it is made of: "$5bn in sales", "£410m in flood claims", "$40m in
# fines", "€142bn of payments", "£300m of damage"
_IN_NOUN = re.compile(r"^ (?:in|of) (?:new |annual |extra |additional |unpaid |[a-z]+ )??"
                      r"([a-z]{3,}s|revenue|funding|debt|cash|aid|investment|capital|damage)"
                      r"\b(?!['\u2019])")  # fmt: skip
# periods, places and people money may be "in": not what it is
_NOT_HELD = frozenset(["months", "years", "weeks", "days", "hours", "others", "parts",
                       "terms", "stages", "places", "areas", "regions", "countries", "cities",
                       "states", "towns", "markets", "talks", "its", "this", "ads", "cinemas",
                       "theatres", "theaters", "stores", "shops", "branches", "venues",
                       "outlets", "hotels", "restaurants", "sites", "plants", "factories"]
)  # fmt: skip


def _held_in(tail: str) -> str | None:
    """What money written "in" a noun is made of ("£410m in flood claims"), else None."""
    held = _IN_NOUN.match(tail)
    if held is None or held.group(1).lower() in _NOT_HELD:
        return None  # "took $41m in cinemas": where, not what
    noun = held.group(1).lower()
    return METRIC_OF.get(noun, noun)  # "$40m in losses": a loss
