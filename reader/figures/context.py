"""What a figure measures, read from its sentence (the vocabulary is ``vocabulary.py``,
how it moved ``change.py``).

Simple, general rules of financial English, all within the figure's clause:
- metric: a metric phrase right after the figure ("9% revenue growth", "$5m in sales", "a 40%
  drop in profits"), else the nearest one before it, else one shortly after but not past the
  next figure; a phrase written right after the previous figure and cut off by "and" or a
  comma is that figure's ("Rs 14 per share and a capex plan of 2,500 crore"); "per share"
  after a dividend is the dividend; money never takes a rate metric ("growth", "margin") and
  a percentage never a money one ("funding", "capex"); a count's metric comes from its own
  noun ("users") or is null;
- subject: see ``names.py``;
"""

from __future__ import annotations

import re

from reader.figures.change import DOWN_NOUN, UP_NOUN
from reader.figures.gate import led
from reader.figures.memo import per_story
from reader.figures.vocabulary import METRIC_OF, METRIC_RE, names_no_measure
from reader.model import FigureKind

_NEW_CLAUSE_AFTER = re.compile(
    r", (?:and|but|while|as) "
    # "to £1.9bn as it raised home insurance prices": a clause with a subject of its own
    r"| (?:as|after|because|since|when|while) (?:it|they|he|she|we|the (?:company|group|firm|"
    r"bank|insurer|retailer|airline|chain))\b"
    # "fell 3.1% after iron ore prices dropped": a clause whose subject is a noun phrase and
    # whose verb follows it within four words
    r"| (?:after|because|since|while|amid|as) (?:[a-z][a-z-]* ){1,4}?"
    r"(?:dropped|fell|rose|climbed|slid|sank|slumped|jumped|surged|soared|slowed|eased|"
    r"declined|tumbled|rallied|weakened|strengthened|were|was)\b"
    # "had grown 0.3% in the third quarter and unemployment had edged up to 4.6%": a second
    # clause with a subject and a verb of moving of its own
    r"| and (?:the |its |their )?(?:[a-z][a-z-]* ){1,3}?(?:had |has |have |was |were |is |are )?"
    r"(?:edged|rose|risen|fell|fallen|grew|grown|climbed|dropped|slid|slipped|jumped|increased|"
    r"decreased|declined|eased|slowed|surged|soared|tumbled)\b"
)
# "spend €2bn on films and expects to turn a profit": a second verb starts a new clause
_AND_VERB_AFTER = re.compile(
    r" and (?:then |also |now )?(?:expects|expected|said|says|plans|planned|will|would|sees|"
    r"forecasts|aims|hopes|wants|warned|warns)\b"
)
# ", which costs $69.99 on consoles,": a closed relative clause's words are its own
_RELATIVE_SPAN = re.compile(r", (?:which|who|whose|that) [^,;]{1,120},")
# (not the colon of a listing in brackets: "Rodovia Logística (B3: RDLG3), Brazil's ...")
_CLAUSE_BREAK = led(
    r";|:(?! ?[A-Z0-9][A-Z0-9.]{0,7}\))|\u2014| - |, (?:while|but|whereas|although|though)\b"
    r"|\bwhile\b"
)
_RATE_METRICS = frozenset(
    ["growth", "inflation", "unemployment", "market share", "interest rate", "margin",
     "operating margin", "profit margin", "yield", "turnout", "policy rate", "base rate"]
)  # fmt: skip
_MONEY_ONLY = frozenset(
    [
        "funding",
        "capex",
        "buyback",
        "cost savings",
        "deal",
        "loss",
        "fine",
        "costs",
        "funding gap",
        "spending",
    ]
)  # never a percentage's metric
_PER_SHARE = frozenset(["per share", "a share", "per ads"])
_RANGE_JOINERS = frozenset(["-", "\u2013", "to", "and", "or"])
_COUNT_METRICS = {
    "users": "users", "customers": "customers", "subscribers": "subscribers",
    "employees": "employees", "jobs": "jobs", "workers": "employees", "staff": "employees",
    "downloads": "downloads", "shares": "shares", "orders": "orders", "stores": "stores",
    "passengers": "passengers",
}  # fmt: skip
# nouns that only count, so a measure named before them says what: "album sales reached 4.6
# million copies", "shipments rose 4.8% to 318 million units"
_COUNTING_UNITS = frozenset(["units", "copies", "pieces"])
# measures a bare count may be: "ticket sales had risen to 95,000"
_COUNTED = frozenset(
    ["ticket sales", "sales", "users", "customers", "subscribers", "orders", "exports",
     "attendance",
     "imports", "units sold", "deliveries", "shipments"]
)  # fmt: skip
# a count after one of these verbs is a sales volume: "delivered 2,350 vehicles", "sold 12m copies"
_SOLD = led(
    r"\b(sold|delivered|shipped|sells|delivers|ships)(?: (?:a record|about|around|some|nearly|"
    r"almost|more than|over|just over|a total of|roughly))? $",
    re.I,
)
_SOLD_METRIC = {"sold": "units sold", "sells": "units sold", "delivered": "deliveries",
                "delivers": "deliveries", "shipped": "shipments", "ships": "shipments"}  # fmt: skip


@per_story
def clause_start(text: str, start: int) -> int:
    """Where the clause holding position ``start`` begins (bounded look-back; kept for the
    story, memo.py: the metric, its neighbours and the rules ask it again for one figure)."""
    lo = max(0, start - 200)
    last = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, start):
        last = m.end()
    return last


def _clause_end(text: str, end: int) -> int:
    m = _CLAUSE_BREAK.search(text, end, min(len(text), end + 200))
    return m.start() if m else min(len(text), end + 200)


def _look_ahead_end(text: str, end: int, next_start: int | None) -> int:
    """How far after the figure its metric may be written: the clause's end, a new clause
    joined by ", and", or the next figure (but a range's far end shares the metric after it)."""
    c1 = _clause_end(text, end)
    joined = _NEW_CLAUSE_AFTER.search(text, end, c1) or _AND_VERB_AFTER.search(text, end, c1)
    if joined is not None:
        c1 = joined.start()  # "1.3%, and sees inflation ...": the next clause's metric
    joiner = text[end:next_start].strip() if next_start is not None else ""
    if next_start is not None and next_start > end and joiner not in _RANGE_JOINERS:
        c1 = min(c1, next_start)
    return c1


def metric_for(
    text: str,
    start: int,
    kind: FigureKind,
    unit: str | None,
    end: int | None = None,
    prev_end: int | None = None,
    next_start: int | None = None,
) -> str | None:
    """The metric phrase governing the figure, within its clause (see module doc).

    ``prev_end``/``next_start`` bound the figure by its neighbours in the sentence: a metric
    written right after the previous figure is that figure's ("Rs 14 per share and a plan of
    2,500 crore"), and one after the next figure is not looked at.
    """
    if kind in ("count", "other") and not (unit or "").endswith(" points"):
        return _count_metric(text, start, kind, unit)
    if kind == "other":
        kind = "percent"  # "cut its policy rate by 25 basis points": a rate moved
    end = start if end is None else end
    c0, c1 = clause_start(text, start), _look_ahead_end(text, end, next_start)

    def usable(metric: str) -> bool:
        if kind == "money":  # ("$1m customers": a count's noun is no money metric)
            return metric not in _RATE_METRICS and (
                metric == "shares" or metric not in _COUNT_METRICS.values()
            )
        return metric not in _MONEY_ONLY

    def named(m: re.Match[str]) -> str:
        return _named(text, m, kind)

    lo = max(c0, start - 120)
    closed = [r.span() for r in _RELATIVE_SPAN.finditer(text, lo, start)]
    found = list(METRIC_RE.finditer(text, lo, start))
    closed += _appositions(text, found, start)
    found = [m for m in found if not _restated(text, m, found)]
    before = [
        m
        for m in found
        if usable(METRIC_OF[m.group(1).lower()])
        and not _researcher(text, m)
        and not _trails(text, prev_end, m, start)
        and not any(a < m.start() < b for a, b in closed)
        and not (kind == "money" and _tier(text, m, end))
    ]
    # right after: "9% year-on-year revenue growth", "$5m in sales", "36% global market share"
    near = _NEAR.match(text[end : min(c1, end + 60)])
    gap = near.end() if near else 0
    after = METRIC_RE.match(text, end + gap, c1) or METRIC_RE.match(text, end + 1, c1)
    if after and usable(METRIC_OF[after.group(1).lower()]):
        phrase = after.group(1).lower()
        if phrase in _PER_SHARE and before and METRIC_OF[before[-1].group(1).lower()] in (
            "dividend", "buyback", "premium", "net asset value"
        ):  # fmt: skip
            return named(before[-1])  # "a dividend of 14 rupees per share"
        if not (kind == "money" and phrase in ("shares", "stock") and " of " in near_text(near)):
            return named(after)  # (but "$2bn of shares" is not a share price)
    if kind == "money" and _RAISED.search(text, max(0, start - 30), start):
        return "funding"  # "has raised $450 million"
    if before:
        return named(_governing_before(before))
    for m in METRIC_RE.finditer(text, end, min(c1, end + 60)):
        if (
            usable(METRIC_OF[m.group(1).lower()])
            and not _aside_after(text, end, m)
            and not _researcher(text, m)
            and not _BASE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            return named(m)
    return None


# after the figure, the time it is compared with, named by what happened then: "paying an
# average of €0.62 a kilo, up 8% on the previous harvest" (the harvest is when, not what: the
# move is the price's); not "on the previous year's sales"
_BASE_BEFORE = re.compile(
    r"\b(?:on|from|over|against|with|than) (?:the |its |their |a )?"
    r"(?:previous|prior|last|preceding|year-earlier|year-ago) $"
)


def _restated(text: str, m: re.Match[str], found: list[re.Match[str]]) -> bool:
    """A measure's letters in brackets right after the words they spell restate them: "The
    average room rate (ARR) rose 13.6%" (not annual recurring revenue; but "core earnings
    (EBITDA)" names EBITDA)."""
    if text[m.start() - 1 : m.start()] != "(" or text[m.end() : m.end() + 1] != ")":
        return False
    letters = m.group(0).lower()
    return any(
        o.end() == m.start() - 2
        and "".join(w[0] for w in re.split(r"[\s-]+", o.group(0).lower()) if w) == letters
        for o in found
    )


def _appositions(text: str, found: list[re.Match[str]], start: int) -> list[tuple[int, int]]:
    """The asides right after a measure that say what it is, closed by a comma before the
    figure: "Its combined ratio, claims and costs as a share of premiums, is likely to rise to
    97%" (the share there measures nothing of the figure's)."""
    spans: list[tuple[int, int]] = []
    for m in found:
        if text.startswith(", ", m.end(1)):
            close = text.find(",", m.end(1) + 2, min(start, m.end(1) + 100))
            if close > 0:
                spans.append((m.end(1), close + 1))
    return spans


def _researcher(text: str, m: re.Match[str]) -> bool:
    """A vocabulary match that names no measure here: "research" naming who researches
    ("Northgate Research", "research firm"), "budget" a kind of firm ("budget airline")."""
    return names_no_measure(text, m.start(1), m.end(1), m.group(1).lower())


# after the figure, a measure it is compared with: "sells for €400,000, several times the
# price of gold" (the price of gold is not what the figure measures)
_COMPARED_WITH = re.compile(r"\b(?:times|than|as|like|compared with|compared to) (?:the |a |an )?$")


def _aside_after(text: str, end: int, m: re.Match[str]) -> bool:
    """Whether a vocabulary match after the figure is a measure it is compared with, or the
    subject of a clause of its own after the figure (``OWN_CLAUSE``: "ordered four ships for
    $520 million, with deliveries due in 2028")."""
    if OWN_CLAUSE.search(text, end, m.start()) is not None:
        return True
    return _COMPARED_WITH.search(text, max(end, m.start() - 20), m.start()) is not None


# a clause of its own after the figure: a comma, then "with", "while", "as" or a participle
# ("blaming", "citing", "helped by")
OWN_CLAUSE = re.compile(r", (?:with|while|whereas|as|[a-z]{3,}ing|helped|hit|driven|hurt) ")


# a product's tier, named by a measure's word, and a price by the month or year after the
# figure: "the price of its premium plan to $19.99 a month" (a price, not a premium)
_TIER = re.compile(r" (?:plans?|tiers?|subscriptions?|packages?)\b")
_BY_PERIOD = re.compile(r" (?:a|per|each) (?:month|year|week)\b|/(?:month|mo|year|yr)\b")
_PRICED = re.compile(r"\b(?:prices?|priced|costs?|charges?|charged|fees?)\b", re.I)


def _tier(text: str, m: re.Match[str], end: int) -> bool:
    """Whether a vocabulary match names a product's tier (``_TIER``) whose price by the
    period the clause gives ("its premium plan to $19.99 a month from $17.99")."""
    if _TIER.match(text, m.end()) is None or _BY_PERIOD.search(text, m.end(), end + 12) is None:
        return False
    return _PRICED.search(text, clause_start(text, m.start()), end) is not None


def _governing_before(before: list[re.Match[str]]) -> re.Match[str]:
    """Of the usable phrases before the figure, the one that names its metric: the last, but
    the measure written right before "per share" ("net asset value per share") or before the
    shares it buys back ("to buy back shares worth $2bn": the buyback, not a price)."""
    last = before[-1]
    if len(before) < 2 or before[-2].end() + 1 != last.start():
        return last
    prior, said = before[-2], last.group(1).lower()
    prior_metric = METRIC_OF[prior.group(1).lower()]
    if METRIC_OF[said] == "shares" and prior_metric == "buyback":
        return prior
    if said in _PER_SHARE and prior_metric not in ("shares", "price"):
        return prior  # "net asset value per share", "dividend per share"
    return last


def _count_metric(text: str, start: int, kind: FigureKind, unit: str | None) -> str | None:
    """A count's metric comes from its noun ("2,350 vehicles"), else from a verb before it,
    else (a bare count, or one of ``_COUNTING_UNITS``) from a counted measure named before it
    in its clause ("ticket sales had risen to 95,000", "sales reached 4.6 million copies")."""
    head = unit.split()[-1].lower() if unit else ""
    verb = _SOLD.search(text, max(0, start - 40), start)  # "shipped 71.3 million tonnes"
    if head not in _COUNT_METRICS and verb is not None:  # "delivered 2,350 vehicles"
        return _SOLD_METRIC[verb.group(1).lower()]
    if kind == "count" and (unit is None or head in _COUNTING_UNITS):
        lo = max(clause_start(text, start), start - 60)
        named = [METRIC_OF[m.group(1).lower()] for m in METRIC_RE.finditer(text, lo, start)]
        counted = [m for m in named if m in _COUNTED]
        if counted:
            return counted[-1]
    return _COUNT_METRICS.get(head)


_NEAR = re.compile(
    r"(?: (?:in|of|new|[a-z]+-[a-z-]+|global|annual|quarterly|total|net|gross|consolidated|"
    r"underlying|adjusted|core|reported|" + UP_NOUN + "|" + DOWN_NOUN + r")){0,3} "
)  # "9% year-on-year revenue", "a 40% drop in profits"
_RAISED = re.compile(
    r"\b(?:raised|raising|raises|to raise) (?:about |some |nearly |almost |more than |over |"
    r"a further )?$"
)


def _named(text: str, m: re.Match[str], kind: FigureKind) -> str:
    """The metric a vocabulary match names (for the figure's kind)."""
    metric = METRIC_OF[m.group(1).lower()]
    if metric == "revenue per user":  # "revenue per available room": per what it says, as
        # it says it (a room, not an available one, had lost the measure's own word)
        per = _PER_WHAT.match(text, m.end())
        return f"revenue per {per.group(0).strip().lower()}" if per else metric
    return "share price" if kind == "money" and metric == "shares" else metric


_PER_WHAT = re.compile(r" (?:available |active |paying |occupied )?([a-z]{3,})\b", re.I)


def near_text(near: re.Match[str] | None) -> str:
    return near.group(0) if near else ""


def _trails(text: str, prev_end: int | None, m: re.Match[str], start: int) -> bool:
    """Whether a metric is the previous figure's: written right after it and cut off from
    this figure by "and" or a comma ("Rs 14 per share and a plan of 2,500 crore"; not
    "9% revenue growth to $31bn", where it governs both)."""
    if prev_end is None or m.start() < prev_end:
        return False
    near = _NEAR.match(text[prev_end : prev_end + 60])
    right_after = m.start() in (prev_end + (near.end() if near else 0), prev_end + 1)
    return right_after and re.search(r"\band\b|[,;]", text[m.end() : start]) is not None
