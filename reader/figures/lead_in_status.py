"""A list's rows take the outlook of the line that leads into them: "From 1 April your charges
will change as follows:" then "- Unit rate: 11.42p per kWh", "- Standing charge: 52.9p per
day" (the new charges are planned, not paid today). The rows are the bullet or labelled lines
("- ...", "Standing charge: ...") right after a line ending in a colon whose clause looks ahead
(``status.clause_outlook``: "will", "plans to", "proposes"); a row's figure with a status of
its own (an earlier level, "(now 48.2p)", is a base) keeps it. One look per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.sentence_groups import by_sentence
from reader.figures.status import clause_outlook
from reader.model import Figure

# a list's row: a bullet, or a short label and a colon before the figure
_ROW = re.compile(r"^\s*(?:[-*\u2022\u2013]\s+|[A-Za-z][A-Za-z'\u2019&/ -]{1,40}:\s)")
_MAX_ROWS = 12


def lead_in_status(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """``figures`` with the rows under a forward-looking lead-in taking its status (module
    doc); the others as they were, order kept."""
    grouped = by_sentence(figures)
    status_of: dict[int, str] = {}
    for i, sentence in enumerate(sentences):
        if i + 1 not in grouped or not sentence.rstrip().endswith(":"):
            continue
        outlook = clause_outlook(sentence, len(sentence.rstrip()) - 1)
        if outlook is None:
            continue
        for j in range(i + 1, min(len(sentences), i + 1 + _MAX_ROWS)):
            if not _ROW.match(sentences[j]):
                break
            status_of[j] = outlook
    if not status_of:
        return list(figures)
    return [
        replace(f, status=status_of[f.sentence_index])
        if f.status is None and f.sentence_index in status_of
        else f
        for f in figures
    ]
