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
     "airport", "cinema", "church", "cathedral", "hotel", "camp", "tank", "warehouse", "bus",
     "train", "tram", "boat", "truck", "lorry", "coach", "carriage", "lift"]
)  # fmt: skip
_HOLDS = re.compile(
    r"\b(?:holds|hold|held|can hold|will hold|seats|seat|can seat|will seat|accommodates|"
    r"can accommodate|will accommodate|has room for|have room for|will have room for|"
    r"has capacity for|has space for|has a capacity of|with a capacity of|capacity of|"
    r"(?:able to|can|will be able to) (?:carry|hold|take|seat))"
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
        return any(
            _one(w.removesuffix("'s")) in _HOLDERS for w in words[-4:]
        )  # "a 42,000-seat ..."
    if words and words[-1] in ("each", "both", "all"):
        # "two new hybrid ferries, due in 2028, each able to carry 1,100 passengers": what
        # each is stands before its clause
        return any(_one(w) in _HOLDERS for w in words[-12:])
    # the subject's head: its last word before a preposition ("The stadium on Quay Road")
    head = []
    for w in words:
        if w in ("on", "in", "at", "near", "of", "for", "which", "that", "built", "opened"):
            break
        head.append(w)
    return bool(head) and _one(head[-1]) in _HOLDERS


def _one(word: str) -> str:
    """A holder's noun in the singular: "ferries" a ferry, "buses" a bus, "ships" a ship."""
    if word in _HOLDERS:
        return word  # ("bus")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
