"""Whose a figure is in an existential sentence: "There were 4,182 properties registered as
second homes in the county", "There are 3,170 households on its waiting list". Such a
sentence has no subject of its own; the place or body it counts in, written as "the county",
"the city", "its" ..., is the one the story is about (the sentence before's firm, else the
story's), so the figure is theirs. One bounded look behind the figure and one ahead.
"""

from __future__ import annotations

import re

# "There were", "there are now", "There will be" right before the figure (a hedge is inside
# the figure's surface: "There were about 400")
_THERE = re.compile(
    r"\b[Tt]here (?:are|were|is|was|will be|would be|have been|had been|remain|remained)"
    r"(?: now| still| currently| already| only)? $"
)
# where the sentence counts: the story's own place or body, named by its kind or "its"
_COUNTED_IN = re.compile(
    r"\b(?:in|across|throughout|around|on) (?:the (?:county|city|town|borough|district|region|"
    r"country|area|island|state|province|village|authority|council's|county's|city's)|its|their)\b"
)
_LOOK_BEHIND = 40
_LOOK_AHEAD = 120


def existential_owner(text: str, start: int, main: str | None, prior: str | None) -> str | None:
    """The sentence before's firm or the story's (``prior``, ``main``) when the figure at
    ``start`` is counted by "There are/were ..." in the story's own place or body; else None."""
    if (main is None and prior is None) or not _THERE.search(
        text, max(0, start - _LOOK_BEHIND), start
    ):
        return None
    ahead = text[start : start + _LOOK_AHEAD]
    stop = re.search(r"[.;]\s|, (?:and|but|while|against|down|up) ", ahead)
    if _COUNTED_IN.search(ahead, 0, stop.start() if stop else len(ahead)) is None:
        return None
    return prior or main
