"""A company's organ speaks for the company: "the Management Board expects revenue of around
€150 million" gives the company's revenue, not a board's; so do its supervisory board,
executive board or committee and its board of directors. A figure whose owner the rules read
as such an organ takes the story's firm (``main``, else the name the story writes most,
asked only when needed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.model import Figure

_ORGAN = re.compile(
    r"(?i)(?:the )?(?:management|supervisory|executive|main|group)?\s*"
    r"(?:board(?: of directors)?|committee|directors)"
)


def organ_owners(
    figures: Sequence[Figure], main: str | None, owner: Callable[[], str | None]
) -> list[Figure]:
    """Each figure owned by a company's organ given the story's firm (module doc); the others
    unchanged."""
    out: list[Figure] = []
    firm, asked = main, main is not None
    for f in figures:
        if f.subject and _ORGAN.fullmatch(f.subject.strip()) is not None:
            if not asked:
                firm, asked = owner(), True
            if firm is not None and _ORGAN.fullmatch(firm) is None:
                f = replace(f, subject=firm)
        out.append(f)
    return out
