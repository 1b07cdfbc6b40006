"""What a percentage measures, beyond the metric phrase next to it (``metrics.refine_metric``).

Rules of general news English, each within the figure's sentence (bounded windows):
- a ratio of two measures: "the ratio of wages to revenue", "its loan-to-deposit ratio";
- "8% of its workforce" takes the verb's metric (jobs cut, jobs added, employees);
- a share "of group sales" is a share of sales; "voted by 87%" a vote; "22% of its shares" a
  stake; "98% of GDP" debt (or another measure of an economy's output) to GDP;
- a share move or a commodity that moved gives a share price or a price.
"""

from __future__ import annotations

import re

from reader.figures.context import clause_start
from reader.figures.gate import Gated, led
from reader.figures.jobs import ADD_VERB, CUT_VERB
from reader.figures.topics import COMMODITY_MOVE, SHARE_MOVE
from reader.figures.vocabulary import METRIC_OF, METRIC_RE, phrases_in

_WORKFORCE = re.compile(
    r"^ (?:of|of the|of its|of their) (?:\w+ )?(?:workforce|staff|employees|jobs)\b"
)
# a new clause with its own subject after the share move: "..., after its drug cut ... by"
_AFTER_SHARES = re.compile(
    r"\b(?:shares?|stock)\b[^;]*\b(?:after|because|since|when) (?:its|the|a|an|their)\b[^;]*$", re.I
)
_GREW = led(r"\b(?:grow|grows|grew|grown|growing|expand|expands|expanded|expanding|"
                   r"contract|contracts|contracted|shrink|shrank|shrinks)(?: by)?"
                   r"(?: about| around| some| nearly| almost| roughly| just| only)? $", re.I)  # fmt: skip
_VOTE = Gated(
    re.compile(r"\b(?:voted|votes|vote|backed|approved|supported|rejected)(?: [a-z]+){0,3}"
                   r" by(?: about| around| some| nearly| almost| roughly| just)? $", re.I),
    ('vote', 'backed', 'approved', 'supported', 'rejected'),
)  # fmt: skip
_SHARE_OF_SALES = re.compile(r"\bshare of (?:\w+ ){0,2}(?:sales|revenue|revenues|turnover)\b", re.I)
_PART_OF = re.compile(
    r"^ of (?:total |group |overall |all |its |the |their |the company's |the group's |"
    r"the club's )?"
    r"(sales|revenue|revenues|turnover|profits?|income|output|exports|budget|spending|"
    r"costs)\b",
    re.I,
)
_MAKES_UP = led(
    r"\b(?:makes? up|made up|making up|accounts? for|accounted for|accounting for|"
    r"represents?|represented|comprises?|generates?|generated|takes? up|took up|covers?|"
    r"covered|eats? up|ate up|absorbs?|absorbed|swallows?|swallowed)\b",
    re.I,
)
# "38% of patients had waited": the share of whom
_SHARE_OF_WHOM = re.compile(r"^ of (?:all |the )?(patients|customers|users|voters|adults|"
                            r"children|households|homes|firms|businesses|members|staff|"
                            r"workers|employees|pupils|students|drivers|passengers)\b", re.I)  # fmt: skip
# what a share of something is: of a firm's shares a stake, of its seats the load factor
_HELD = re.compile(
    r"^ of (?:(?P<stake>(?:its|the company's|the group's|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?"
    r"(?:'s|\u2019s)) (?:issued )?(?:shares|stock|share capital))"
    r"|(?:its|the|their|all) (?:available )?(?P<load_factor>seats))\b"
)
_OF_GDP = re.compile(r"^ of (?:gross domestic product|GDP|economic output|national income)\b")
_SPENDS = re.compile(r"\b(?:spend|spends|spending|spent)\b", re.I)
# the measures written as a share of an economy's output: "debt rose to 98% of GDP" is debt
# to GDP (spending keeps its own name, as the rule for it says)
_TO_GDP = frozenset(["debt", "net debt", "deficit", "borrowing", "surplus", "aid", "investment"])


_FULL = re.compile(r"^ (?:full|occupied|booked|sold|let|leased)\b")
_OF_TOTAL = re.compile(r"^ of (?:the |its |their |all )?(?:total|whole|overall)\b")
# a ratio of two measures: "the ratio of wages to revenue", "its loan-to-deposit ratio",
# "wages to turnover rose to 71%"
_RATIO = re.compile(
    r"\bratio of (?:its |the |their )?(?P<a>[a-z]+(?: [a-z]+)?) to (?:its |the |their )?"
    r"(?P<b>[a-z]+)\b|\b(?P<c>[a-z]+)[- ]to[- ](?P<d>[a-z]+) ratio\b"
    r"|(?:^|[.,;] |\b(?:its|the|their) )(?P<e>[a-z]+) to (?P<f>[a-z]+) (?:ratio )?"
    r"(?:rose|fell|was|is|were|hit|reached|stood|climbed|dropped|increased|decreased)\b",
    re.I,
)


def ratio_of(text: str, start: int) -> str | None:
    """ "the ratio of wages to revenue rose to 71%": "wages to revenue" (both measure words
    of the vocabulary when no "ratio" is written), else None."""
    near = text[max(0, start - 200) : start]
    if " to " not in near and "-to-" not in near:
        return None  # (most percentages)
    every = list(_RATIO.finditer(text, max(0, start - 200), start))
    if not every or every[-1].start() < clause_start(text, start):
        return None  # (the clause is looked for only when a ratio is written)
    found = every[-1]
    a, b = found.group("a", "b") if found.group("a") else found.group("c", "d")
    if a is None:
        a, b = found.group("e", "f")
        if not (METRIC_RE.fullmatch(a) and METRIC_RE.fullmatch(b)):
            return None  # "Exports to China rose 4%": a place, not a ratio
    return f"{a.lower()} to {b.lower()}"


# a share move written as a sign: "shares +9% after hours", "stock -3%"
_SIGNED_SHARES = re.compile(r"\b(?:shares?|stock) ?[+\u2212-]$", re.I)


def percent_metric(text: str, start: int, end: int, metric: str | None) -> str | None:
    """What a percentage measures: a ratio of two measures (``ratio_of``), else the first rule
    of the module doc that applies, else the metric phrase next to it."""
    return ratio_of(text, start) or _by_rule(text, start, end, metric)


def _by_rule(text: str, start: int, end: int, metric: str | None) -> str | None:
    head = text[max(0, start - 80) : start]
    tail = text[end : end + 60]
    if _FULL.match(tail):
        return "occupancy"  # "its ships were 108% full", "wards 95% occupied", "91% let"
    if metric is not None and _OF_TOTAL.match(tail) and _MAKES_UP.search(head[-40:]):
        return f"share of {metric}"  # "online sales made up 27% of the total"
    if _WORKFORCE.match(tail):
        verb = head[-60:]
        return (
            "jobs cut"
            if CUT_VERB.search(verb)
            else "jobs added"
            if ADD_VERB.search(verb)
            else "employees"
        )
    held = _HELD.match(tail)
    if held is not None:
        return (
            "stake" if held.group("stake") else "load factor"
        )  # "22% of Harcastle's shares": a stake; "93.4% of its seats"
    if _OF_GDP.match(tail) and _SPENDS.search(text, clause_start(text, start), start):
        return "spending"  # "defence spending was 1.4% of GDP", "to spend 3.5% of GDP"
    if _OF_GDP.match(tail) and (of_gdp := _to_gdp(text, start)) is not None:
        return of_gdp  # "debt rose to 98% of GDP", "net debt reached NZ$175bn, or 42.5% of GDP"
    if _SHARE_OF_SALES.match(tail.lstrip()) or _SHARE_OF_SALES.search(head[-50:]):
        return "share of sales"
    part = _PART_OF.match(tail)
    if part is not None and (_MAKES_UP.search(head[-40:]) or head.endswith(", or ")):
        return f"share of {part.group(1).lower()}"  # "makes up almost 45% of total sales"
    if _VOTE.search(head):
        return "vote"  # "voted by 87% to strike"
    whom = _SHARE_OF_WHOM.match(tail)
    if metric is None and whom is not None:
        return whom.group(1).lower()  # "38% of patients had waited longer"
    if metric is None and _GREW.search(head):
        return "growth"  # "expects the economy to grow 1.6%"
    if metric == "shares" and _AFTER_SHARES.search(head):
        return None  # "Shares jumped 27% after its drug cut heart attacks by 21%"
    if metric in (None, "shares") and (SHARE_MOVE.search(head) or _SIGNED_SHARES.search(head)):
        return "share price"  # "Shares in X, its parent, rose 4.5%", "shares +9% after hours"
    if metric is None and COMMODITY_MOVE.search(text[clause_start(text, start) : start]):
        return "price"
    return metric


def _to_gdp(text: str, start: int) -> str | None:
    """ "debt to GDP" when the last measure the sentence names before a share of GDP is one
    an economy's output measures (``_TO_GDP``), else None."""
    lo = max(0, start - 120)
    lo = max(lo, text.rfind(". ", lo, start) + 1)
    found = [METRIC_OF[p] for _, _, p in phrases_in(text, lo, start)]
    if not found or found[-1].split()[-1] not in _TO_GDP:  # "budget deficit"
        return None
    return f"{found[-1]} to GDP"
