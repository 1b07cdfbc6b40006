"""One classified line of a pile: its number, cleaned text and kind, and the sets of kinds
the later stages read. Below the classifier so its helpers (``page``) and the stages after it
(``assemble``, ``cues``) share the type without importing the classifier."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "blank",
    "body",
    "bullet",
    "marker",
    "title",
    "standfirst",
    "byline",
    "timestamp",
    "heading",
    "caption",
    "credit",
    "masthead",
    "tag",
    "reading_time",
    "promo",
    "nav",
    "linklist",
    "comment",
    "footer",
]

# Kinds whose text is kept as story text.
BODY_KINDS = frozenset({"body", "bullet"})
# Kinds that are only page furniture and are dropped entirely (the last four come from the
# learned line roles, ``reader.story.lines.roles``).
DROPPED_KINDS = frozenset(
    {
        "caption",
        "credit",
        "promo",
        "reading_time",
        "masthead",
        "marker",
        "nav",
        "linklist",
        "comment",
        "footer",
    }
)
# Kinds that describe the story that follows (its head block).
HEAD_KINDS = frozenset(
    {"title", "byline", "timestamp", "standfirst", "masthead", "tag", "reading_time"}
)


@dataclass(slots=True)
class Line:
    """One input line with its kind; ``no`` is 1-based, ``text`` is stripped (bullet marks removed)."""

    no: int
    text: str
    kind: Kind
