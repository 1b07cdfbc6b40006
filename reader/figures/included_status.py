"""What a planned sum is said to include takes its status: "The council approved a capital
budget of DKK 1.42 billion for 2038." then "It includes DKK 385 million for schools, DKK 290
million for care homes and DKK 210 million for roads." (the parts of a budget still to be
spent are planned, as the budget is). The sentence must open on the sum ("It", "This", "The
budget", "The schools money") and a verb of inclusion, and the nearest sentence before it with
money (two back at most) hold a money figure that is planned or forecast. Only money parts, not
in a clause of their own ("the sale of the annexe, which is valued at around £6.5m"); a part
with a status of its own keeps it. One look per sentence, so linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.sentence_groups import by_sentence
from reader.model import Figure

_INCLUDES = re.compile(
    r"^\s*(?:It|This|That|The (?:[\w'\u2019-]+ ){0,2}(?:budget|plan|programme|program|package|"
    r"money|total|sum|allocation|bill|fund|spending|grant|loan|investment|cost|settlement))"
    r"(?: also)? (?:includes|will include|would include|covers|will cover|contains|sets aside|"
    r"will set aside|earmarks|allocates|will allocate|is made up of|breaks down into)\b"
)
_AHEAD = frozenset({"planned", "forecast"})


def included_status(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """``figures`` with the parts of a planned or forecast sum the sentence before named taking
    its status (module doc); the others as they were, order kept."""
    grouped = by_sentence(figures)
    status_of: dict[int, str] = {}
    for i in sorted(grouped):
        if i < 1 or i >= len(sentences) or not _INCLUDES.match(sentences[i]):
            continue
        before = status_of.get(i - 1)  # (a part of a part: "The schools money includes ...")
        # the sum: the money of the nearest sentence before that has some, two back at most
        # ("... approved a capital budget of DKK 1.42 billion for 2038." "The budget passed by
        # 21 votes to 10. It includes ...")
        for j in (i - 1, i - 2):
            if before is not None or j < 0:
                break
            money = [f.status for f in grouped.get(j, []) if f.kind == "money"]
            if money:
                before = next((s for s in money if s in _AHEAD), None)
                break
        if before is not None:
            status_of[i] = before
    if not status_of:
        return list(figures)
    return [
        replace(f, status=status_of[f.sentence_index])
        if f.status in (None, "actual") and f.sentence_index in status_of and _part(f)
        else f
        for f in figures
    ]


# a clause of its own before the figure: "the sale of the annexe, which is valued at around
# £6.5m" (what the annexe is worth today, not a part of the plan)
_OWN_CLAUSE = re.compile(r"\b(?:which|who|whose|where)\b")


def _part(f: Figure) -> bool:
    """A money figure the inclusion governs: not one in a clause of its own after the verb
    (nor a count or share, which may be a fact the plan names: "at the council's 14 car
    parks")."""
    if f.kind != "money":
        return False
    at = f.sentence.find(f.surface)
    head = _INCLUDES.match(f.sentence)
    return at < 0 or head is None or _OWN_CLAUSE.search(f.sentence, head.end(), at) is None
