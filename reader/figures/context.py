"""What a figure measures, whose it is and how it moved, read from its sentence.

Simple, general rules of financial English, all within the figure's clause:
- metric: a metric phrase right after the figure ("9% revenue growth", "$5m in sales"), else
  the nearest one before it, else one shortly after; money never takes a rate metric
  ("growth", "inflation"), and a count's metric comes from its own noun ("users") or is null;
- subject: a possessive name right before the figure ("Samsung's 34%"), else the first
  proper-noun run of the clause, else of the sentence; a capitalised sentence-initial word
  counts only when it looks like a name (inner capitals, an acronym, or capitalised
  mid-sentence elsewhere in the story), descriptors ("China-based") are dropped, null
  rather than junk;
- change: a movement verb or noun next to the figure ("rose 16% to", ", up 5%", "an 8%
  increase", "a 3% decline") with a period ("year-over-year", "from a year ago").
"""

from __future__ import annotations

import re
from typing import Literal

from reader.model import Change, FigureKind

# (pattern, canonical metric); longer phrases first so "net income" beats "income"
_METRICS: list[tuple[str, str]] = [
    ("earnings per share", "earnings per share"),
    ("per share", "earnings per share"),
    ("per ads", "earnings per share"),
    ("a share", "share price"),
    ("market share", "market share"),
    ("market cap", "market cap"),
    ("market value", "market cap"),
    ("net income", "net income"),
    ("net profit", "net income"),
    ("net loss", "net loss"),
    ("operating profit", "operating profit"),
    ("operating income", "operating profit"),
    ("pre-tax profit", "pre-tax profit"),
    ("pretax profit", "pre-tax profit"),
    ("gross margin", "gross margin"),
    ("free cash flow", "free cash flow"),
    ("revenue", "revenue"),
    ("revenues", "revenue"),
    ("turnover", "revenue"),
    ("sales", "sales"),
    ("profits", "profit"),
    ("profit", "profit"),
    ("earnings", "earnings"),
    ("valuation", "valuation"),
    ("valued", "valuation"),
    ("users", "users"),
    ("customers", "customers"),
    ("subscribers", "subscribers"),
    ("exports", "exports"),
    ("imports", "imports"),
    ("interest rates", "interest rate"),
    ("interest rate", "interest rate"),
    ("GDP", "GDP"),
    ("price", "price"),
    ("shares", "shares"),
    ("stock", "shares"),
    ("dividend", "dividend"),
    ("deficit", "deficit"),
    ("debt", "debt"),
    ("inflation", "inflation"),
    ("unemployment", "unemployment"),
    ("growth", "growth"),
    ("deal", "deal"),
    ("investment", "investment"),
]
_METRIC_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p, _ in _METRICS) + r")\b", re.I)
_METRIC_OF = {p.lower(): m for p, m in _METRICS}

_UP = r"up|rose|rise|rising|risen|grew|grow|growing|grown|increased|increase|jumped|jump|gained|climbed|surged|soared|higher|advanced"
_DOWN = r"down|fell|fall|falling|fallen|declined|decline|dropped|drop|decreased|slid|slipped|lower|plunged|tumbled|shrank|lost"
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
_NAME_RE = re.compile(r"\b[A-Z][A-Za-z0-9&.'-]{0,30}(?: (?:&|[A-Z][A-Za-z0-9&.'-]{0,30})){0,4}")
_CLAUSE_BREAK = re.compile(r";|:|\u2014| - |, (?:while|but|whereas|although|though)\b|\bwhile\b")
_PLACE_CODES = frozenset(["US", "UK", "EU", "UN", "UAE", "Britain", "China", "Japan", "India"])
_RATE_METRICS = frozenset(["growth", "inflation", "unemployment", "market share", "interest rate"])
_COUNT_METRICS = {
    "users": "users", "customers": "customers", "subscribers": "subscribers",
    "employees": "employees", "jobs": "jobs", "workers": "employees", "staff": "employees",
    "downloads": "downloads", "shares": "shares", "orders": "orders", "stores": "stores",
}  # fmt: skip
_UP_NOUN = r"increase|rise|jump|gain|growth|surge|climb|boost|hike|expansion|improvement"
_DOWN_NOUN = r"decline|drop|fall|decrease|cut|slump|slide|loss|contraction|reduction|dip"
_NOUN_CHANGE = re.compile(
    r"(?:[\w-]+ ){0,3}?(?:(?P<up>" + _UP_NOUN + r")|(?P<down>" + _DOWN_NOUN + r"))\b", re.I
)
_AFTER_MONEY = re.compile(
    r",? ?(?:and )?(?P<verb>up|down|" + _UP + "|" + _DOWN + r"|rising|growing|falling|"
    r"declining|increasing|decreasing|gaining|dropping)(?: only| about| nearly| almost| some|"
    r" by| just| more than)? (?P<amt>\d[\d.]{0,12} ?(?:%|per ?cent|percentage points?))",
    re.I,
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "But",
        "And",
        "Its",
        "It",
        "This",
        "That",
        "These",
        "Those",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Shares",
        "Revenue",
        "Sales",
        "Profit",
        "Net",
        "Analysts",
        "According",
        "If",
        "When",
        "While",
        "As",
        "After",
        "Despite",
        "With",
        "By",
        "From",
        "Under",
        "Over",
        "Since",
        "Last",
        "Next",
        "Some",
        "Many",
        "Most",
        "All",
        "Both",
        "Other",
        "Our",
        "Their",
        "His",
        "Her",
        "There",
        "Here",
        "Why",
        "What",
        "How",
        "Yet",
        "So",
        "Then",
        "Now",
        "AI",
        "CEO",
        "CFO",
        "COO",
        "IPO",
        "ADS",
        "ADR",
        "EPS",
        "EBITA",
        "EBITDA",
        "YoY",
        "QoQ",
        "RMB",
        "USD",
        "EUR",
        "GBP",
        "CNY",
        "HK",
        "ET",
        "GMT",
        "However",
        "Meanwhile",
        "Overall",
        "Still",
        "Also",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding position ``start`` begins (bounded look-back)."""
    lo = max(0, start - 200)
    last = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, start):
        last = m.end()
    return last


def _clause_end(text: str, end: int) -> int:
    m = _CLAUSE_BREAK.search(text, end, min(len(text), end + 200))
    return m.start() if m else min(len(text), end + 200)


def metric_for(
    text: str, start: int, kind: FigureKind, unit: str | None, end: int | None = None
) -> str | None:
    """The metric phrase governing the figure, within its clause (see module doc)."""
    if kind in ("count", "other"):
        head = unit.split()[-1].lower() if unit else ""
        return _COUNT_METRICS.get(head)
    end = start if end is None else end
    c0, c1 = _clause_start(text, start), _clause_end(text, end)

    def usable(metric: str) -> bool:
        return not (kind == "money" and metric in _RATE_METRICS)

    def named(m: re.Match[str]) -> str:
        metric = _METRIC_OF[m.group(1).lower()]
        return "share price" if kind == "money" and metric == "shares" else metric

    # right after: "9% year-on-year revenue growth", "$5m in sales", "36% global market share"
    near = re.match(r"(?: (?:in|of|[a-z]+-[a-z-]+|global|annual|quarterly|total|net|gross)){0,3} ",
                    text[end : min(c1, end + 60)])  # fmt: skip
    gap = near.end() if near else 0
    after = _METRIC_RE.match(text, end + gap, c1) or _METRIC_RE.match(text, end + 1, c1)
    if after and usable(_METRIC_OF[after.group(1).lower()]):
        return named(after)
    for m in reversed(list(_METRIC_RE.finditer(text, max(c0, start - 120), start))):
        if usable(_METRIC_OF[m.group(1).lower()]):
            return named(m)
    for m in _METRIC_RE.finditer(text, end, min(c1, end + 60)):
        if usable(_METRIC_OF[m.group(1).lower()]):
            return named(m)
    return None


def story_names(paragraphs_text: str) -> frozenset[str]:
    """Capitalised words seen mid-sentence in the story: evidence that a word is a name."""
    names: set[str] = set()
    for m in re.finditer(r"(?<=[a-z,;] )[A-Z][A-Za-z0-9&'-]{0,30}", paragraphs_text):
        names.add(m.group(0).removesuffix("'s").removesuffix("\u2019s"))
    return frozenset(names)


_SUBJECT_VERBS = frozenset(
    ["said", "says", "posted", "posts", "reported", "reports", "grew", "rose", "fell", "made",
     "earned", "sold", "has", "had", "is", "was", "will", "plans", "expects", "made", "won",
     "lost", "paid", "pays", "bought", "raised", "cut", "saw", "sees", "announced", "shares"]
)  # fmt: skip


def _looks_like_subject(next_word: str) -> bool:
    """A sentence-initial capitalised word followed by a verb is a name: "Acme grew ..."."""
    w = next_word.lower()
    return w in _SUBJECT_VERBS or (len(w) > 4 and w.endswith("ed"))


def _clean_name(
    words: list[str], at_start: bool, names: frozenset[str], next_word: str = ""
) -> str | None:
    # descriptors: "China-based PDD Holdings" -> "PDD Holdings"; "New York-listed" -> nothing
    for i in range(len(words) - 1, -1, -1):
        if re.search(r"-(?:based|listed|owned|backed|born|led|run)$", words[i]):
            words = words[i + 1 :]
            break
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
        at_start = False
    if words and at_start and len(words) == 1:
        w = words[0].rstrip(".,")
        bare = w.removesuffix("'s").removesuffix("\u2019s")
        inner_caps = any(c.isupper() or c.isdigit() for c in bare[1:])
        if not (inner_caps or bare in names or _looks_like_subject(next_word)):
            return None
    while words and words[-1] in _NOT_NAMES:
        words.pop()
    if not words:
        return None
    name = " ".join(words).rstrip(".,'-")
    for suffix in ("'s", "\u2019s", "\u2019"):
        name = name.removesuffix(suffix)
    return name or None


def _names_in(text: str, lo: int, hi: int, names: frozenset[str]) -> list[str]:
    found: list[str] = []
    for m in _NAME_RE.finditer(text, lo, hi):
        prev = text[max(0, m.start() - 8) : m.start()].rstrip()[-1:]
        at_start = m.start() == 0 or prev in ("", ".", "\u201c", '"')
        if m.start() > 0 and text[m.start() - 1] in "-/":
            continue
        nxt = re.match(r" ([a-z]+)", text[m.end() : m.end() + 20])
        name = _clean_name(m.group(0).split(), at_start, names, nxt.group(1) if nxt else "")
        if name:
            found.append(name)
    return found


def subject_for(text: str, start: int, names: frozenset[str] = frozenset()) -> str | None:
    """Whose figure it is (see module doc); null rather than a guess."""
    poss = re.search(r"([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})(?:'s|\u2019s|\u2018s) (?:[a-z-]+ )?$",
                     text[max(0, start - 60) : start])  # fmt: skip
    if poss:
        name = _clean_name(poss.group(1).split(), False, names)
        if name:
            return name
    clause = _names_in(text, _clause_start(text, start), start, names)
    # "US media giant TimeWarner": a country code describes the name that follows it
    while len(clause) > 1 and clause[0] in _PLACE_CODES:
        clause.pop(0)
    if clause:
        return clause[0]
    sentence = _names_in(text, 0, min(start, 300), names)  # bounded: linear over many figures
    return sentence[0] if sentence else None


def change_for(text: str, start: int, end: int, kind: FigureKind) -> Change | None:
    """ "rose 16% to $18.62 billion": the money figure's change; "up 5%": the percent's own."""
    window = text[max(0, start - 60) : min(len(text), end + 60)]
    period_m = _PERIOD_RE.search(window)
    period = period_m.group(0) if period_m else None
    before = text[max(0, start - 60) : start]
    if kind == "percent":
        verb_zone = text[max(0, start - 25) : start]
        up = _UP_RE.search(verb_zone)
        down = _DOWN_RE.search(verb_zone)
        if up or down:
            direction: Literal["up", "down"] = (
                "up" if up and (not down or up.start() > down.start()) else "down"
            )
            return Change(direction, text[start:end], period)
        noun = _NOUN_CHANGE.match(text, end + 1, min(len(text), end + 50))
        if text[end : end + 1] == " " and noun:
            return Change("up" if noun.group("up") else "down", text[start:end], period)
        return None
    # money/count: "rose 16% to $X" — a movement verb and a percentage just before "to"
    m = re.search(r"(\d[\d.]{0,12} ?(?:%|per ?cent|percentage points?)) (?:to|at) $", before, re.I)
    if m is None:
        m2 = _AFTER_MONEY.match(text, end, min(len(text), end + 60))
        if m2 is None:
            return None
        verb = m2.group("verb").lower()
        is_down = verb == "down" or _DOWN_RE.fullmatch(verb) or verb in ("falling", "declining",
                                                                          "decreasing", "dropping")  # fmt: skip
        return Change("down" if is_down else "up", m2.group("amt"), period)
    head = before[: m.start()]
    up = _UP_RE.search(head[-30:])
    down = _DOWN_RE.search(head[-30:])
    if not (up or down):
        return None
    final: Literal["up", "down"] = (
        "up" if up and (not down or up.start() > down.start()) else "down"
    )
    return Change(final, m.group(1), period)
