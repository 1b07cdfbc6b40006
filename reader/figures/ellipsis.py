"""A figure whose measure its clause leaves out because the clause before in the same sentence
named it: "prices in Leeds slipped 0.3%, while York rose 1.1%" (York's 1.1% is a price too),
"the basket cost £41.36 at one chain and £57.90 at another", "two approaches, at 180p and
195p".

The figure takes the measure of the nearest figure before it in its sentence, of its kind (and
unit, for money), when the words between join the two (a coordinating word: "and", "or",
"while", "but", "whereas", "against", "compared with") and name no measure of their own, and
no clause break (";", ":", a dash) or relative clause ("which", "who") parts them. One bounded look per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.vocabulary import METRIC_RE
from reader.model import Figure

_MAX_GAP = 90  # characters between the two figures
_JOINED = re.compile(r"\b(?:and|or|while|whereas|but|against|compared with|versus|vs)\b", re.I)
# a clause break, or a relative clause whose figure is its own ("its loyalty programme,
# which has 8.4 million members, contributed C$310 million")
_BREAK = re.compile(r"[;:()\u2014]| - | \u2013 |[.!?] |\b(?:which|who|whose)\b")
# the figure before sits in a relative clause that a comma closes before this one: "The
# index, which rose 2.2%, and its rival gained 0.8%"
_IN_RELATIVE = re.compile(r", (?:which|who|whose)\b[^,]*$")


def _joined(before: str, between: str) -> bool:
    """Whether the words between two figures join two clauses that share a measure
    (``before``: the words before the first figure)."""
    if "," in between and _IN_RELATIVE.search(before[-80:]) is not None:
        return False
    return (
        len(between) <= _MAX_GAP
        and _JOINED.search(between) is not None
        and _BREAK.search(between) is None
        and METRIC_RE.search(between) is None
    )


def parallel_metrics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure with no measure, given the measure of the figure before it in a joined
    clause of its sentence (module doc)."""
    spans: dict[int, list[tuple[int, int, Figure]]] = {}
    for f in figures:
        text = sentences[f.sentence_index] if 0 <= f.sentence_index < len(sentences) else ""
        at = text.find(f.surface) if text and f.surface else -1
        if at >= 0:
            spans.setdefault(f.sentence_index, []).append((at, at + len(f.surface), f))
    out: list[Figure] = []
    for f in figures:
        if f.metric is not None or f.kind not in ("money", "percent"):
            out.append(f)
            continue
        mine = spans.get(f.sentence_index, [])
        at = next((a for a, _, g in mine if g is f), -1)
        before = [
            (a, end, g)
            for a, end, g in mine
            if end <= at
            and g.metric
            and g.kind == f.kind
            and (f.kind != "money" or g.unit == f.unit)
        ]
        if at < 0 or not before:
            out.append(f)
            continue
        start, end, g = max(before, key=lambda p: p[1])
        text = sentences[f.sentence_index]
        if _joined(text[:start], text[end:at]):
            f = replace(f, metric=g.metric)
        out.append(f)
    return out
