"""A bare measure named as the story named it before (after ``kin.py``, the last pass over a
story's figures): once a story has written "smartphone shipments fell 4%", a later "shipments
rose to 31 million" counts the same shipments; "the average house price rose 2.1% ... prices
are 4% below their peak" are house prices; "a trade deficit of $2.1bn ... the deficit narrowed"
the trade deficit.

Only when the story so far names one qualified form of that word for the same owner (or one of
them names none): two ("smartphone shipments ... tablet shipments") leave a bare one bare. Not
every qualified form names a kind: one with an "of" phrase ("share of loans") names another
measure; one with a name or a nationality ("Japanese growth") says whose it is; one with a
contrasting modifier ("new jobs", "total debt", "monthly salary") or a participle ("cancelled
flights") is one amount of the word among others. Nor is a bare word taken on where its own
sentence qualifies it otherwise ("200 TV stations" after "1,000 radio stations", "a 2% fall in
overall prices", "10% growth in customer management revenue" after "GDP growth"). A company's
top line and bottom line stay as written: a story gives a unit's revenue ("cloud revenue")
before the group's, and ``kin.py`` takes the kinds of profit and loss. The bare word stays the
figure's ``measure`` for look-ups by kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.kin import where
from reader.figures.sentence_groups import sentence_of
from reader.figures.surface import surface_at
from reader.model import Figure

_OWN_KIN = frozenset(
    ["revenue", "revenues", "sales", "turnover", "profit", "profits", "loss", "losses",
     "income", "earnings", "ebitda", "ebit"]
)  # fmt: skip


# modifiers that set one amount against others of the same word rather than name its kind: a
# part or a sum ("new jobs", "remaining stores", "total debt"), a rate per period ("monthly
# salary"), a goal ("target price"): the story's next bare word is as likely the other amount
_CONTRASTING = frozenset(
    ["new", "extra", "additional", "further", "remaining", "other", "existing", "older",
     "first", "last", "previous", "former", "total", "combined", "overall", "cumulative",
     "ageing", "aging", "old",
     "hourly", "daily", "weekly", "monthly", "quarterly", "annual", "yearly", "target",
     "minimum", "maximum", "peak", "share"]
)  # fmt: skip


# nouns of a change, which measure what the sentence says they are "in" or "of"
_CHANGES = frozenset(["growth", "rise", "increase", "fall", "decline", "drop", "gain"])


def _bare(metric: str | None) -> str | None:
    low = (metric or "").lower()
    return low if low.isalpha() and low not in _OWN_KIN else None


def _form(metric: str | None) -> tuple[str, str] | None:
    """("smartphone shipments", "shipments") of a qualified metric; None for one word or a
    form with an "of" phrase or a contrasting modifier (``_CONTRASTING``)."""
    written = (metric or "").split()
    words = [w.lower() for w in written]
    if len(words) < 2 or "of" in words or not words[-1].isalpha():
        return None
    if any(w in _CONTRASTING or w.endswith("ed") for w in words[:-1]):
        return None
    if any(w[:1].isupper() and not w.isupper() for w in written[:-1]):
        return None  # whose, not what kind: "Japanese growth", "Chinese exports"
    return " ".join(words), words[-1]


def _qualified_here(fig: Figure, bare: str, sentences: Sequence[str]) -> bool:
    """The figure's own words qualify its bare measure otherwise: a word between its number
    and the measure ("200 TV stations"), or a contrasting modifier before the measure's
    nearest mention in its sentence ("a 2% fall in overall prices")."""
    text = sentence_of(fig, sentences)
    stem = re.escape(bare[:-1] if bare.endswith("s") else bare)
    mention = re.compile(rf"(\w[\w-]*)\s+{stem}(?:s|es)?\b", re.IGNORECASE)
    inside = [m for m in mention.finditer(fig.surface) if not m.group(1)[0].isdigit()]
    if any(m.group(1).lower() not in ("million", "billion", "thousand") for m in inside):
        return True
    at = surface_at(fig, text)
    near = min(mention.finditer(text), key=lambda m: abs(m.start() - at), default=None)
    if near is not None and near.group(1).lower() in _CONTRASTING:
        return True
    # a change of what the sentence names: "posted 10% growth in customer management revenue"
    return bare in _CHANGES and re.search(rf"\b{stem}\w* (?:in|of) ", text, re.I) is not None


def head_qualified(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each bare measure with the one qualified form of it the story named before it (module
    doc); the figures keep their order."""
    # (where, form, head, owner, the metric as written)
    named: list[tuple[tuple[int, int], str, str, str, str]] = []
    for f in figures:
        form = _form(f.metric)
        if form is not None and f.metric:
            named.append((where(f, sentences), *form, (f.subject or "").lower(), f.metric))
    if not named:
        return list(figures)
    out: list[Figure] = []
    for f in figures:
        bare = _bare(f.metric)
        if bare is None or _qualified_here(f, bare, sentences):
            out.append(f)
            continue
        at = where(f, sentences)
        owner = (f.subject or "").lower()
        forms = {
            form: written
            for place, form, head, whose, written in named
            if place < at and head == bare and (whose == owner or not whose or not owner)
        }
        if len(forms) == 1:
            (only,) = forms.values()
            out.append(replace(f, metric=only, measure=f.measure or bare))
        else:
            out.append(f)
    return out
