"""A sentence's first word that is the figure's own measure owns nothing: "Membership grew 7%
to 38,900, the trust said", "Production dropped 1.6% in October". Capitalised because it opens
the sentence, the word reads as a name to the owner rules; the story's firm (or, with none, the
owner the story's other figures share) owns the figure instead. One look per figure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from reader.model import Figure

_WORD = re.compile(r"[a-z]{3,}")
_STEM = 5  # letters two forms of a word share ("membership" / "members" do not: "membe")


def _the_measure(subject: str, metric: str | None, sentence: str) -> bool:
    """``subject`` is one word opening ``sentence`` whose stem the head word of ``metric``
    has."""
    if metric is None or " " in subject or subject not in sentence[: len(subject) + 4]:
        return False
    if not sentence[: len(subject) + 4].lstrip().startswith(subject):
        return False
    stem = subject.lower()[:_STEM]
    words = _WORD.findall(metric.lower())
    # the measure's head word ("membership"; not "silver" of "silver price": silver's price)
    return len(stem) == _STEM and bool(words) and words[-1][:_STEM] == stem


def measured_owners(figures: Sequence[Figure], main: str | None) -> list[Figure]:
    """``figures`` with an owner that is the figure's measure (module doc) replaced by ``main``,
    else by the owner most of the story's other figures have, else none."""
    shared: Counter[str] | None = None  # (counted only when an owner is replaced)
    out: list[Figure] = []
    for f in figures:
        if f.subject and _the_measure(f.subject, f.metric, f.sentence):
            if shared is None:
                shared = Counter(g.subject for g in figures if g.subject)
            others = (s for s, _ in shared.most_common() if s != f.subject)
            f = replace(f, subject=main or next(others, None))
        out.append(f)
    return out
