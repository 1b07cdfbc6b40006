"""How many a place or a vehicle holds: a count a holding verb gives after a venue, a building
or a craft ("The stadium holds 42,000", "the arena can seat 12,000 people", "The ferry has room
for 600 passengers") is its capacity, not a count of the people named.

The clause's subject is read from the clause's start to the verb: its first noun past its
determiners and modifiers (up to four words) must be a place or craft that holds people or
things (``_HOLDERS``). One bounded look-back per count."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.verb_subject import verb_and_subject
from reader.model import Figure

_HOLDERS = frozenset(
    ["stadium", "arena", "ground", "venue", "hall", "theatre", "theater", "auditorium",
     "hospital", "ship", "plane", "aircraft", "jet", "ferry", "vessel", "reservoir", "school",
     "prison", "shelter", "park", "centre", "center", "bowl", "dome", "field", "terminal",
     "airport", "cinema", "church", "cathedral", "hotel", "camp", "tank", "warehouse"]
)  # fmt: skip
_HOLDS = re.compile(
    r"\b(?:holds|hold|held|can hold|will hold|seats|seat|can seat|will seat|accommodates|"
    r"can accommodate|will accommodate|has room for|have room for|will have room for|"
    r"has capacity for|has space for|has a capacity of|with a capacity of|capacity of)"
    r"(?: (?:about|around|up to|more than|nearly|almost|some|just over|just under))? $"
)


def capacity_counts(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with a count a holder's verb gives measured as its capacity."""
    out: list[Figure] = []
    for f in figures:
        if f.kind == "count" and f.metric != "capacity" and _held(f):
            f = replace(f, metric="capacity", measure=f.measure or f.metric)
        out.append(f)
    return out


def _held(f: Figure) -> bool:
    """Whether a holder's verb of holding gives the count (module doc)."""
    found = verb_and_subject(f, _HOLDS)
    if found is None:
        return False
    verb, words = found
    if verb.startswith(("with", "capacity")):
        return any(w.removesuffix("'s") in _HOLDERS for w in words[-4:])  # "a 42,000-seat ..."
    # the subject's head: its last word before a preposition ("The stadium on Quay Road")
    head = []
    for w in words:
        if w in ("on", "in", "at", "near", "of", "for", "which", "that", "built", "opened"):
            break
        head.append(w)
    return bool(head) and head[-1] in _HOLDERS
