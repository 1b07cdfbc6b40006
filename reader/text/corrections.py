"""Editors' notes on a story: corrections and what they retract.

Papers append notes to a story: "Correction: An earlier version of this story said Wrenfield had
cut 200 jobs. It cut 120.", "Editor's note: This article was updated to ...". The numbers an
earlier version gave are wrong by the paper's own word, so the sentence that reports them gives
no key figure (``retracted``; the right number, in the sentence after it, is read as any
other), and a note is no sentence of the story's summary (``editors_note``). One anchored match
per sentence.
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


# a note's label, or an amendment's opening: "Correction:", "Clarification -", "Editor's note:",
# "This article was amended on 3 May to ...", "Update:"
_NOTE = re.compile(
    r"^\W*(?:(?:correction|clarification|editor[\'’]?s note|update|amendment)s?\s*"
    r"(?:\([^)]{0,30}\)|,[^:]{0,30})?\s*[:.\-–—]"
    r"|(?:this|the) (?:article|story|report) (?:was|has been) (?:amended|updated|corrected|changed)\b)",
    re.I,
)


def editors_note(sentence: str) -> bool:
    """The sentence is an editor's note on the story (a correction, a clarification, an
    amendment) or what it retracts, not the story's own telling."""
    return _NOTE.match(sentence) is not None or retracted(sentence)
