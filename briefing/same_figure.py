"""Stories that report the same figure: a strong sign they cover the same event.

Two reports of one results announcement may share few words, but they give the same headline
number for the same subject ("$34.81 billion" revenue, Alibaba), or the same measure of the
same subject for the same dated period named in its sentence (Alibaba's revenue for Q2
2025). Only distinctive
figures count: a headline figure (one of a story's first callouts) that is not a percentage
and is written with at least ``MIN_DIGITS`` significant digits, or a period that names its
year ("December quarter" alone recurs every year). A figure key shared by more than
``FIGURE_MAX`` stories is a common number, not one event, and links nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.period_text import REPORTING, find_period
from reader.model import Figure, Story

HEADLINE_FIGURES = 2
MIN_DIGITS = 3
FIGURE_MAX = 4

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\bFY\s*'?\d{2}\b|'\d{2}\b", re.I)

FigureKey = tuple[str, ...]


def significant_digits(surface: str) -> int:
    """Significant digits of the first number in ``surface`` ("$34.81 billion" → 4)."""
    m = _NUMBER.search(surface)
    if not m:
        return 0
    digits = m.group(0).replace(",", "")
    whole, _dot, fraction = digits.partition(".")
    if fraction:
        return len((whole + fraction).lstrip("0"))
    return len(whole.lstrip("0").rstrip("0"))


def _subject(f: Figure) -> str:
    words = (f.subject or "").split()
    return words[0].lower() if words else ""


def _period(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def figure_keys(story: Story) -> set[FigureKey]:
    """The story's distinctive figure keys (see the module docstring)."""
    from reader.figures import callouts

    keys: set[FigureKey] = set()
    headline = [
        f
        for f in callouts(story.figures, len(story.figures or ()))
        if f.kind != "percent" and f.unit and _subject(f)
    ]
    for f in headline[:HEADLINE_FIGURES]:
        subject = _subject(f)
        if significant_digits(f.surface) >= MIN_DIGITS:
            keys.add(("value", subject, f.unit or "", f"{f.value:.6g}"))
        # the period its own sentence names (cheap: one search of one sentence)
        measure = f.measure or f.metric  # two stories may name it more or less fully
        period = find_period(f.sentence, REPORTING) if measure else ""
        if measure and _YEAR.search(period):
            keys.add(("period", subject, measure.lower(), _period(period)))
    return keys


def figure_pairs(stories: Sequence[Story]) -> set[tuple[int, int]]:
    """Pairs of stories sharing a distinctive figure key held by at most ``FIGURE_MAX``."""
    index: dict[FigureKey, list[int]] = defaultdict(list)
    for i, story in enumerate(stories):
        for key in figure_keys(story):
            index[key].append(i)
    return {
        (a, b)
        for posting in index.values()
        if 1 < len(posting) <= FIGURE_MAX
        for k, a in enumerate(posting)
        for b in posting[k + 1 :]
    }
