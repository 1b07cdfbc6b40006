"""What a figure measures, whose it is and how it moved, read from its sentence.

Simple, general rules of financial English: the metric is the nearest metric keyword before
the figure (else just after it), the subject the first capitalised name in the sentence, the
change a movement verb ("rose", "up", "fell") next to a percentage.
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
_METRIC_OF = {p: m for p, m in _METRICS}

_UP = r"up|rose|rise|rising|risen|grew|grow|growing|grown|increased|increase|jumped|jump|gained|climbed|surged|soared|higher|advanced"
_DOWN = r"down|fell|fall|falling|fallen|declined|decline|dropped|drop|decreased|slid|slipped|lower|plunged|tumbled|shrank|lost"
_UP_RE = re.compile(r"\b(?:" + _UP + r")\b", re.I)
_DOWN_RE = re.compile(r"\b(?:" + _DOWN + r")\b", re.I)
_PERIOD_RE = re.compile(
    r"\b(?:year[- ]over[- ]year|year[- ]on[- ]year|quarter[- ]on[- ]quarter|"
    r"quarter[- ]over[- ]quarter|month[- ]on[- ]month|from a year (?:ago|earlier)|"
    r"from the previous (?:year|quarter)|from the same (?:period|quarter) (?:a|last) year|"
    r"compared with (?:a|the) year (?:ago|earlier)|YoY|QoQ)\b",
    re.I,
)
_NAME_RE = re.compile(r"\b[A-Z][A-Za-z&.'-]{1,30}(?: [A-Z][A-Za-z&.'-]{1,30}){0,3}")
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


def metric_for(text: str, start: int, kind: FigureKind, unit: str | None) -> str | None:
    """Nearest metric keyword before the figure (within 80 chars), else just after it."""
    before = list(_METRIC_RE.finditer(text, max(0, start - 80), start))
    if before:
        return _METRIC_OF[before[-1].group(1).lower()]
    after = _METRIC_RE.search(text, start, min(len(text), start + 60))
    if after:
        return _METRIC_OF[after.group(1).lower()]
    if kind == "count" and unit and unit.endswith("users"):
        return "users"
    return None


def subject_for(text: str, start: int) -> str | None:
    """The first capitalised name before the figure (sentence-initial function words skipped)."""
    for m in _NAME_RE.finditer(text, 0, start):
        words = m.group(0).split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if words:
            name = " ".join(words).rstrip(".'-")
            if name.endswith("'s"):
                name = name[:-2]
            return name or None
    return None


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
        return None
    # money/count: "rose 16% to $X" — a movement verb and a percentage just before "to"
    m = re.search(r"(\d[\d.]{0,12} ?(?:%|per ?cent|percentage points?)) (?:to|at) $", before, re.I)
    if m is None:
        m2 = re.search(r"\(?,? ?(?:up|down) (\d[\d.]{0,12} ?%)", text[end : end + 40], re.I)
        if m2 is None:
            return None
        word = text[end : end + 40][: m2.end()].lower()
        return Change("down" if "down" in word else "up", m2.group(1), period)
    head = before[: m.start()]
    up = _UP_RE.search(head[-30:])
    down = _DOWN_RE.search(head[-30:])
    if not (up or down):
        return None
    final: Literal["up", "down"] = (
        "up" if up and (not down or up.start() > down.start()) else "down"
    )
    return Change(final, m.group(1), period)
