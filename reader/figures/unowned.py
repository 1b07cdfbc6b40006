"""The last owner look: a figure that no pass gave an owner, in a story whose main firm is
known (``main_firm.main_company``, a headline's firm, an analyst's note's firm), is that firm's.

A story about one firm keeps writing its figures without naming it again: "In June it had
forecast DKK 520 million to DKK 580 million" (a range's second sum), "Monday's sale of 1,146
sheep" (the mart's report), "$3.1 million of catering costs that the team had left off". Every
earlier pass that reads a sentence's own owner (a name, a pronoun, a possessive, a market's or
a country's standing figures) runs first, so this only fills what they left empty, and a
statistic of no one's (``actors.no_ones``: "About 14 million households are on fixed-price
deals") stays no one's. Measured on
the 115 development rounds before it was written: of the figures left with no owner in
stories with a main firm, 113 are labelled that firm's, 12 no one's (a market's total: "22
million households"), 59 another's or both ways alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.figures.actors import no_ones
from reader.model import Figure


def main_owned(figures: Sequence[Figure], main: str | None) -> list[Figure]:
    """``figures`` with every owner left empty set to the story's ``main`` firm (module doc)."""
    if main is None:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        owned = replace(f, subject=main) if f.subject is None else f
        # (a statistic of no one's stays so: "About 14 million households are on fixed-price
        # deals", ``actors.ownerless``)
        out.append(f if owned is not f and no_ones(owned) else owned)
    return out
