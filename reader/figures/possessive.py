"""A measure an owner's possessive stands for: "FitBase's revenue climbed 19% to £338m;
PulseGym's edged up 3% to £251m", "adjusted EBITDA rose to £121m, while its rival's dropped to
£58m from £71m", "PulseGym's fell 2% to 960,000" (after "its membership rose 14% to 1.31
million"). A possessive right before a verb of movement or level has lost its noun: the noun
is the measure the figures before it named, in its sentence or the one before.

Each figure of the possessive's clause (up to a clause break) takes the measure of the
nearest earlier figure of its kind (money of its unit, a percentage, a count) that has one,
else of the nearest earlier figure with a measure. "it's", "that's" and the like are no
owners. One bounded look per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.gate import Gated
from reader.figures.surface import surface_at
from reader.model import Figure

_VERB = (
    r"(?:rose|fell|dropped|climbed|edged|slipped|jumped|grew|increased|decreased|declined|"
    r"gained|lost|slid|surged|plunged|tumbled|soared|sank|dipped|shrank|improved|narrowed|"
    r"widened|was|were|is|are|stood|reached|came|totalled|totaled|hit|rises|falls|grows)"
)
# the possessive opening its clause (at the sentence's start, after ';', ',' or a joining
# word; "its rival's"), its verb and what may stand before the figure ("Profits at Dr
# Reddy's fell 93%" is no ellipsis: the measure opens the clause)
_ELIDED = Gated(  # (gate.py: a possessive needs its apostrophe)
    re.compile(
        r"(?:^|[;,]\s*|\b(?i:while|whereas|but|and)\s+)"
        r"(?:(?i:its|their|the|his|her)\s+(?:[a-z]+\s+)?)?(?:[A-Z][\w.&-]*\s+){0,3}"
        r"(?P<owner>\b[\w.&-]+(?:['\u2019]s|s['\u2019]))\s+(?:also\s+|only\s+|just\s+)?"
        + _VERB
        + r"\b(?:[^;:.!?]|\.(?=\d)){0,40}$"
    ),
    ("'",),
)
# a possessive right before the figure after a word of comparison: "carries £640m of debt,
# against FitBase's £410m" (the same measure, the other owner's)
_COMPARED = Gated(
    re.compile(
        r"\b(?i:against|compared with|versus|vs\.?|than)\s+(?:[A-Z][\w.&-]*\s+){0,3}"
        r"(?P<owner>[\w.&-]+(?:['\u2019]s|s['\u2019]))\s+(?:about |around |some |just |only )?$"
    ),
    ("'",),
)
_NOT_OWNER = frozenset(
    ["it's", "that's", "there's", "what's", "here's", "who's", "let's", "he's", "she's"]
)
# a measure noun between the possessive's verb and the figure is the figure's own
_OWN_NOUN = re.compile(r"\b(?:of|in|on)\s+(?!the\b)[a-z]+", re.I)
_LOOK_BACK = 1  # sentences before the figure's own that may hold the measure


def _same_kind(a: Figure, b: Figure) -> bool:
    return a.kind == b.kind and (a.kind != "money" or a.unit == b.unit)


def possessive_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure whose clause opens with a possessive and its verb ("PulseGym's fell 2%")
    takes the measure its sentence or the one before named, and one right after a compared
    owner's possessive ("against FitBase's £410m") that of the figure of its kind before it
    in its sentence; others unchanged, order kept."""
    ordered = sorted(
        (f for f in figures if f.surface and f.sentence_index >= 0),
        key=lambda f: (f.sentence_index, surface_at(f)),
    )
    named: dict[int, tuple[str, str | None]] = {}  # id of a figure -> its measure, bare
    for i, f in enumerate(ordered):
        at = surface_at(f)
        m = _ELIDED.search(f.sentence, 0, at) if at > 0 else None
        compared = (
            _COMPARED.search(f.sentence, max(0, at - 80), at) if m is None and at > 0 else None
        )
        m = m or compared
        if m is None or m.group("owner").lower().replace("\u2019", "'") in _NOT_OWNER:
            continue
        if _OWN_NOUN.search(f.sentence, m.end("owner"), at):
            continue
        before = [
            g
            for g in ordered[:i]
            if (named[id(g)][0] if id(g) in named else g.metric)
            and f.sentence_index - _LOOK_BACK <= g.sentence_index
            and (g.sentence_index < f.sentence_index or surface_at(g) < m.start())
        ]
        if compared is not None:  # only a figure of its kind in its own sentence
            before = [g for g in before if g.sentence_index == f.sentence_index]
        source = next((g for g in reversed(before) if _same_kind(f, g)), None)
        if compared is None:
            source = source or (before[-1] if before else None)
        if source is not None:
            named[id(f)] = named.get(id(source)) or (source.metric or "", source.measure)
    out: list[Figure] = []
    for f in figures:
        got = named.get(id(f))
        if got is not None and f.metric != got[0]:
            f = replace(f, metric=got[0], measure=got[1])
        out.append(f)
    return out
