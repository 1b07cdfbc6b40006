"""A thing named by who runs it, opening its sentence: "The materials recovery facility run
by Cleanloop Environmental at Hexthorpe, near Doncaster, sorted 118,000 tonnes" - the figure
is the operator's (the plant's owner the story is about), not the place the plant is at."""

from __future__ import annotations

import re

from reader.figures.letters import CAP

# "The facility run by X", "A depot operated by X", "Its plant owned by X" opening the sentence
_RUN_BY = re.compile(
    r"(?:The|A|An|Its) [a-z][a-z -]{0,40}? (?:run|operated|owned|managed) by (?:the )?"
    rf"({CAP}[\w&'-]*(?: (?:&|of|{CAP}[\w&'-]*)){{0,3}})"
)
# a later clause of its own, whose figure the operator does not own
_LATER_CLAUSE = re.compile(
    r";|, (?:which|who|while|but|and|as)\b|\b(?:because|after|although|when|said|says)\b"
)


def run_by(text: str, start: int) -> str | None:
    """The operator a sentence-opening "The facility run by X" names, for a figure of its main
    clause (module doc); else None."""
    if " by " not in text[:start]:
        return None  # (cheap test first: this runs for every figure)
    m = _RUN_BY.match(text)
    if m is None or m.end() >= start or _LATER_CLAUSE.search(text, m.end(), start):
        return None
    return m.group(1)
