"""One classified line of a pile: its number, cleaned text and kind, the sets of kinds the
later stages read, and the page of lines the classifier's passes share. Below the classifier so
its helpers (``page``) and the stages after it (``assemble``, ``cues``) share the type without
importing the classifier."""

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

# Kinds only the learned line roles give (reader.story.lines.roles), never the rules.
ROLE_KINDS = ("nav", "linklist", "comment", "footer")
# Kinds whose text is kept as story text.
BODY_KINDS = frozenset({"body", "bullet"})
# Meta lines that make a headline a full headline block (a new article on a page).
BLOCK_META = frozenset({"byline", "timestamp"})
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


@dataclass(slots=True)
class Line:
    """One input line with its kind; ``no`` is 1-based, ``text`` is stripped (bullet marks removed)."""

    no: int
    text: str
    kind: Kind


class LinePage:
    """The lines of one document while the classifier's passes run: blank lines are marked
    here; ``nb`` lists the non-blank ones in order, ``pos`` gives each one's rank among them
    and ``fixed`` holds the lines whose kind a pass has settled."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.nb: list[int] = []  # indices of non-blank lines
        for i, ln in enumerate(self.lines):
            if not ln.text:
                ln.kind = "blank"
            else:
                self.nb.append(i)
        self.pos = {idx: k for k, idx in enumerate(self.nb)}
        self.fixed: set[int] = set()

    def nxt(self, i: int, step: int = 1) -> Line | None:
        """The non-blank line ``step`` places from line index ``i`` (None past either end)."""
        k = self.pos[i] + step
        return self.lines[self.nb[k]] if 0 <= k < len(self.nb) else None
