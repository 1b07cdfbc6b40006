"""How many words a line has: the one count nearly every line test asks first.

The classifier's passes, the line roles, the cues and the story builder each ask it of the
same lines, and a paragraph-length line costs far more to split than to look up, so the counts
of recent texts are remembered (a few files' worth). Below ``patterns`` and ``shape`` so both
can use it.
"""

from __future__ import annotations

from functools import lru_cache

# Texts whose word count is remembered.
_TEXTS = 8192


@lru_cache(maxsize=_TEXTS)
def word_count(text: str) -> int:
    """``len(text.split())``: whitespace-separated words."""
    return len(text.split())
