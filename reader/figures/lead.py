"""Where a story's lead starts: past a byline ("By Helen Marsh, Motoring Correspondent"), a
date line ("Published 30 November 2026") and a photo caption with its credit, which some
pasted or scraped stories put above the first paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

# lines above a story's lead: a byline, a date line, a photo caption's credit
_NOT_LEAD = re.compile(
    r"(?:By [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}(?:,|$| and )|(?:Published|Updated|Last updated)\b"
    r"|.*\b(?:Photograph|Photo|Picture|Image|Credit)s?: ?[A-Z][^.]{0,60}$)"
)
_CREDIT = re.compile(r"(?:Photograph|Photo|Picture|Image|Credit)s?: ?[A-Z][^.]{0,60}$")


def lead_at(sentences: Sequence[str]) -> int:
    """The index of the story's lead: past a byline, a date line and a photo caption."""
    i = 0
    while i < min(3, len(sentences) - 1):
        if _NOT_LEAD.match(sentences[i][:300]):
            i += 1
        elif i + 2 < len(sentences) and _CREDIT.match(sentences[i + 1][:80]):
            i += 2  # a caption, then its credit as a sentence of its own
        else:
            break
    return i
