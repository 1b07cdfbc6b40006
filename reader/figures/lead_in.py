"""Rows of figures a lead-in names the measure of: a table written as text, where a line
ending in a colon says what the rows hold and each row is only a name and its figures.

    The results as published by the regulator (CET1 ratio at start / low point):
    Harrowgate Bank 13.9% / 8.1%
    Carrick National 15.2% / 10.4%

Each row writes no word of its own that could say what "13.9%" measures, so its figures
measure the first phrase of the metric vocabulary the lead-in names ("CET1 ratio"). A row
holds figures and names only: capitalised words, and the marks that part cells ("/", "|",
"-", "&"); any lower-case word (a verb, a noun of its own: "sales rose 4%") ends the rows.
The rows may run together into one sentence when the lines were joined. One look per
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.sentence_groups import by_sentence
from reader.figures.vocabulary import METRIC_OF, phrases_in
from reader.model import Figure

_TOKEN = re.compile(r"\S+")
_CELL_MARKS = frozenset(["/", "|", "-", "&", "\u2013", "\u2014", "vs", "v"])
_MAX_ROWS = 12  # sentences after the lead-in read as rows: a short table


def lead_in_metrics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """``figures`` with those in rows under a measure-naming lead-in measuring it (module
    doc); every other figure as it was, order kept."""
    grouped = by_sentence(figures)
    measure_of: dict[int, str] = {}
    for i, sentence in enumerate(sentences):
        if not sentence.rstrip().endswith(":") or i + 1 not in grouped:
            continue
        phrases = phrases_in(sentence)
        if not phrases:
            continue
        measure = METRIC_OF[phrases[0][2]]
        for j in range(i + 1, min(i + 1 + _MAX_ROWS, len(sentences))):
            if j not in grouped or not _row(sentences[j], grouped[j]):
                break
            measure_of[j] = measure
    if not measure_of:
        return list(figures)
    return [
        replace(f, metric=measure_of[f.sentence_index], measure=None)
        if f.sentence_index in measure_of
        else f
        for f in figures
    ]


def _row(sentence: str, figures: Sequence[Figure]) -> bool:
    """Whether the sentence is only names, figures and cell marks (module doc)."""
    rest = sentence
    for f in figures:
        if f.surface:
            rest = rest.replace(f.surface, " ", 1)
    words = _TOKEN.findall(rest)
    return bool(words) and all(w in _CELL_MARKS or w[:1].isupper() for w in words)
