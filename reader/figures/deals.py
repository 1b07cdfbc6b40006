"""Whose a takeover's figures are: the target's, not the buyer's who opens the sentence.

- a premium is the target's, named by the price it is measured against ("a premium of 64% to
  Celdara's closing price", "a 38% premium over Penmore's share price"; against a day's
  price, "a 31% premium to Monday's closing price", the bought firm's);
- a value the bid puts on "the company" or "it" is the target's, the name the buying verb
  governs ("agreed to buy US biotech Celdara Therapeutics for $38 a share, valuing the company
  at about $4.1 billion"; "an offer for LSE, valuing it at £1.3bn").
"""

from __future__ import annotations

import re

from reader.figures.letters import CAP
from reader.figures.name_words import not_name

_NAME = rf"{CAP}[\w&.'-]*(?: (?:&|of|{CAP}[\w&.'-]*)){{0,4}}"
# "... 64% to Celdara's closing price", "... 38% premium over Penmore's share price"
_PREMIUM_AFTER = re.compile(
    rf"[^\s,;]*(?: premium)? (?:to|over) (?:the )?(?P<name>{_NAME})(?:'s|\u2019s) "
    r"(?:[a-z-]+ ){0,2}(?:price|value|valuation)\b"
)
_PREMIUM_BEFORE = re.compile(r"\bpremium of (?:about |around |nearly |almost |some |roughly )?$")
_VALUING = re.compile(
    r"\bvalu(?:ing|es|ed|e) (?:it|the (?:company|firm|group|business|bank|club|target|lender|"
    r"carrier|insurer|chain|retailer|start-?up)) at (?:about |around |nearly |almost |some |"
    r"roughly |more than |up to )?$"
)
_BOUGHT = re.compile(
    rf"\b(?:buy|buying|bought|acquire|acquiring|acquired|purchase|take over|taking over|bid for|"
    rf"offer for|takeover of|acquisition of|purchase of) (?:(?:[a-z][\w-]*|[A-Z]{{2,3}}) ){{0,3}}?"
    # (not a place describing the name after it: "US biotech Celdara Therapeutics")
    rf"(?P<name>{_NAME})\b(?! (?!(?:for|from|in|at|of|and|to|with|by|on)\b)[a-z][\w-]* {CAP})"
)


def deal_target(text: str, start: int) -> str | None:
    """The takeover target a premium or a bid's value at ``start`` belongs to, else None."""
    head = text[max(0, start - 40) : start]
    if "premium" in text[max(0, start - 20) : start + 40]:
        after = _PREMIUM_AFTER.match(text, start)
        if after is not None and (" premium" in after.group(0) or _PREMIUM_BEFORE.search(head)):
            if not not_name(after.group("name")):
                return after.group("name")
            # "a 31% premium to Monday's closing price": a day's price, the bought firm's
            bought = list(_BOUGHT.finditer(text, 0, start))
            return bought[-1].group("name") if bought else None
    if "valu" in head and _VALUING.search(head):
        bought = list(_BOUGHT.finditer(text, 0, start))
        if bought:
            return bought[-1].group("name")
    return None
