"""A line that names its measure before a colon and gives the figure right after it: a bullet
("- Paying customers: 6,840, up from 3,900 a year ago", "* Net revenue retention: 118%") or a
press release's summary line ("Revenue: $41.2 million"). The words before the colon are the
measure of the figure written first after it, whatever the words around the figure would say
("about $51 a month" is no salary); the line's later figures with no measure of their own
("up from 3,900") or that give its earlier level ("52.9p per day (now 48.2p)") measure the
same.

The colon must end a short noun phrase with no number and no verb of its own ("What didn't
work: we spent $180K" is a clause, "Smith said: 40%" a quote), and a figure must open what
follows it (a hedge such as "about" or "up to" may come first). One look per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.label_units import label_unit
from reader.figures.surface import surface_at
from reader.model import Figure

# a bullet mark, then two to seven words (letters, hyphens, '&', '/', "per") and a colon
_LABEL = re.compile(
    r"^\s*(?:[-*\u2022\u2013]\s+)?"
    r"(?P<label>[A-Za-z][A-Za-z'\u2019&/-]*(?:\s+[A-Za-z'\u2019&/-]+){0,6}?)\s*:\s+"
)
# what may stand between the colon and the figure
_HEDGE = re.compile(
    r"(?i)^(?:(?:about|around|roughly|nearly|almost|approximately|just|over|under|"
    r"more than|less than|up to|at least|some|an? (?:estimated|average of))\s+)?"
)
# a figure opening what follows: a number, or a currency's sign or code then one
# ("MAD 4.26 billion", "QR 0.61": a currency's letter code and a space)
_FIGURE = re.compile(
    r"(?:[$\u00a3\u20ac\u00a5\u20b9]|Rs\.?\s?|[A-Z]{1,3}\$|[A-Z]{2,3}\s(?=\d)|R(?=\d))?\d"
)
# words that make the part before the colon a clause or a speaker, not a measure's name
_NOT_A_MEASURE = frozenset(
    ["i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "what",
     "why", "how", "who", "when", "where", "which", "said", "says", "say", "told", "tells",
     "added", "adds", "noted", "notes", "wrote", "writes", "asked", "is", "are", "was", "were",
     "be", "been", "do", "did", "does", "didn't", "don't", "doesn't", "has", "have", "had",
     "will", "would", "can", "could", "should", "may", "might", "must", "not", "no", "note",
     "update", "updated", "source", "sources", "photo", "editing", "reporting", "by", "q", "a"]
)  # fmt: skip


def _label(sentence: str) -> tuple[str, int] | None:
    """The measure a line names before its colon and where its figures start, or None."""
    unit = label_unit(sentence, None)
    if unit is not None and unit.colon:
        # its figures' unit between the label and the colon ("Revenue, PLN m:", "Net profit
        # (EUR m):"; label_units.py reads the unit): the label is the words before it
        got = _label(sentence[: unit.label_end] + ": " + sentence[unit.end :])
        return (got[0], unit.end) if got is not None else None
    m = _LABEL.match(sentence)
    if m is None:
        return None
    label = m.group("label")
    words = label.lower().split()
    if any(w.strip("'\u2019") in _NOT_A_MEASURE for w in words):
        return None
    rest = sentence[m.end() :]
    hedge = _HEDGE.match(rest)
    start = m.end() + (hedge.end() if hedge else 0)
    if not _FIGURE.match(sentence, start):
        return None
    return label.lower(), m.end()


def labelled_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """The first figure after a measure's label and colon measures the label; a later figure
    of that line with no measure measures it too. Other figures unchanged, order kept."""
    labels: dict[str, tuple[str, int] | None] = {}
    first: dict[str, int] = {}  # per sentence: where its first figure after the colon starts
    for f in figures:
        if f.sentence not in labels:
            labels[f.sentence] = _label(f.sentence) if ":" in f.sentence else None
        got = labels[f.sentence]
        at = surface_at(f)
        if got is not None and at >= got[1]:
            first[f.sentence] = min(first.get(f.sentence, at), at)
    out: list[Figure] = []
    for f in figures:
        got = labels.get(f.sentence)
        at = surface_at(f)
        if got is None or at < got[1]:
            out.append(f)
            continue
        later = f.metric is None or f.status == "base"  # ("(now 48.2p)": the old level)
        if (at == first[f.sentence] or later) and f.metric != got[0]:
            f = replace(f, metric=got[0], measure=None)
        if f.status is None and _bracketed_after(f.sentence, first[f.sentence], at, f.surface):
            f = replace(f, status="base")  # "2,184 (1,637)": a results line's prior period
        out.append(f)
    return out


# the line's first figure, then only this figure in brackets: "Revenue: 1,462.3 (1,098.6)"
_FIRST_FIGURE = re.compile(r"\S+(?: (?:million|billion|bn|m|k|%))? \($")


def _bracketed_after(sentence: str, first: int, at: int, surface: str) -> bool:
    """Whether the figure at ``at`` stands alone in brackets right after the line's first
    figure (at ``first``): a results line's figure for the period before."""
    return (
        at > first
        and sentence[at + len(surface) : at + len(surface) + 1] == ")"
        and _FIRST_FIGURE.fullmatch(sentence[first:at]) is not None
    )
