"""A correction's retracted claim is no key figure.

Papers append corrections to a story: "Correction: An earlier version of this story said
Wrenfield had cut 200 jobs. It cut 120." The numbers the earlier version gave are wrong by the
paper's own word, so the sentence that reports them gives no figure (the right number, in the
sentence after it, is read as any other). One anchored match per sentence.
"""

from __future__ import annotations

import re

_RETRACTED = re.compile(
    r"^\W*(?:correction\s*[:.-]\s*)?(?:an?|the) (?:earlier|previous|original|older) "
    r"(?:version|edition) of this (?:story|article|report|piece|item)\b[^.;]{0,80}?"
    r"\b(?:said|stated|reported|gave|misstated|wrongly|incorrectly|misreported|put)\b",
    re.I,
)


def retracted(sentence: str) -> bool:
    """The sentence reports what an earlier version of the story wrongly said."""
    return _RETRACTED.match(sentence) is not None
