"""Money named by what was done with it, read after the other rules (each a bounded look
around the figure in its sentence):

- what a holding is worth: "holds a 9% stake worth about $2.8bn" (stake value), and shares
  sold or bought by their worth: "sold shares worth $420m" (shares sold);
- a sum put into a firm: "which put in €120m", "invested $40m" (investment), where the rules
  gave a story's default or a valuation;
- a sum given to charity or donated: "has given about $1.3bn to education charities"
  (donations);
- what a person was paid: "a package worth £9.2m" received by a person, "the £4.1m she was
  paid a year earlier", "the £3.4m he received" in a sentence about pay, "chief executive X
  was awarded £9.8m" (pay; not "in damages"), a person's "contract worth €2.4m a season"
  (salary);
- an analyst's target for a share: "raised its target price on the stock to Rs 13,200 from
  Rs 12,100" (target price, not the share price);
- what a thing costs, by the noun "costing" follows: "a second terminal costing about £120m"
  (terminal cost), "a second berth, costing €140m" (berth cost).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.compound import modifier_form
from reader.figures.gate import Gated
from reader.figures.surface import surface_at
from reader.figures.topics import PERSONISH
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_HEDGE = (
    r"(?: (?:about|around|some|nearly|almost|roughly|more than|over|up to|as much as|a further|"
    r"another|an extra|an estimated|a reported))?"
)
# a holding's worth: "a 9% stake worth about", "its holding, worth"
_STAKE_WORTH = Gated(
    re.compile(
        r"\b(?:stake|holding|shareholding)s?,?(?: (?:now|then|currently))? worth" + _HEDGE + r" $",
        re.I,
    ),
    ("worth",),
)
# shares a holder sold or bought, by their worth: "sold shares worth $420m"
_SHARES_WORTH = Gated(
    re.compile(
        r"\b(?P<verb>sold|sells|sell|selling|bought|buys|buy|buying) (?:(?!back\b)[a-z]+ )?shares"
        r"(?: (?:in [\w&' -]{1,30}?))? worth" + _HEDGE + r" $",
        re.I,
    ),
    ("worth",),
)
_DONE = {"sol": "sold", "sel": "sold", "bou": "bought", "buy": "bought"}
# money put into a firm: "which put in €120m", "invested a further $40m"
_PUT_IN = Gated(
    re.compile(
        r"\b(?:put in|puts in|putting in|invested|invests|investing|ploughed in|poured in|"
        r"injected|injects)" + _HEDGE + r" $",
        re.I,
    ),
    ("put", "invest", "plough", "pour", "inject"),
)
# what the rules give a sum from a story's kind or a valuation, which an act's own word beats
_DEFAULTS = frozenset(["valuation", "market value", "market cap", "wealth", "box office", None])
# a gift: "donated $5m", "has given about $1.3bn to education charities"
_DONATED = Gated(
    re.compile(r"\b(?:donated|donates|donate|donating)" + _HEDGE + r" $", re.I), ("donat",)
)
_GIVEN = Gated(
    re.compile(r"\b(?:given|gave|give|gives|giving)(?: away)?" + _HEDGE + r" $", re.I),
    ("give", "gave", "giving"),
)
_TO_CHARITY = re.compile(
    r"^ (?:to|for) (?:[\w'-]+ ){0,3}(?:charities|charity|good causes|causes|foundations?)\b",
    re.I,
)
# a person's pay: "received a package worth £9.2m", "his pay package, worth"; "the £4.1m she
# was paid"
_PACKAGE_WORTH = Gated(
    re.compile(
        r"\b(?:(?:received|receives|receive|got|gets|was awarded|was given|took home) (?:a|an)|"
        r"(?:his|her|their|pay|remuneration|compensation)) (?:[a-z]+ )?package,? worth"
        + _HEDGE
        + r" $",
        re.I,
    ),
    ("package",),
)
# a thing and what it costs: "a second terminal costing about", "a berth, costing"
_COSTING = re.compile(r"\b(?P<noun>[a-z][a-z-]*[a-z]),? costing" + _HEDGE + r" $")
_PAID_AFTER = re.compile(r"^ (?:he|she|they) (?:was|were|had been|has been|is|are) paid\b")
# what a person received in a sentence about pay: "the £3.4m he received the year before"
_RECEIVED_AFTER = re.compile(r"^ (?:he|she) (?:had )?(?:received|got|earned|took home)\b")
_PAY_WORDS = re.compile(r"\b(?:pay|paid|package|salary|bonus|remuneration)\b", re.I)
# a person by title paid or awarded a sum: "chief executive Daniel Whitcombe was awarded",
# "Its vice-chancellor, Dame Alison Treve, was paid" (not "was awarded £50,000 in damages")
_TITLE = re.compile(
    r"\b(?:chief executive|executive|boss|chairman|chairwoman|chair|director|vice-chancellor|"
    r"president|governor|manager|founder|ceo)\b",
    re.I,
)
_AWARDED = re.compile(r"\b(?:was|is|has been|had been) (?:awarded|paid|given)" + _HEDGE + r" $")
# an analyst's target for a share: "raised its target price on the stock to Rs 13,200 from Rs
# 12,100", "cut their price target to 1,500p" (not the share price); the words between hold no
# sentence end (a decimal point may: "to GH¢11.20 from") and no clause of the shares' own
# price ("a price target of 540p on the shares, which closed at 498p")
_TARGET = re.compile(
    r"\b(?:target price|price target|target)\b"
    r"(?:(?!\b(?:which|closed?|closing|trade[ds]?|traded|ended|stood)\b)[^.;]|\.(?=\d)){0,40}?"
    r"\b(?:to|of|at|from)" + _HEDGE + r" $",
    re.I,
)
TARGET_SAID = re.compile(r"\b(?:target price|price target)\b", re.I)
# a person's contract by the year or season: "a three-year contract reportedly worth €2.4m a
# season" (salary; a firm's "contract worth £5m a year" is no pay: a person must be named, by
# age, pronoun, title or "who")
_CONTRACT_WORTH = re.compile(r"\b(?:contract|deal)\b[^.;,]{0,25}? worth" + _HEDGE + r" $")
_BY_TERM = re.compile(r"^ (?:a|per|each) (?:year|season|week|month)\b")
_A_PERSON = re.compile(r"\b[A-Z][a-z]+, \d{2},|\b\d{2}-year-old\b|\bwho\b")
_NAME_ONLY = re.compile(r"(?:,? (?:[A-Z][\w'.-]*|of|the))*,?\s?")
_NOT_PAY = re.compile(r"^ (?:in|as) (?:damages|compensation|costs)\b")


def _act_metric(f: Figure, head: str, tail: str) -> str | None:
    """The measure an act around a money figure names (module doc), else None."""
    if (
        TARGET_SAID.search(head)
        and _TARGET.search(head)
        and f.metric in ("share price", "price", None)
    ):
        return "target price"
    shares = _SHARES_WORTH.search(head)
    if shares is not None:
        return f"shares {_DONE[shares.group('verb')[:3].lower()]}"
    if _STAKE_WORTH.search(head):
        return "stake value"
    if _PACKAGE_WORTH.search(head) or _PAID_AFTER.match(tail):
        return "pay"
    if _RECEIVED_AFTER.match(tail) and _PAY_WORDS.search(f.sentence):
        return "pay"
    if _CONTRACT_WORTH.search(head) and _BY_TERM.match(tail):
        person = _A_PERSON.search(f.sentence) or PERSONISH.search(f.sentence)
        if person is not None:
            return "salary"
    awarded = _AWARDED.search(head) if f.metric is None and not _NOT_PAY.match(tail) else None
    if awarded is not None:  # the title, then only the person's name, then the verb
        titles = list(_TITLE.finditer(head, 0, awarded.start()))
        if titles and _NAME_ONLY.fullmatch(head, titles[-1].end(), awarded.start()):
            return "pay"
    if _DONATED.search(head) or (_GIVEN.search(head) and _TO_CHARITY.match(tail)):
        return "donations"
    if _PUT_IN.search(head) and f.metric in _DEFAULTS | {"funding"}:
        return "investment"
    costing = _COSTING.search(head)
    noun = costing.group("noun") if costing else ""
    if noun and noun not in sumy_stop_words() and not noun.endswith(("ly", "ing", "ed")):
        return f"{modifier_form(noun)} cost"
    return None


def money_acts(figures: Sequence[Figure]) -> list[Figure]:
    """Each money figure with the measure an act around it names; other figures unchanged."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f) if f.kind == "money" else -1
        if at > 0:
            end = at + len(f.surface)
            named = _act_metric(f, f.sentence[max(0, at - 80) : at], f.sentence[end : end + 60])
            if named is not None and named != f.metric:
                f = replace(f, metric=named, measure=f.measure or f.metric)
        out.append(f)
    return out
