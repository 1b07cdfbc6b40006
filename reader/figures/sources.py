"""Who reports a figure nothing else owns: the source its sentence names ("..., according to
consumer group Fair Basket", "a survey of 1,200 firms by the Federation of Small Traders",
"figures from the Office of Rail and Road show"). A story with no firm of its own (a survey, a
statistics release) gives its measures to whoever counted them; the rules read a source only
when the figure's sentence gives no owner and the story has no main firm (whose.py).
"""

from __future__ import annotations

import re

from reader.figures.letters import CAP
from reader.figures.name_words import antecedent
from reader.figures.proper_nouns import names_in

# what leads up to a source's name: "according to (the) consumer group", "a survey of 1,200
# firms by (the)", "figures from (the)", "data from researcher"
_SOURCE_LEAD = re.compile(
    r"\baccording to (?:the |a |an )?(?:[a-z][a-z-]* ){0,3}(?=" + CAP + r")"
    r"|\b(?:survey|study|report|poll|analysis|census|count|index|research|figures|data|"
    r"estimates?)\b(?:[^,;.]|[,.](?=\d)){0,40}? (?:by|from) (?:the |a |an )?(?:[a-z][a-z-]* ){0,2}(?="
    + CAP
    + r")"
)


# a measure of a whole market or country is no one's, whoever counted it: "Global smartphone
# shipments rose 4.8%, according to PhoneCount"
_AGGREGATE = re.compile(r"(?:global|worldwide|world|total|overall|national|nationwide|industry)\b")


def reported_by(text: str, names: frozenset[str], clause_at: int = 0) -> str | None:
    """The firm or body a sentence names as its figures' source (module doc), else None; not a
    person ("according to Ana Petrovic") nor a place, nor for a whole market's measure (the
    clause starting at ``clause_at`` opens with "Global", "Total" ...)."""
    if _AGGREGATE.match(text[clause_at : clause_at + 12].lower()):
        return None
    for m in _SOURCE_LEAD.finditer(text):
        found = names_in(text, m.end(), min(len(text), m.end() + 80), names)
        if found and found[0][1] == m.end() and antecedent(found[0][0], names):
            return found[0][0]
    return None
