"""A percentage a company holds, takes or is ranked with, in a story that measures market
shares, is its market share: "Its main rival, the Berlin-owned Lieferfix, held 36%", "South
Korea's Norvik was second with 19.1%, followed by Tessaro at 14.6%", "Vivra (11.2%) and Rumi
(9.5%) completed the top five", "SuperFare remained the market leader with 22.4 per cent".
Market reports write the measure once ("Kestrel's market share rose to 23%") and the rest of
the table as bare percentages; a percentage with no measure of its own, in a story where some
figure is a market share, read in one of those shapes takes it. One anchored look before each
such figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_SHARE = "market share"
# what a company does with its share right before the percentage: "held 36%", "took 8.3%",
# "with 19.1%", "at 14.6%", "on 9.8%", "Vivra (11.2%"
_HELD = re.compile(
    r"(?:\b(?:held|holds|hold|holding|took|takes|has|had|commands?|commanded|controls?|"
    r"controlled|captured|claims?|claimed|accounted for|accounts for|with|at|on)"
    r"(?: a| an)?(?: (?:about|around|nearly|almost|some|roughly|just|just over|just under|"
    r"more than|less than))? |[A-Z][\w&.'\u2019-]* \()$"
)
# not "with 58,412 tickets sold", "at 3% a year", "on 4.5% interest"
_NOT_AFTER = re.compile(r"^ (?:a |per |of (?:its|the|their) (?:costs?|revenue|sales|income))")


def held_shares(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with a held or ranked percentage in a story of market shares measured as a
    market share (module doc)."""
    if not any(f.metric == _SHARE for f in figures):
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        if f.kind == "percent" and f.metric is None:
            at = surface_at(f)
            end = at + len(f.surface)
            if (
                at > 0
                and _HELD.search(f.sentence, max(0, at - 40), at) is not None
                and _NOT_AFTER.match(f.sentence, end) is None
            ):
                f = replace(f, metric=_SHARE)
        out.append(f)
    return out
