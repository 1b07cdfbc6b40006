"""What a figure measures and how it moved, read from its sentence.

Simple, general rules of financial English, all within the figure's clause:
- metric: a metric phrase right after the figure ("9% revenue growth", "$5m in sales", "a 40%
  drop in profits"), else the nearest one before it, else one shortly after but not past the
  next figure; a phrase written right after the previous figure and cut off by "and" or a
  comma is that figure's ("Rs 14 per share and a capex plan of 2,500 crore"); "per share"
  after a dividend is the dividend; money never takes a rate metric ("growth", "margin") and
  a percentage never a money one ("funding", "capex"); a count's metric comes from its own
  noun ("users") or is null;
- subject: see ``names.py``;
- change: a movement verb or noun next to the figure ("rose 16% to", ", up 5%", "an 8%
  increase", "down 12% from a year earlier at $1.4bn", "$5bn for the quarter, up 18%") with
  a period ("year-over-year", "from a year ago"); "slipped to 51.6%" and ", up from $95m"
  give a direction without an amount (a level that moved), "down from 21%" is an old level
  (no change), "made up 55%" and "up to 30%" are not moves.
"""

from __future__ import annotations

import re
from typing import Literal

from reader.model import Change, FigureKind

# (pattern, canonical metric); longer phrases first so "net income" beats "income"
_METRICS: list[tuple[str, str]] = [
    ("adjusted earnings per share", "adjusted earnings per share"),
    ("adjusted eps", "adjusted earnings per share"),
    ("earnings per share", "earnings per share"),
    ("eps", "earnings per share"),
    ("per diluted share", "earnings per share"),
    ("per basic share", "earnings per share"),
    ("ticket sales", "ticket sales"),
    ("revenue per member", "revenue per member"),
    ("revenue per subscriber", "revenue per subscriber"),
    ("pre-tax loss", "pre-tax loss"),
    ("pretax loss", "pre-tax loss"),
    ("operating loss", "operating loss"),
    ("add-ons", "transfer fee"),
    ("whose pay", "pay"),
    ("total pay", "pay"),
    ("annual pay", "pay"),
    ("basic pay", "pay"),
    ("executive pay", "pay"),
    ("sector index", "index"),
    ("index", "index"),
    ("like-for-like sales", "like-for-like sales"),
    ("like-for-like revenue", "like-for-like sales"),
    ("comparable sales", "comparable sales"),
    ("same-store sales", "same-store sales"),
    ("online sales", "online sales"),
    ("annual recurring revenue", "annual recurring revenue"),
    ("recurring revenue", "annual recurring revenue"),
    ("policy rate", "interest rate"),
    ("benchmark rate", "interest rate"),
    ("base rate", "interest rate"),
    ("bank rate", "interest rate"),
    ("key rate", "interest rate"),
    ("deposit rate", "interest rate"),
    ("repo rate", "interest rate"),
    ("lending rate", "interest rate"),
    ("council tax", "council tax"),
    ("property tax", "property tax"),
    ("income tax", "income tax"),
    ("corporation tax", "corporation tax"),
    ("sales tax", "sales tax"),
    ("price cap", "price cap"),
    ("funding gap", "funding gap"),
    ("shortfall", "funding gap"),
    ("entry threshold", "entry threshold"),
    ("threshold", "threshold"),
    ("turnout", "turnout"),
    ("pay rise", "pay"),
    ("pay increase", "pay"),
    ("pay offer", "pay"),
    ("pay award", "pay"),
    ("discounts", "discount"),
    ("discount", "discount"),
    ("legal costs", "costs"),
    ("prosecution costs", "costs"),
    ("court costs", "costs"),
    ("box office", "box office"),
    ("box-office", "box office"),
    ("takings", "box office"),
    ("grossed", "box office"),
    ("transfer fee", "transfer fee"),
    ("net worth", "wealth"),
    ("fortune", "wealth"),
    ("wealth", "wealth"),
    ("pay package", "pay"),
    ("pay deal", "pay"),
    ("pay packet", "pay"),
    ("remuneration", "pay"),
    ("compensation", "pay"),
    ("salary", "salary"),
    ("salaries", "salary"),
    ("wages", "salary"),
    ("wage", "salary"),
    ("bonus", "bonus"),
    ("bonuses", "bonus"),
    ("budget", "budget"),
    ("order", "order"),
    ("orders", "order"),
    ("contract", "contract"),
    ("cost cuts", "cost savings"),
    ("to save", "cost savings"),
    ("share of", "market share"),
    ("per share", "earnings per share"),
    ("per ads", "earnings per share"),
    ("a share", "share price"),
    ("market share", "market share"),
    ("market cap", "market cap"),
    ("market capitalisation", "market cap"),
    ("market capitalization", "market cap"),
    ("net asset value", "net asset value"),
    ("net interest income", "net interest income"),
    ("market value", "market cap"),
    # an adjusted (non-GAAP) figure is another number than the reported one, same quarter
    ("adjusted net income", "adjusted net income"),
    ("adjusted net profit", "adjusted net income"),
    ("adjusted earnings", "adjusted earnings"),
    ("adjusted ebitda", "adjusted EBITDA"),
    ("adjusted ebita", "adjusted EBITA"),
    ("ebita", "EBITA"),
    ("net income", "net income"),
    ("net profit", "net income"),
    ("net loss", "net loss"),
    ("loss", "loss"),
    ("losses", "loss"),
    ("operating profit", "operating profit"),
    ("operating income", "operating profit"),
    ("pre-tax profit", "pre-tax profit"),
    ("pretax profit", "pre-tax profit"),
    ("gross margin", "gross margin"),
    ("free cash flow", "free cash flow"),
    ("operating margin", "operating margin"),
    ("profit margin", "profit margin"),
    ("average revenue per member", "revenue per member"),
    ("average revenue per subscriber", "revenue per subscriber"),
    ("average revenue per", "average revenue per user"),
    ("revenue per", "revenue per user"),
    ("revenue", "revenue"),
    ("revenues", "revenue"),
    ("net bookings", "bookings"),
    ("bookings", "bookings"),
    ("ebitda", "EBITDA"),
    ("loan book", "loans"),
    ("loans", "loans"),
    ("research and development", "R&D"),
    ("research", "R&D"),
    ("restructuring", "restructuring"),
    ("bonds", "debt"),
    ("invest", "investment"),
    ("turnover", "revenue"),
    ("sales", "sales"),
    ("profits", "profit"),
    ("profit", "profit"),
    ("earnings", "earnings"),
    ("valuation", "valuation"),
    ("valued", "valuation"),
    ("valuing", "valuation"),
    ("values", "valuation"),
    ("capital expenditure", "capex"),
    ("capital spending", "capex"),
    ("capex", "capex"),
    ("to buy back", "buyback"),
    ("buy back", "buyback"),
    ("to buy", "deal"),
    ("to acquire", "deal"),
    ("buyback", "buyback"),
    ("buy-back", "buyback"),
    ("repurchase", "buyback"),
    ("cost savings", "cost savings"),
    ("savings", "cost savings"),
    ("saving", "cost savings"),
    ("funding", "funding"),
    ("gross transaction value", "transaction value"),
    ("transaction value", "transaction value"),
    ("transactions", "transaction value"),
    ("trading volumes", "trading volume"),
    ("financing round", "funding"),
    ("financing", "funding"),
    ("premium", "premium"),
    ("margin", "margin"),
    ("yield", "yield"),
    ("users", "users"),
    ("customers", "customers"),
    ("subscribers", "subscribers"),
    ("exports", "exports"),
    ("imports", "imports"),
    ("interest rates", "interest rate"),
    ("interest rate", "interest rate"),
    ("gross domestic product", "GDP"),
    ("GDP", "GDP"),
    ("price", "price"),
    ("prices", "price"),
    ("shares", "shares"),
    ("stock", "shares"),
    ("dividend", "dividend"),
    ("deficit", "deficit"),
    ("debt", "debt"),
    ("debts", "debt"),
    ("borrowing costs", "interest rate"),
    ("public borrowing", "borrowing"),
    ("borrowing", "borrowing"),
    ("unit costs", "unit costs"),
    ("attendance", "attendance"),
    ("freight rates", "freight rates"),
    ("inflation", "inflation"),
    ("unemployment", "unemployment"),
    ("growth", "growth"),
    ("deal", "deal"),
    ("to sell", "deal"),
    ("fined", "fine"),
    ("fine", "fine"),
    ("penalty", "fine"),
    ("takeover", "deal"),
    ("acquisition", "deal"),
    ("merger", "deal"),
    ("investment", "investment"),
    ("spending", "spending"),
    ("costs", "costs"),
    ("average claim", "claim"),
    ("waiting list", "waiting list"),
    ("waiting lists", "waiting list"),
    ("harvest", "output"),
    ("provision", "provision"),
    ("provisions", "provision"),
    ("one-off payment", "payment"),
    ("payment", "payment"),
    ("funds from operations", "funds from operations"),
    ("rents", "rent"),
    ("rent", "rent"),
]

_Node = dict[str, "_Node"]


def _trie(phrases: list[str]) -> str:
    """One regex alternation as a character trie: a position is tried once per character
    instead of once per phrase. Longest match first at each position, as the list's order
    (longer phrases before their prefixes) asks."""
    root: _Node = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Node) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


_METRIC_RE = re.compile(r"\b(" + _trie([p.lower() for p, _ in _METRICS]) + r")\b", re.I)
_METRIC_OF = {p.lower(): m for p, m in _METRICS}

_UP = r"up|rose|rise|rising|risen|grew|grow|growing|grown|increased|increase|jumped|jump|gained|climbed|surged|soared|higher|advanced|raised|lifted"
_DOWN = r"down|fell|fall|falling|fallen|declined|decline|dropped|drop|decreased|slid|slipped|lower|plunged|tumbled|shrank|lost|narrowed|narrowing|lowered|trimmed"
_UP_NOUN = r"increase|rise|jump|gain|growth|surge|climb|boost|hike|expansion|improvement"
_DOWN_NOUN = r"decline|drop|fall|decrease|cut|slump|slide|loss|contraction|reduction|dip"
# "rose 16% to $X", "were down 12% from a year earlier at $X": the change before a level
_CHANGE_TO = re.compile(
    r"(\d[\d.]{0,12} ?(?:%|percentage points?|per ?cent\b))"
    r"(?: (?:(?P<up>" + _UP_NOUN + r")|(?P<down>" + _DOWN_NOUN + r"))(?: in [a-z -]{1,30}?)?)?"
    r"(?:,? (?:from|on|over|compared with|against) (?:a|the|last) [a-z -]{1,25}?,?"
    r"|,? (?:at|in) (?:constant|comparable|local) [a-z -]{1,25}?,?)? (?:to|at) $",
    re.I,
)
# "for the quarter ended September 30": a short qualifier between a level and its change
_QUALIFIER = (
    r"(?: (?:for|in|during|over|on|of) (?:the |its |a )?[^,;:()%$€£¥\d]{1,40}?(?: \d{1,2})?)?"
)
# "R$4.9bn, 12% more than a year earlier": the change written after the level
_MORE_THAN = re.compile(
    _QUALIFIER
    + r",? (?P<amt>\d[\d.]{0,12} ?(?:%|per ?cent)) (?:(?P<up>more|higher|up)|less|lower|down) "
    r"(?:than|from|on)\b",
    re.I,
)
_FROM_LEVEL = re.compile(r",? (?:(?P<up>up)|down) from\b", re.I)
# "made up 55% of", "up to 30%": "up" that is not a movement
_NOT_A_MOVE = re.compile(
    r"\b(?:made|make|makes|making|set|sets|pick(?:ed)?|sum(?:med)?|end(?:ed)?|took|take[sn]?) up\b"
    r"|\bup to\b",
    re.I,
)
_UP_RE = re.compile(r"\b(?:" + _UP + r")\b", re.I)
_DOWN_RE = re.compile(r"\b(?:" + _DOWN + r")\b", re.I)
_PERIOD_RE = re.compile(
    r"\b(?:year[- ]over[- ]year|year[- ]on[- ]year|quarter[- ]on[- ]quarter|"
    r"quarter[- ]over[- ]quarter|month[- ]on[- ]month|from a year (?:ago|earlier)|"
    r"(?:than|on) (?:a|the) year (?:ago|earlier|before)|year[- ]earlier|year[- ]to[- ]date|"
    r"so far this year|from last year|in the same (?:period|quarter) (?:of|a|last) ?\w*|"
    r"from the previous (?:year|quarter)|from the same (?:period|quarter) (?:a|last) year|"
    r"compared with (?:a|the) year (?:ago|earlier)|YoY|QoQ)\b",
    re.I,
)
_NEW_CLAUSE_AFTER = re.compile(r", (?:and|but|while|as) ")
# "spend €2bn on films and expects to turn a profit": a second verb starts a new clause
_AND_VERB_AFTER = re.compile(
    r" and (?:then |also |now )?(?:expects|expected|said|says|plans|planned|will|would|sees|"
    r"forecasts|aims|hopes|wants|warned|warns)\b"
)
# ", which costs $69.99 on consoles,": a closed relative clause's words are its own
_RELATIVE_SPAN = re.compile(r", (?:which|who|whose|that) [^,;]{1,80},")
_CLAUSE_BREAK = re.compile(r";|:|\u2014| - |, (?:while|but|whereas|although|though)\b|\bwhile\b")
_RATE_METRICS = frozenset(
    ["growth", "inflation", "unemployment", "market share", "interest rate", "margin",
     "operating margin", "profit margin", "yield", "turnout"]
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
# measures a bare count may be: "ticket sales had risen to 95,000"
_COUNTED = frozenset(
    ["ticket sales", "sales", "users", "customers", "subscribers", "orders", "exports",
     "attendance",
     "imports", "units sold", "deliveries", "shipments"]
)  # fmt: skip
# a count after one of these verbs is a sales volume: "delivered 2,350 vehicles", "sold 12m copies"
_SOLD = re.compile(
    r"\b(sold|delivered|shipped|sells|delivers|ships)(?: (?:a record|about|around|some|nearly|"
    r"almost|more than|over|just over|a total of|roughly))? $",
    re.I,
)
_SOLD_METRIC = {"sold": "units sold", "sells": "units sold", "delivered": "deliveries",
                "delivers": "deliveries", "shipped": "shipments", "ships": "shipments"}  # fmt: skip
_NOUN_CHANGE = re.compile(
    r"(?:[\w-]+ ){0,3}?(?:(?P<up>" + _UP_NOUN + r")|(?P<down>" + _DOWN_NOUN + r"))\b", re.I
)
# "for the quarter ended September 30, up 18%": a short qualifier before the change
_AFTER_MONEY = re.compile(
    _QUALIFIER + r",? ?(?:and )?(?P<verb>up|down|" + _UP + "|" + _DOWN + r"|rising|growing|falling|"
    r"declining|increasing|decreasing|gaining|dropping)(?: only| about| nearly| almost| some|"
    r" by| just| more than)? (?P<amt>\d[\d.]{0,12} ?(?:%|percentage points?|per ?cent\b))",
    re.I,
)


def metrics_in(text: str, lo: int, hi: int) -> set[str]:
    """The metrics the vocabulary names in ``text[lo:hi]``."""
    return {_METRIC_OF[m.group(1).lower()] for m in _METRIC_RE.finditer(text, lo, hi)}


def clause_start(text: str, start: int) -> int:
    """Where the clause holding position ``start`` begins (bounded look-back)."""
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
    before = [
        m
        for m in _METRIC_RE.finditer(text, lo, start)
        if usable(_METRIC_OF[m.group(1).lower()])
        and not _trails(text, prev_end, m, start)
        and not any(a < m.start() < b for a, b in closed)
    ]
    # right after: "9% year-on-year revenue growth", "$5m in sales", "36% global market share"
    near = _NEAR.match(text[end : min(c1, end + 60)])
    gap = near.end() if near else 0
    after = _METRIC_RE.match(text, end + gap, c1) or _METRIC_RE.match(text, end + 1, c1)
    if after and usable(_METRIC_OF[after.group(1).lower()]):
        phrase = after.group(1).lower()
        if phrase in _PER_SHARE and before and _METRIC_OF[before[-1].group(1).lower()] in (
            "dividend", "buyback", "premium", "net asset value"
        ):  # fmt: skip
            return named(before[-1])  # "a dividend of 14 rupees per share"
        if not (kind == "money" and phrase in ("shares", "stock") and " of " in near_text(near)):
            return named(after)  # (but "$2bn of shares" is not a share price)
    if kind == "money" and _RAISED.search(text, max(0, start - 30), start):
        return "funding"  # "has raised $450 million"
    if before:
        last = before[-1]
        if last.group(1).lower() in _PER_SHARE and len(before) > 1:
            prior = before[-2]  # "net asset value per share", "dividend per share"
            if prior.end() + 1 == last.start() and _METRIC_OF[prior.group(1).lower()] not in (
                "shares", "price"
            ):  # fmt: skip
                return named(prior)
        return named(last)
    for m in _METRIC_RE.finditer(text, end, min(c1, end + 60)):
        if usable(_METRIC_OF[m.group(1).lower()]):
            return named(m)
    return None


def _count_metric(text: str, start: int, kind: FigureKind, unit: str | None) -> str | None:
    """A count's metric comes from its noun ("2,350 vehicles"), else from a verb before it,
    else (a bare count) from a counted measure named before it in its clause ("ticket sales
    had risen to 95,000")."""
    head = unit.split()[-1].lower() if unit else ""
    verb = _SOLD.search(text, max(0, start - 40), start)  # "shipped 71.3 million tonnes"
    if head not in _COUNT_METRICS and verb is not None:  # "delivered 2,350 vehicles"
        return _SOLD_METRIC[verb.group(1).lower()]
    if kind == "count" and unit is None:
        lo = max(clause_start(text, start), start - 60)
        named = [_METRIC_OF[m.group(1).lower()] for m in _METRIC_RE.finditer(text, lo, start)]
        counted = [m for m in named if m in _COUNTED]
        if counted:
            return counted[-1]
    return _COUNT_METRICS.get(head)


_NEAR = re.compile(
    r"(?: (?:in|of|new|[a-z]+-[a-z-]+|global|annual|quarterly|total|net|gross|consolidated|"
    r"underlying|adjusted|core|reported|" + _UP_NOUN + "|" + _DOWN_NOUN + r")){0,3} "
)  # "9% year-on-year revenue", "a 40% drop in profits"
_RAISED = re.compile(
    r"\b(?:raised|raising|raises|to raise) (?:about |some |nearly |almost |more than |over |"
    r"a further )?$"
)


def _named(text: str, m: re.Match[str], kind: FigureKind) -> str:
    """The metric a vocabulary match names (for the figure's kind)."""
    metric = _METRIC_OF[m.group(1).lower()]
    if metric == "revenue per user":  # "revenue per available room": per what it says
        per = _PER_WHAT.match(text, m.end())
        return f"revenue per {per.group(1).lower()}" if per else metric
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


def change_for(text: str, start: int, end: int, kind: FigureKind) -> Change | None:
    """ "rose 16% to $18.62 billion": the money figure's change; "up 5%": the percent's own;
    "slipped to 51.6%", "$210m, up from $95m": a level that moved (direction, no amount);
    "down from 21%": the old level, no change of its own."""
    window = text[max(0, start - 60) : min(len(text), end + 60)]
    period_m = _PERIOD_RE.search(window)
    period = period_m.group(0) if period_m else None
    moved = _FROM_LEVEL.match(text, end, min(len(text), end + 20))
    if kind == "percent":
        verb_zone = _NOT_A_MOVE.sub(
            lambda m: " " * len(m.group(0)), text[max(0, start - 25) : start]
        )
        up = _UP_RE.search(verb_zone)
        down = _DOWN_RE.search(verb_zone)
        if up or down:
            direction: Literal["up", "down"] = (
                "up" if up and (not down or up.start() > down.start()) else "down"
            )
            link = verb_zone[max(m.end() for m in (up, down) if m) :]
            if re.fullmatch(r" (?:by )?(?:about |nearly |almost )?from ", link):
                return None  # "down from 21%": the old level
            if re.search(r"\b(?:to|at)(?: about| nearly| almost| a record)? $", link):
                return Change(direction, None, period)  # "slipped to 51.6%": the new level
            return Change(direction, text[start:end], period)
        noun = _NOUN_CHANGE.match(text, end + 1, min(len(text), end + 50))
        if text[end : end + 1] == " " and noun:
            return Change("up" if noun.group("up") else "down", text[start:end], period)
        if moved:
            return Change("up" if moved.group("up") else "down", None, period)
        after = _AFTER_MONEY.match(text, end, min(len(text), end + 110))
        if after is not None:  # "filled 84.2% of its seats, up 1.6 percentage points"
            up_move = not (
                after.group("verb").lower() == "down" or _DOWN_RE.fullmatch(after.group("verb"))
            )
            return Change("up" if up_move else "down", after.group("amt"), period)
        more = _MORE_THAN.match(text, start - 2 if text[start - 2 : start] == ", " else start)
        if more is not None and more.start("amt") == start:  # "12% more than a year ago"
            return Change("up" if more.group("up") else "down", text[start:end], period)
        return None
    # money/count: "rose 16% to $X" — a movement verb and a percentage just before "to"
    m = _CHANGE_TO.search(text, max(0, start - 90), start)
    if m is None:
        m2 = _AFTER_MONEY.match(text, end, min(len(text), end + 110))
        more = _MORE_THAN.match(text, end, min(len(text), end + 60))
        if m2 is None and more is not None:
            return Change("up" if more.group("up") else "down", more.group("amt"), period)
        if m2 is None:
            return Change("up" if moved.group("up") else "down", None, period) if moved else None
        verb = m2.group("verb").lower()
        is_down = verb == "down" or _DOWN_RE.fullmatch(verb) or verb in ("falling", "declining",
                                                                          "decreasing", "dropping")  # fmt: skip
        return Change("down" if is_down else "up", m2.group("amt"), period)
    if m.group("up") or m.group("down"):  # "an 8% increase in revenue to"
        return Change("up" if m.group("up") else "down", m.group(1), period)
    head = text[max(0, m.start() - 60) : m.start()]  # "raised its profit forecast by 6% to"
    up = _UP_RE.search(head)
    down = _DOWN_RE.search(head)
    if not (up or down):
        return None
    final: Literal["up", "down"] = (
        "up" if up and (not down or up.start() > down.start()) else "down"
    )
    return Change(final, m.group(1), period)
