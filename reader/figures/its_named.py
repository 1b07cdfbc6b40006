"""A thing a sentence opens on by a possessive and then names in apposition owns the figures
of its clause: "Its food delivery arm, Pellow Eats, contributed R1.2bn of that revenue"
(Pellow Eats', not a rival the sentence before named last, whom "Its" might be read as).

The sentence opens with "Its" / "Their" and one to four lower-case words, a comma, a capitalised
name and a comma, then a verb that reports nothing ("said", "told": the person's words are
about others' figures); the figure stands in that clause (no ";" nor a new clause joined by
", while", ", but" or ", and" between).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.resubject import resubject
from reader.figures.surface import surface_at
from reader.model import Figure

_OPENS = re.compile(
    r"(?:Its|Their) (?:[a-z][\w-]* ){0,3}[a-z][\w-]*, "
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?: (?:&|of|[A-Z][\w&'\u2019.-]*)){0,4}), "
    r"(?P<verb>[a-z]+)\b"
)
_REPORTS = frozenset(
    ["said", "says", "told", "tells", "added", "adds", "noted", "notes", "argued", "argues",
     "warned", "warns", "wrote", "writes", "believes", "believed", "thinks", "thought"]
)  # fmt: skip
_BREAK = re.compile(r";|, (?:while|but|and|whereas|although) ")


def its_named(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure in the clause a named "Its ..., NAME," opens given NAME (module doc)."""
    return resubject(figures, _named)


def _named(f: Figure) -> str | None:
    text = f.sentence
    m = _OPENS.match(text)
    if m is None or m.group("verb") in _REPORTS:
        return None
    start = surface_at(f, text, m.end())
    if start < 0 or _BREAK.search(text, m.end(), start):
        return None
    return m.group("name")
