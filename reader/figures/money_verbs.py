"""What a sum of money is by what is done with it (rules of ``money_metric.money_metric``).

Rules of general news English, each within the figure's sentence (bounded windows):
- by the verb before it: what a film "cost to make" is its budget, a scheme's "expected to
  cost" a cost; "plans to spend £48m" spending (on what it names); "to cut costs by" and
  "to save" cost savings; "has lent" loans; "will borrow" borrowing; "stole" theft; "lost" a
  loss;
- by what it is for: "to help growers" is aid, "to pay for" funding, "set aside" a
  provision, what an appeal raised donations, "spent $200m developing" a cost.
"""

from __future__ import annotations

import re

from reader.figures.compound import modifier_form, spent_on_phrase
from reader.figures.gate import Gated, led
from reader.figures.topics import COMMODITY_MOVE, FILM, SHARE_MOVE
from reader.text.stop_words import sumy_stop_words

_BUDGET = Gated(
    re.compile(
        r"\bcost(?:s|ing)?(?: (?!savings\b|cuts\b|of\b)(?:the |its |their )?[a-z'\u2019]+(?: [a-z]+)?)?"
        r"(?: about| around| some| nearly| roughly| an estimated| just| only| between| up to|"
        r" as much as)? $",
        re.I,
    ),
    ("cost",),
)
_CUT_COSTS = re.compile(
    r"\b(?:cut|cuts|cutting|reduce|reduces|reducing|slash|slashes|slashing|lower|lowering)"
    r" (?:its |their |the )?(?:annual )?costs (?:by|of)(?: about| around| some| roughly)? $"
)
# money put by "to help growers", "to pay for more operations": aid and funding
_AID_TAIL = re.compile(r"^(?: [\w-]+){0,5}? to (?:help|support|assist|compensate|rescue)\b", re.I)
_FUND_TAIL = re.compile(r"^(?: [\w-]+){0,3}? to (?:pay for|fund|finance)\b", re.I)
# money a body gives towards something: "provided £250,000 towards staging the event",
# "committed 190 million crowns to a new ice monitoring programme", "promised an extra £11.5
# million for children's services"
_GIVEN = led(
    r"\b(?:provides?|provided|providing|commit(?:s|ted)?|promise[sd]?|pledge[sd]?|"
    r"contribute[sd]?|contributing|grant(?:s|ed)?|allocate[sd]?|allocating)"
    r"(?: a further| another| an extra| an additional| a total of| about| around| some| nearly|"
    r" almost| more than| roughly| up to)? $",
    re.I,
)
_GIVEN_TAIL = re.compile(r"^(?: [\w-]+){0,3}? (?:to|for|towards|toward)\b")
# "spent ... $200m developing the game": the cost of making something (past, with a gerund)
_SPENT = led(r"\bspent\b")
_MAKING_TAIL = re.compile(
    r"^ (?:developing|building|making|designing|creating|producing|constructing|restoring)\b"
)
_SET_ASIDE = led(r"\b(?:set aside|sets aside|setting aside|put aside|earmarked)"
                        r"(?: about| around| some| a further| another| an extra)? $", re.I)  # fmt: skip
_SPEND = re.compile(
    r"\b(?:spend|spends|spent|spending)(?: a further| another| an extra|"
    r" about| around| some| nearly| almost| more than| over| roughly| just)? $",
    re.I,
)
_LOST = Gated(
    re.compile(r"\b(?:lost|loses|lose|losing)(?: about| around| some| nearly| almost|"
                   r" more than| over| roughly| a further| another)? $", re.I),
    ('los',),
)  # fmt: skip
_LENT = re.compile(r"\b(?:lent|lends|loaned|loans)(?: (?:the|it|them|him|her) [a-z]+| it| them)?"
                   r"(?: a further| another| about| some| more than)? $", re.I)  # fmt: skip
_STOLE = led(r"\b(?:stole|stolen|steal|hacked for|theft of|heist of)\b[^,;]{0,40}$", re.I)
_TURNED_OVER = re.compile(
    r"\b(?:turns?|turned|turning) over(?: about| around| some| nearly| almost| more than|"
    r" roughly| just)? $"
)
# money a company spends buying back its shares: "bought back 1.3 million shares for $79
# million", "repurchased 6.2 million shares for $1.7 billion", "will buy back up to 21 million
# shares ... for up to 50 billion yen", "return ¥15 billion to shareholders through a share
# buyback" (not the price paid a share: "at an average of $61.20 a share")
_BOUGHT_BACK = led(
    r"\b(?:(?:bought|buy|buys|buying) back|repurchas(?:e|es|ed|ing))\b(?:[^.;:]|\.(?=\d)){0,60}$",
    re.I,
)
_BUYBACK_TAIL = re.compile(r"^ (?:to shareholders )?(?:through|via|in) an? (?:share )?buy-?back\b")
_A_SHARE = re.compile(r"^ ?(?:a|per|each) share\b")
_BUDGET_AFTER = re.compile(r"^ to (?:make|produce|build|film|develop|stage)\b", re.I)
# money a body puts up itself: "will fund about $30m from reserves", "financed €12m of it"
_FUND = re.compile(
    r"\b(?:fund|funds|funded|finance|finances|financed)(?: a further| another| about| around|"
    r" some| roughly| nearly| almost| up to)? $",
    re.I,
)
# where money a body puts up comes from, never what it measures ("from reserves")
_SOURCES = frozenset(["reserves", "savings", "cash", "cash reserves", "own funds"])
# money a body borrows: "will borrow $40 billion over four years", "borrowed a further £2bn"
_BORROW = re.compile(
    r"\b(?:borrow|borrows|borrowed|borrowing)(?: a further| another| an extra| an additional|"
    r" about| around| some| nearly| almost| more than| over| roughly| up to)? $",
    re.I,
)
_SAVE = re.compile(r"\b(?:save|saving|saves|savings of)(?: about| around| some| roughly)? $", re.I)


# an appeal or a fundraising campaign that raised the money: donations
_APPEAL_RAISED = led(
    r"\b(?:appeal|appeals|campaign|fundraiser|fundraising|telethon|marathon|crowdfunding|"
    r"collection|the public)\b[^.;]{0,40}\b(?:raised|raises|raising|collected|collects|"
    r"donated)(?: a record| an? (?:record|total of))?"
    r"(?: about| around| almost| nearly| more than| over| some| roughly)? $",
    re.I,
)


def purpose_metric(head: str, tail: str, metric: str | None) -> str | None:
    """Money by what it is for: "set aside €120m to help growers" is aid, "an extra £150m to
    pay for more operations" funding, "set aside £85m to cover claims" a provision."""
    if metric in (None, "aid", "funding") and _APPEAL_RAISED.search(head):
        return "donations"  # "its emergency appeal had raised £2.3m": what donors gave
    if metric not in (None, "provision", "budget", "funding"):
        return None
    if metric is None and _MAKING_TAIL.match(tail) and _SPENT.search(head):
        return "cost"  # "spent five years and $200m developing the game": what it cost
    if _AID_TAIL.match(tail):
        return "aid"
    if _FUND_TAIL.match(tail) or (
        metric is None and _GIVEN.search(head) and _GIVEN_TAIL.match(tail)
    ):
        return "funding"  # (or "provided £250,000 towards staging the event")
    if _SET_ASIDE.search(head):
        return "provision"
    return None


# what money is spent on: "spend $18bn on content", "spent £2m on new buses"
_SPENT_ON = re.compile(
    r"^ on (?:the |new |its |their |extra )?(?P<noun>[a-z][a-z-]*[a-z])\b(?! of\b)"
)
_TIME_WORD = re.compile(r"(?:^|-)(?:year|years|month|months|week|weeks|day|days|average|top)$")


def verb_money_metric(head: str, tail: str, sentence_head: str, metric: str | None) -> str | None:
    """What money is by the verb before it: cost, spend, lose, save (None: no such verb)."""
    if _CUT_COSTS.search(head):
        return "cost savings"  # "aims to cut costs by €1.5bn"
    if _BUDGET.search(head):
        # what a film "cost to make" is its budget; a scheme's "expected to cost £3.5m" a cost
        if _BUDGET_AFTER.match(tail) or FILM.search(sentence_head):
            return "budget"
        if metric in ("restructuring", "investment", "deal"):
            return f"{metric} cost"  # "expects the restructuring to cost £150m"
        if metric is None or metric in ("cost savings", "box office"):
            return "cost"
    if _SPEND.search(head) and metric in (None, "cost savings", "costs", "box office"):
        # "plans to spend £48m repairing roads" (not "spent $1bn on research": R&D); "spend
        # $18bn on content": content spending
        whole = spent_on_phrase(tail)
        if whole is not None and " " in whole:
            return f"spending on {whole}"  # "on weekend clinics", "this year on marketing"
        on = _SPENT_ON.match(tail)
        noun = on.group("noun") if on else (whole or "")
        if noun and noun not in sumy_stop_words() and not _TIME_WORD.search(noun):
            return f"{modifier_form(noun)} spending"
        return "spending"
    if metric is None and _TURNED_OVER.search(head):
        return "turnover"  # "the business turns over about £310,000 a year"
    if (
        metric in (None, "shares", "share price")
        and not _A_SHARE.match(tail)
        and (_BOUGHT_BACK.search(head) or _BUYBACK_TAIL.match(tail))
    ):
        return "buyback"  # "repurchased 6.2 million shares for $1.7 billion"
    if _LENT.search(head):
        return "loans"  # "has lent the club £140m"
    if _STOLE.search(head):
        return "theft"  # "hackers stole tokens worth about $230m"
    if (
        _LOST.search(head)
        and (metric in (None, "cost savings") or "profit" in (metric or ""))
        and not (COMMODITY_MOVE.search(sentence_head) or SHARE_MOVE.search(sentence_head))
    ):
        return "loss"  # "which lost £27m last year" (a profit named before: "made no profit")
    return _saved_or_borrowed(head, metric)


def _saved_or_borrowed(head: str, metric: str | None) -> str | None:
    """Money saved (cost savings), borrowed (borrowing) or put up (funding) by the verb before
    it, else None."""
    if _SAVE.search(head):
        return "cost savings"
    if (metric is None or metric in _SOURCES) and _FUND.search(head):
        return "funding"  # "The board will fund about $30m from reserves"
    if metric in (None, "debt", "loans", "funding") and _BORROW.search(head):
        # "it would borrow $40 billion over the next four years" (what "the debt office"
        # borrows is its borrowing, not its debt)
        return "borrowing"
    return None
