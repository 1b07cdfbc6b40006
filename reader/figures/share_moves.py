"""A listed company's percentage move: its share price.

In market reports a company named as the subject of a verb of market movement, with the
percentage straight after it, is its share price moving: "Among the fallers, Greystone Mining
dropped 4.5%", "Rival Tarn Resources lost 2.1%", "the housebuilder Oakfield Homes rose 3%
after ...". A measure the sentence names there ("Greystone's revenue rose 4%") is not this
shape: the company must be the whole subject, written right before the verb. Places (an
economy: "Germany grew 0.3%") and a figure the rules gave a measure keep theirs, except when
that measure is only the company's own name ("Dunmore slipped 0.5%" read as "dunmore").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.letters import has_capital
from reader.figures.names import PLACES
from reader.model import Figure

_MOVE = (
    r"(?:rose|fell|jumped|climbed|gained|dropped|slid|slipped|lost|surged|soared|plunged|"
    r"tumbled|rallied|sank|slumped|dipped|advanced|declined|shed|added|eased|"
    r"(?:edged|closed|ended|finished|was|were) (?:up|down|higher|lower))"
)
_HEDGE = r"(?: (?:by|about|around|almost|nearly|some|more than|over|as much as))*"
# what may stand before the company: the sentence's start, a clause break, or a describing
# word ("rival", "the housebuilder"); not a preposition ("sales in Germany rose 3%")
_BEFORE = re.compile(r"(?:^|[,;:] |\b(?:while|and|but|whereas) |\b(?!(?:in|of|at|for|from|by|"
                     r"to|on|with|into|than|as)\b)[a-z]+ )$")  # fmt: skip
_SHARE_PRICE = "share price"


def share_moves(figures: Sequence[Figure]) -> list[Figure]:
    """Each percentage a company's move gives (module doc) measures its share price."""
    return [replace(f, metric=_SHARE_PRICE) if _moves(f) else f for f in figures]


def _moves(fig: Figure) -> bool:
    who = fig.subject
    if fig.kind != "percent" or not who or not has_capital(who) or who in PLACES:
        return False
    if fig.metric is not None and fig.metric.lower() not in who.lower():
        return False
    at = fig.sentence.find(fig.surface)
    if at <= 0:
        return False
    head = fig.sentence[max(0, at - len(who) - 80) : at]
    m = re.search(
        rf"{re.escape(who)}(?:, (?:which|who) [^,;]{{3,80}},)?(?: shares)? {_MOVE}{_HEDGE} $", head
    )
    return m is not None and _BEFORE.search(head, 0, m.start()) is not None
