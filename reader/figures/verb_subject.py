"""The verb right before a figure and the words of the clause before that verb: what a
figure's own clause says it is ("Tickets for the game cost £35": "cost", and "tickets for the
game"). Shared by the passes that read a measure off the subject a verb gives the figure
(``priced.py``, ``capacity.py``). One bounded search per figure."""

from __future__ import annotations

import re

from reader.figures.clause_split import clause_begin
from reader.figures.surface import surface_at
from reader.model import Figure

REACH = 40  # characters before the figure a verb is looked for in


def verb_and_subject(f: Figure, verb: re.Pattern[str]) -> tuple[str, list[str]] | None:
    """``verb``'s match ending right before ``f`` (a pattern anchored with "$") and the words,
    lower case, of its clause before it; where the verb opens its clause after an aside
    ("Tickets for the game, on 14 March at 3pm, went on sale at £35") the sentence's words
    before it. None when no such verb stands before the figure."""
    text = f.sentence
    at = surface_at(f)
    if at <= 0:
        return None
    m = verb.search(text, max(0, at - REACH), at)
    if m is None:
        return None
    words = text[clause_begin(text, m.start()) : m.start()].split() or text[: m.start()].split()
    return m.group(0), [w.lower().strip(",") for w in words]
