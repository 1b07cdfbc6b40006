"""A percentage a holder owns: a stake.

"Eastmere, which is 60% owned by the county council and 40% by a pension fund", "still 55%
owned by the founders' descendants", "is 26% controlled by the state": the percentage is a
stake (``actors.held_by`` gives its holder as the owner), whatever the sentence's subject or
measure words say. A percentage joined to such a stake by "and" with "by" a second holder
("and 40% by ...") is another stake.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.model import Figure

_STAKE = "stake"
# right after the figure: "owned by", "held by", "controlled by", "is owned by"
_HELD = re.compile(r"^ (?:(?:is|was|are) )?(?:owned|held|controlled) by\b")
# after a stake: " and 40% by the Canadian investor": the figure is followed by " by"
_AND_BY = re.compile(r"^ by (?:the |its |their |a |an )?[\w'&-]")


def stake_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each percentage written as owned, held or controlled by a holder (module doc) is a
    stake; the figures are otherwise unchanged, order kept."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        if f.kind == "percent":
            by_sentence.setdefault(f.sentence_index, []).append(f)
    staked: set[int] = set()
    for same in by_sentence.values():
        text = same[0].sentence
        placed = sorted(
            ((text.find(f.surface), f) for f in same if f.surface in text), key=lambda p: p[0]
        )
        held = False
        for at, f in placed:
            after = text[at + len(f.surface) : at + len(f.surface) + 40]
            if _HELD.match(after) or (held and _AND_BY.match(after) and _joined(text, at)):
                staked.add(id(f))
                held = True
    return [replace(f, metric=_STAKE) if id(f) in staked else f for f in figures]


def _joined(text: str, at: int) -> bool:
    """Whether the figure at ``at`` follows "and" (the second holder of a stake)."""
    return text[max(0, at - 5) : at] == " and "
