"""Money an event or a business brings into an economy is its economic impact: "the event would
bring about £120m to the local economy", "The festival brought A$87 million into the Queensland
economy", "generated £38.4 million for the Northern Ireland economy". The figure is what a
verb of bringing (bring, add, contribute, inject, pump, generate) carries "to", "into" or "for" a
named or local economy, written right after the figure (a time, a place's name or the sum in
another currency may stand between: "a year", "each year", "(£41.9 million)"). One bounded look
per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_VERB = re.compile(
    r"\b(?:bring|brings|brought|bringing|add|adds|added|adding|contribute|contributes|"
    r"contributed|contributing|inject|injects|injected|injecting|pump|pumps|pumped|pumping|"
    r"generate|generates|generated|generating)(?: (?:an estimated|a further|another|some|"
    r"about|around|roughly|nearly|almost|more than|over|up to|as much as|at least))? $",
    re.I,
)
_INTO = re.compile(
    r"^(?: \([^)]{1,30}\))?(?: (?:a|each|every|per) year)? (?:to|into|for) (?:the |its |their |our )?"
    r"(?:[\w'\u2019-]+ ){0,3}econom(?:y|ies)\b",
    re.I,
)
_WINDOW = 40


def economic_impacts(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum a verb of bringing carries into an economy measures the economic impact (module
    doc); other figures unchanged, order kept."""
    return [_impact(f) or f for f in figures]


def _impact(f: Figure) -> Figure | None:
    if f.kind != "money":
        return None
    at = surface_at(f)
    if at < 0:
        return None
    end = at + len(f.surface)
    if _VERB.search(f.sentence[max(0, at - _WINDOW) : at]) is None:
        return None
    if _INTO.match(f.sentence[end : end + 80]) is None:
        return None
    return replace(f, metric="economic impact", measure=None)
