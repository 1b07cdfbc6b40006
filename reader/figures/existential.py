"""Whose a figure is in an existential sentence: "There were 4,182 properties registered as
second homes in the county", "There are 3,170 households on its waiting list". Such a
sentence has no subject of its own; the place or body it counts in, written as "the county",
"the city", "its" ..., is the one the story is about, so the figure is theirs: "its" the
sentence before's firm (else the story's), a place the story's own subject. One bounded look
behind the figure and one ahead.
"""

from __future__ import annotations

import re

# "There were", "there are now", "There will be" right before the figure (a hedge is inside
# the figure's surface: "There were about 400")
_THERE = re.compile(
    r"\b[Tt]here (?:are|were|is|was|will be|would be|have been|had been|remain|remained)"
    r"(?: now| still| currently| already| only)? $"
)
# where the sentence counts: the story's own place or body, named by its kind ("in the
# county") or "its"
_COUNTED_IN = re.compile(
    r"\b(?:in|across|throughout|around|on) (?:the (?P<place>county|city|town|borough|district|"
    r"region|country|area|island|state|province|village|authority|council's|county's|city's)"
    r"|its|their)\b"
)
_LOOK_BEHIND = 40
_LOOK_AHEAD = 120


def existential_owner(text: str, start: int, main: str | None, prior: str | None) -> str | None:
    """Whose a figure counted by "There are/were ..." is: in the story's own body ("on its
    waiting list"), the sentence before's firm or the story's (``prior``, ``main``); in its
    place ("in the county"), the story's own subject ``main`` only (the sentence before may
    name a firm that works there: "Cardi Coaches said ... There are 37 villages in the county
    that will be left without a bus"); else None."""
    if (main is None and prior is None) or not _THERE.search(
        text, max(0, start - _LOOK_BEHIND), start
    ):
        return None
    ahead = text[start : start + _LOOK_AHEAD]
    stop = re.search(r"[.;]\s|, (?:and|but|while|against|down|up) ", ahead)
    counted = _COUNTED_IN.search(ahead, 0, stop.start() if stop else len(ahead))
    if counted is None:
        return None
    return main if counted.group("place") else prior or main
