"""What kind of news a story is about its lead name: for now, that name's results.

A story reports its subject's results when one of its figures about that subject (the
figure's subject or sentence names it) is a results metric (revenue, profit, earnings…), or is money in a
sentence naming a reporting period ("in the three months to January", "for the full year",
"second-quarter") — and the results lead the story: that figure is in its first
``LEAD_SENTENCES`` sentences, or its title or first paragraph speaks of results ("profit",
"dividend", "quarter"…). That is the kind of news a company's results release, the reactions
to it and pieces on its segments share; its other news (a new chief executive, a lawsuit, a
merger rumour that cites last year's profit further down) is not.
"""

from __future__ import annotations

import re

from briefing.period_text import REPORTING
from reader.model import Figure, Story

__all__ = ["RESULTS", "RESULTS_METRICS", "news_kind"]

RESULTS = "results"
# metrics a company's results report gives (the figures extractor's metric names)
RESULTS_METRICS = frozenset(
    [
        "revenue",
        "sales",
        "net income",
        "adjusted net income",
        "adjusted earnings",
        "net loss",
        "loss",
        "profit",
        "pre-tax profit",
        "operating profit",
        "earnings",
        "earnings per share",
        "ebitda",
        "net interest income",
        "operating margin",
        "gross margin",
        "profit margin",
        "free cash flow",
        "bookings",
    ]
)


LEAD_SENTENCES = 3
_RESULTS_WORD = re.compile(
    r"\b(?:results|earnings|profits?|revenues?|sales|turnover|dividends?|net income|"
    r"quarter(?:ly)?|interim|(?:first|second|full|half)[- ](?:half|year))\b",
    re.I,
)


def _words(text: str) -> set[str]:
    """Lower-cased words, punctuation and a possessive "'s" off."""
    words = (w.strip(".,;:!?'’\"“”()").lower() for w in text.split())
    return {w[:-2] if w.endswith(("'s", "’s")) else w for w in words}


def _names_period(sentence: str) -> bool:
    """A reporting period in the sentence (a term such as "three-year" is not one)."""
    return any(
        not m.group(0).lower().endswith(("-year", "-month")) for m in REPORTING.finditer(sentence)
    )


def _is_results(f: Figure, name: str) -> bool:
    # about the name: its subject, or its sentence, names it ("Carys Fenwick, chief executive
    # of Halden Bank, defended bonuses a day after the lender posted profit of £5.2bn")
    if name not in (f.subject or "").lower().split() and name not in _words(f.sentence):
        return False
    measure = f.measure or f.metric  # "net profits" is a profit
    if measure and measure.lower() in RESULTS_METRICS:
        return True
    return f.kind == "money" and _names_period(f.sentence)


def news_kind(story: Story, subject: str | None) -> str | None:
    """``RESULTS`` when the story reports ``subject``'s results (module docstring), else None."""
    if not subject:
        return None
    name = subject.lower()
    found = [f for f in story.figures or () if _is_results(f, name)]
    if not found:
        return None
    if any(0 <= f.sentence_index < LEAD_SENTENCES for f in found):
        return RESULTS
    opening = " ".join([story.title, *story.paragraphs[:1]])
    return RESULTS if _RESULTS_WORD.search(opening) else None
