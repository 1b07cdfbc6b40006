"""Money named by what it is, beside the rules of ``money_metric.py`` (read before them):

- what a fund or firm pays its holders: "will pay 2.31 cents per unit" (distribution per
  unit), "paid 40p a share" (dividend);
- prize money: a sum won ("The runners-up won $2 million"), or received by a winner ("the
  winner will receive £680,000"), not what a win was made of ("won $3m in damages");
- the revenue a thing brings in: "raise £1.5m a year from tickets" (ticket revenue), "the
  higher fee would bring in $14m" (fee revenue), not money from people or a firm ("raised
  $50m from investors": funding);
- money that passes through a firm: "processed €142 billion of payments" (payment volume);
- what one item costs, by its noun: "a digital subscription costs £5.99" (digital
  subscription price).

Each look is a bounded window before or after the figure.
"""

from __future__ import annotations

import re

from reader.figures.compound import modifier_form
from reader.figures.measure_words import ACTORS, counted_people
from reader.figures.vocabulary import METRIC_OF
from reader.text.stop_words import sumy_stop_words

# a fund or firm paying its holders: "will pay 2.31 cents per unit", "paid 40p a share"
_PAID_OUT = re.compile(r"\b(?:pay|pays|paid|paying|declared|declares|distribute[sd]?)"
                       r"(?: out)?(?: about| around| some| a total of)? $", re.I)  # fmt: skip
_PER_HOLDING = re.compile(r"^ ?(?:a|per|for each) (?:unit|share)\b")
# what one item costs, by the noun before the verb: "a digital subscription costs £5.99",
# past a size ("Each 12-metre bus sells for": bus price)
# (the verb that prices a thing, and a hedge, right before the sum)
_COSTS = (
    r"(?:costs|(?:will|would|could|should|may|might|does|do) cost|sells for|retails for|"
    r"is priced at)(?: about| around| just| only| from)? $"
)
_PRICED_THING = re.compile(
    r"\b(?i:a|an|the|each|one|every|its|their|his|her) (?:\d+(?:\.\d+)?-[a-z]+ )?"
    r"(?P<np>(?:[a-z][a-z-]*[a-z] )?"
    r"[a-z][a-z-]*[a-z]) (?:now |currently |still |already |also |only )?" + _COSTS
)
# ... and where a participle's phrase stands between the thing and the verb ("A single ticket
# bought on a phone will cost €2.40", "a pint sold in central London costs £7.50"), the thing
# before it, not the phrase's noun (a phone price)
_PRICED_BEFORE = re.compile(
    r"\b(?i:a|an|the|each|one|every|its|their|his|her) (?P<np>(?:[a-z][a-z-]*[a-z] )?"
    r"[a-z][a-z-]*[a-z]) (?:[a-z]+ed|bought|sold|made|paid|kept|held|sent|built|grown|worn) "
    r"(?:on|at|in|from|by|via|through|for|with|online|abroad|locally|here)\b[^,.;:]{0,40}? "
    + _COSTS
)
_NOT_PRICED = frozenset(["it", "one", "which", "that", "this", "same", "other", "cost", "price",
                         "move", "change", "plan", "scheme", "project", "deal"])  # fmt: skip


def priced_thing(head: str) -> str:
    """ "a digital subscription costs £5.99": "digital subscription price"; "price" when no
    plain noun names what costs the sum."""
    m = _PRICED_BEFORE.search(head) or _PRICED_THING.search(head)
    if m is None:
        return "price"
    words = m.group("np").split()
    if any(w in _NOT_PRICED or w in sumy_stop_words() for w in words):
        return "price"
    if len(words) == 2 and (words[0].endswith(("ed", "ly", "ing")) or words[0] in _NOT_PRICED):
        words = words[1:]
    return " ".join([*words, "price"])


# money won: "The runners-up won $2 million", "won an extra $100,000",
# "the winner will receive £680,000" (not "won $3m in damages", "won a $2bn contract")
_WON = re.compile(
    r"\b(?:won|wins|win|winning|scooped|scoops)"
    r"(?: an extra| a further| another| a record| about| around| some| nearly| almost|"
    r" more than| over| roughly| up to)? $",
    re.I,
)
_WINNER = re.compile(
    r"\b(?:winners?|runners?-up|champions?|finishers?|finishing [a-z0-9]+(?: to [a-z0-9]+)?|"
    r"placed [a-z0-9]+)\b[^.;]{0,30}?\b(?:will |would |is to |are to )?(?:receives?|received|"
    r"receiving|gets?|got|collects?|collected|earns?|earned)"
    r"(?: an extra| a further| about| around| some| nearly| almost| more than| over| up to)? $",
    re.I,
)
_WON_WHAT = re.compile(r"^ (?:in|of|for|worth|contract|deal|order|grant)\b")


# money a thing brings in: "raise about £1.5m a year from tickets", "$31m collected in entry
# fees", "the higher fee would bring in about $14m"
_FROM_THINGS = re.compile(
    r"^(?: a (?:year|month|week|season))? (?:(?:collected|raised|earned|taken) (?:from|in)|from) "
    r"(?:the |its |their )?(?P<adj>[a-z][a-z-]*[a-z] )?(?P<noun>[a-z][a-z-]*[a-z]s)\b"
)
_EARNING_VERB = re.compile(
    r"\b(?:raise|raises|raised|raising|earn|earns|earned|make|makes|made|generate|generates|"
    r"generated|bring in|brings in|brought in|collect|collects|collected)"
    r"(?: about| around| some| an estimated| up to| nearly| almost| more than| over)? $"
)
_THING_BRINGS = re.compile(
    r"\b(?i:the|a|an|its|this|that|each) (?:[a-z-]+ )?(?P<noun>(?!(?:would|will|could|should|is|was|has|have|had|been) )[a-z]{3,}) (?:would |will |could |"
    r"should |is expected to |was expected to |is set to |(?P<to>to ))?(?:bring in|brings in|brought in|"
    r"raise|raises|raised|generate|generates|generated)"
    r"(?: about| around| some| an estimated| up to| nearly| almost| more than| over)? $"
)
_NOT_EARNERS = frozenset(["investors", "backers", "donors", "shareholders", "banks", "lenders",
                          "sales", "funds", "years", "months", "weeks", "savings", "bonds",
                          "loans", "others", "sources", "rounds", "sponsors", "members",
                          "firm", "company", "group", "government", "council", "it", "plan",
                          "deal", "sale", "offering", "listing", "float", "ipo", "round",
                          "appeal", "campaign", "charity", "issue"])  # fmt: skip


# what a decision is, not what pays: the money it brings in is revenue ("the change", "the rise")
_CHANGES = frozenset(["change", "changes", "rise", "increase", "move", "measure", "measures",
                      "policy", "reform", "reforms", "decision", "rules"])  # fmt: skip

_PERSON = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)


def brought_in(head: str, tail: str) -> str | None:
    """The revenue a thing brings in (``_FROM_THINGS``, ``_THING_BRINGS``): "ticket revenue",
    "fee revenue"; None when the money comes from people or a firm ("raised $50m from
    investors": funding)."""
    m = _FROM_THINGS.match(tail)
    if m is not None and _PERSON.search(head):
        return None  # "he earned £85,000 from speeches": a person's pay
    if m is not None and (_EARNING_VERB.search(head) or "collected" in m.group(0)):
        noun = m.group("noun")
        plain = noun not in _NOT_EARNERS and noun not in sumy_stop_words()
        if plain and not counted_people(noun) and noun not in ACTORS:
            adj = (m.group("adj") or "").strip()
            which = f"{adj} " if adj and adj not in ("new", "extra", "higher") else ""
            return f"{which}{modifier_form(noun)} revenue"
    thing = _THING_BRINGS.search(head)
    if thing is not None and thing.group("noun") in _CHANGES:
        return "revenue"  # "expects the change to bring in about €3.5 million a year"
    if thing is not None and thing.group("to"):
        return None  # "plans to sell its lending arm to raise $350m": a purpose, not a source
    if thing is not None and thing.group("noun") not in _NOT_EARNERS:
        noun = thing.group("noun")
        if not counted_people(noun) and not noun.endswith(("er", "or", "ist")):
            return f"{modifier_form(noun)} revenue"  # "the higher fee would bring in about $14m"
    return None


# money that passes through a payments firm or exchange: "processed €142 billion of payments",
# "handled $2 trillion of trades" (payment volume, trade volume; transactions are the vocabulary's
# "transaction value")
_PROCESSED = re.compile(r"\b(?:processed|processes|processing|process|handled|handles|handling)"
                        r"(?: about| around| some| nearly| almost| more than| over| a record)? $")  # fmt: skip
_FLOW = re.compile(r"^ (?:of|in|worth of) (?:[a-z-]+ )?(payment|trade|order)s\b")


# a part of a prize pool: "$4 million of a record $15 million prize pool"
_OF_PRIZE = re.compile(
    r"^ of (?:a |the |its |this year's )?(?:record |total )?[^,;]{1,20}? prize (?:pool|fund)\b"
)


def won_prize(head: str, sentence_head: str, tail: str) -> bool:
    """Whether a sum is prize money: won by someone, or received by a winner (``_WON``,
    ``_WINNER``), and not what a win was made of ("won $3m in damages")."""
    if _OF_PRIZE.match(tail):
        return True  # "taking home $4 million of a record $15 million prize pool"
    if _WON_WHAT.match(tail):
        return False
    return _WON.search(head) is not None or _WINNER.search(sentence_head) is not None


def named_money(head: str, tail: str, sentence_head: str, metric: str | None) -> str | None:
    """Money paid to holders, prize money or revenue brought in (module doc), else None."""
    flow = _FLOW.match(tail) if _PROCESSED.search(head) else None
    if flow is not None:
        return f"{flow.group(1)} volume"  # "processed €142 billion of payments": payment volume
    paid = _PER_HOLDING.match(tail) and _PAID_OUT.search(head)
    if metric in (None, "price", "share price", "pay") and paid:
        return "dividend" if "share" in tail[:12] else "distribution per unit"
    if metric in (None, "pay", "salary", "wealth", "prize pool", "prize fund") and won_prize(
        head, sentence_head, tail
    ):
        return "prize money"  # "The runners-up won $2 million", "the winner will receive £1m"
    if metric in (None, "funding", "revenue", "cost savings"):
        return brought_in(head, tail)  # "raise £1.5m a year from tickets": ticket revenue
    return None


# a typical or average item and what it costs or how its price moves: "the average home cost
# £298,400", "a typical annual season ticket will go up by £268 to £6,090"
_TYPICAL_ITEM = re.compile(
    r"\b(?i:a|an|the) (?:typical|average) (?:[a-z][\w-]* ){0,3}?(?P<noun>[a-z][\w-]*)"
    r"(?: (?:from|in|for|on) [^,;.]{1,30}?)? (?:will |would |could |is set to |is to |has |had )?"
    r"(?:cost|costs|go up|goes up|went up|gone up|rise|rises|rose|risen|fall|falls|fell|fallen|"
    r"increase|increases|increased|climb|climbs|climbed|drop|drops|dropped)"
    r"(?: by(?: [^,;]{1,12}? to)?)?(?: to| from| about| around| some| almost| nearly| just)* $"
)
# a product whose price is raised or cut from one sum to another: "hiking the standard plan in
# the us from $15.49 to $17.99 a month"
_REPRICED = re.compile(
    r"\b(?:hik|rais|increas|lower|cut|reduc)[a-z]* (?:the|its|their) (?P<np>(?:[a-z][\w-]* ){0,2}"
    r"(?P<noun>[a-z][\w-]*))(?: in [^,;.]{1,20}?)? from(?: [^,;]{1,12} to)? $"
)
# an offer or bid priced per share: "a 215 pence-per-share cash offer"
_PER_SHARE_OFFER = re.compile(r"^[ -]?per[ -]share (?:cash |all-share |takeover |final )?"
                              r"(?:offer|bid|proposal|approach)\b")  # fmt: skip


def item_price(head: str, tail: str, metric: str | None) -> str | None:
    """What one item costs, said by how its price moves or what a typical one costs (above):
    "price", "offer price"; else None. ``head`` is the figure's sentence before it; only for a
    sum without a scale word."""
    if _PER_SHARE_OFFER.match(tail):
        return "offer price"
    if metric not in (None, "index", "pay", "salary"):
        return None  # a measure already named: "the average salary rose to £35,000"
    head = re.split(r"[.;:!?] ", head)[-1]
    for pattern in (_TYPICAL_ITEM, _REPRICED):
        m = pattern.search(head)
        if m is not None and m.group("noun").lower() not in METRIC_OF:
            return "price"
    return None
