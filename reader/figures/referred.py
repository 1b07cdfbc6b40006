"""A change the story has already set out as still to come, named again as a sentence's subject
(``status.status_for`` asks after its verb rules and reads the rest of the sentence;
``referred_changes`` reads the sentence before, once the story's sentences are known; bounded
windows, so linear): "Households will pay
4.99% more from April. The increase adds £89.46 a year to a Band D bill, taking it to
£1,882.10." — the figures of the second sentence are ``planned`` too, when the sentence before or
the rest of its own sentence looks ahead ("will", "would", "from April", "next year"); "The job
losses, which include 140 academic posts, will save about £21m a year" likewise.

A figure after "possible" or "likely" ("with a further £3m possible in add-ons") is a
``forecast``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.gate import Gated
from reader.figures.memo import per_story
from reader.model import Figure

_CHANGE_SUBJECT = re.compile(
    # (the words before the noun are no verb: "The outline proposes reductions" names none)
    r"^\s*(?:the|this|that|these|those|its|their)(?: \d[\d,]*)?(?: (?![a-z]+s\b)[a-z-]+){0,2}"
    r" (?:increase|"
    r"increases|rise|rises|hike|cut|cuts|reduction|reductions|freeze|change|changes|job losses|"
    r"job cuts|closures|redundancies|savings)\b",
    re.I,
)
_AHEAD = Gated(
    re.compile(
        r"\b(?:will|would|shall|(?:is|are) (?:due|set|planned|expected) to|from (?:next|january|"
        r"february|march|april|may|june|july|august|september|october|november|december)|next "
        r"(?:year|month|season)|plans? to)\b|['\u2019]ll\b",
        re.I,
    ),
    ("will", "would", "shall", "due", "set", "plan", "expected", "from", "next", "'ll"),
)
# "would have", "would not": no outlook for the change named
_NOT_AHEAD = re.compile(r"\b(?:would|could|might) (?:have|not)\b", re.I)
# "about 7% of its 17,500 staff": the whole is a fact
_OF_WHOLE = re.compile(r"\bof (?:its|their|the|his|her|our) $", re.I)
_POSSIBLE_AFTER = re.compile(r" (?:possible|likely|in prospect)\b(?! (?:than|to|that)\b)", re.I)


def _changed(sentence: str, start: int) -> bool:
    """Whether the sentence's subject names a change and the figure at ``start`` is no whole."""
    head = sentence[max(0, start - 300) : start]
    cut = max(head.rfind(". "), head.rfind("\n"))
    head = head[cut + 1 :] if cut >= 0 else head
    return _CHANGE_SUBJECT.match(head) is not None and _OF_WHOLE.search(head) is None


@per_story  # (each figure of a sentence asks of the sentence before it)
def _ahead(clause: str) -> bool:
    return _AHEAD.search(clause) is not None and _NOT_AHEAD.search(clause) is None


def referred_change(text: str, start: int, end: int) -> str | None:
    """``forecast`` after "possible", ``planned`` for a named change whose own sentence looks
    ahead after the figure (module doc), else None."""
    if _POSSIBLE_AFTER.match(text, end, end + 30):
        return "forecast"
    if not _changed(text, start):
        return None
    stop = text.find(". ", end, end + 200)
    return "planned" if _ahead(text[end : stop if stop >= 0 else end + 200]) else None


def referred_changes(figures: list[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure with no status in a sentence that names a change the sentence before set out
    as still to come, ``planned`` (module doc)."""
    out: list[Figure] = []
    for fig in figures:
        i = fig.sentence_index
        if fig.status is None and 0 < i < len(sentences) and _ahead(sentences[i - 1][-300:]):
            at = sentences[i].find(fig.surface)
            if at >= 0 and _changed(sentences[i], at):
                fig = replace(fig, status="planned")
        out.append(fig)
    return out
