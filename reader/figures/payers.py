"""Whose a figure is when a body, a payer or a traded thing is meant (``whose.subject_of``
asks these before the name rules):

- a penalty is the payer's: "fined Meridale Water £14.7m", "ordered Acme to pay £2m" → the
  object of the verb, not the court or regulator that imposed it;
- a commodity that is its clause's subject owns the clause's figures ("Three-month copper
  on the London Metal Exchange rose 1.9%" → copper, not the exchange), and so do a commodity
  forecast and a currency ("their Brent forecast ... to $90", "The pound rose 0.3%", "... and
  gold added 0.5%": markets.py);
- "the council", "the regulator", "the union" refer to a body of that kind: the story's firm
  only when its name says so ("Harrowgate City Council"), else the body itself.
"""

from __future__ import annotations

import re

from reader.figures.clause import PERSON, REF, clause_begin
from reader.figures.letters import CAP, has_capital
from reader.figures.markets import (
    COMMODITY_NOUN,
    coordinated_traded,
    currency_moved,
    currency_owner,
    forecast_of,
)
from reader.figures.noun_phrase import clean_phrase

# "fined Meridale Water £14.7m", "ordered the utility to pay £410,000": whom the penalty hits
_PENALISED = re.compile(
    r"\b(?:fined|fines|fine|penalised|penalized|penalises|penalizes|ordered|orders|sued|sues)"
    rf" ((?:{CAP}[\w&.'-]*)(?: (?:&|of|{CAP}[\w&.'-]*)){{0,4}}|[a-z][a-z-]+(?: [a-z][a-z-]+)?)"
    r"(?: to pay)?(?: a| an| about| almost| nearly| some| roughly| a record| an estimated)? $"
)
_PENALTY_WORDS = ("fine", "penali", "order", "sue")
# what a cost falls on is its object: "will cost us £121m", "costing us about £2m" (the body
# the speaker speaks for)
_COSTS_US = re.compile(
    r"\b(?:cost|costs|costing)(?: (?:both|all) of)? us (?:a further |an extra |another |about |"
    r"almost |nearly |around |some |roughly |more than |over |up to )?"
    r"(?:[^\s,;]+(?: [a-z]+){0,3},? (?:up|down) from (?:about |around )?)?$",  # its base too
    re.I,
)
# "the union", "the regulator" as a clause's subject: a body of that kind, the story's firm only
# when its name says so
_BODY_REF = re.compile(
    r"\s*[Tt]he (?P<whole>(?:(?:city|county|district|borough|local|national|state|federal) )?"
    r"(?P<kind>union|council|regulator|government|federation|association|university|ministry|"
    r"agency|watchdog|court|committee|commission|league|charity|hospital|school))"
    r"(?:'s|\u2019s)?\b"
)
# a capitalised grade or benchmark written right before the commodity: "U.S. West Texas
# Intermediate crude", "Brent crude", "Comex gold"
_NAMED_GRADE = re.compile(rf"(?<![\w.])(?:{CAP}[\w&-]*(?: |$))+$")
# a body named by its kind and what kind it is: "federal government", "city council"
_BODY_PHRASE = re.compile(r"(?:[a-z]+ ){1,2}[a-z]+")
# a body's kind written with what kind it is ("federal government", "select committee"; not "the
# island state", "the city", "the bank": a place or a firm the story names)
_NAMED_BODIES = frozenset(
    ["government", "council", "authority", "agency", "ministry", "regulator", "commission",
     "committee", "court", "union", "federation", "association", "watchdog"]
)  # fmt: skip
# a body "the council" may mean: the story's firm only when its name is of that kind
BODY_NOUNS = frozenset(
    ["council", "authority", "regulator", "union", "government", "federation", "association",
     "university", "school", "hospital", "charity", "trust", "ministry", "agency", "watchdog",
     "court", "committee", "commission", "board", "league", "city", "state", "bank"]
)  # fmt: skip


def payer_or_kind(text: str, start: int, clause: str | None, firm: str | None) -> str | None:
    """The payer of a penalty ("fined Meridale Water £14.7m"), a commodity that is the
    clause's subject, or the body "the council" means; None when no such rule applies."""
    if firm and _COSTS_US.search(text, max(0, start - 70), start):
        return firm  # "Adult social care alone will cost us £121m": the speaker's body pays
    window = text[max(0, start - 70) : start].lower()
    hit = any(w in window for w in _PENALTY_WORDS)
    penalised = _PENALISED.search(text, max(0, start - 70), start) if hit else None
    if penalised is not None:
        payer = penalised.group(1)
        if payer[:1].isupper():
            return payer
        if not has_capital(text[:2000]):
            return _resolve_body(payer, firm)
        if firm and clean_phrase(payer) == REF and payer.split()[-1] not in BODY_NOUNS:
            return firm  # "ordered the company to pay $6.2 million": the story's firm pays
    traded = coordinated_traded(text, start) or forecast_of(text, start)  # markets.py
    if traded is not None:
        return traded
    if clause is None or clause in (REF, PERSON):
        return None
    commodity = COMMODITY_NOUN.search(clause)
    if commodity is not None and not _in_a_name(clause, commodity.end()):
        named = _NAMED_GRADE.search(clause, 0, commodity.start())
        if named and named.start() == 0 and " " not in named.group(0).strip():
            named = None  # "Spot nickel", "Benchmark copper": a capitalised opener, no grade
        # "West Texas Intermediate crude climbed": the grade named before the commodity
        return clause[named.start() : commodity.end()] if named else commodity.group(1)
    if currency_owner(clause) and currency_moved(text, clause, start):
        return clause  # "The pound rose 0.3% against the dollar": the pound's
    if clause in BODY_NOUNS or (firm and clause.islower() and clause in firm.lower().split()):
        return _resolve_body(clause, firm)  # "the council", "The mutual would have paid"
    if _BODY_PHRASE.fullmatch(clause) and clause.split()[-1] in _NAMED_BODIES:
        return _resolve_body(clause, firm)  # "The federal government has pledged A$250m"
    return None


# what may follow a commodity's name in capitals and leave it the commodity ("Brent Crude
# Futures", "Gold Prices" in a headline's case)
_TRADED_TAIL = re.compile(r"(?:Crude|Oil|Prices?|Futures|Spot|Contracts?)\b")


# a firm's kind after a commodity, with the firm's name after it: "Gold miner Witberg Resources
# jumped 5.6%", "copper producer Kivu Metals": the commodity describes the firm
_DESCRIBES_A_FIRM = re.compile(
    r" (?:miner|producer|explorer|refiner|smelter|trader|processor|exporter|importer|major|"
    rf"group|company|firm|developer|giant) (?=(?-i:{CAP}))",
    re.I,
)


def _in_a_name(clause: str, end: int) -> bool:
    """Whether the commodity ending at ``end`` is a word of a name that goes on in capitals
    ("Kolwezi Copper Haulage", "Bamako Cotton Board", "Gold Fields": the firm, not the metal)
    or describes the firm named after it ("Gold miner Witberg Resources")."""
    if _DESCRIBES_A_FIRM.match(clause, end):
        return True
    rest = clause[end:].lstrip()
    return rest[:1].isupper() and _TRADED_TAIL.match(rest) is None


def body_of(
    text: str, start: int, clause: str | None, main: str | None, prior: str | None
) -> str | None:
    """ "The union wants pay to rise": the union (the story's firm or the sentence before's
    only when its name says so), not the employer the story is about."""
    body = _BODY_REF.match(text, clause_begin(text, start)) if clause == REF else None
    if body is None:
        return None
    for firm in (main, prior):
        if firm and body.group("kind") in firm.lower().split():
            return firm
    return body.group("whole")  # "the city council cut its grant": the city council


def _resolve_body(noun: str, firm: str | None) -> str:
    """ "the council" is the story's firm when that is a council ("Harrowgate City Council"),
    else the body itself."""
    word = noun.split()[-1].lower()
    if firm and (word in firm.lower().split() or word == "board"):
        return firm  # (a board is the body it runs: "the board rejected two approaches")
    return noun
