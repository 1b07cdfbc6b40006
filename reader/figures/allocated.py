"""Money set aside for a purpose is named by the purpose: "The budget includes £38m for road
repairs over three years" (road repairs), "has set aside £800,000 for a hardship fund"
(hardship fund), "earmarked €12m for new classrooms" (new classrooms); a measure the rules
gave stays before it ("The appeal includes $1.1bn for food": aid for food). A verb of allotting
(include, set aside, earmark, allocate, ring-fence, budget) right before the sum and "for"
and a noun phrase right after it: the phrase, up to three words ending at a preposition, a
comma or a time word, is the measure. One bounded look per money figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.measure_words import measure_noun
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_ALLOTTED = re.compile(
    r"\b(?:includes?|included|including|set(?:s|ting)? aside|earmark(?:s|ed|ing)?|"
    r"allocat(?:es?|ed|ing)|ring-?fenc(?:es?|ed|ing)|budget(?:s|ed|ing)?|"
    r"put(?:s|ting)? aside)(?: (?:a further|another|an extra|an additional|about|around|"
    r"nearly|almost|more than|up to))? $",
    re.I,
)
_FOR = re.compile(
    r" for (?:a |an |the |its |their |new )?(?P<np>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})"
)
_TIME = frozenset(["year", "years", "month", "months", "week", "weeks", "next", "this", "over"])


def _purpose(words: list[str]) -> str | None:
    kept: list[str] = []
    for w in words:
        if w in sumy_stop_words() or w in _TIME:
            break
        kept.append(w)
    if not kept or not (measure_noun(kept[-1]) or len(kept) > 1 or kept[-1].endswith("s")):
        return None
    return " ".join(kept)


def _named(metric: str | None, purpose: str) -> str:
    """The purpose, after the measure the rules gave when the purpose does not hold it ("aid
    for food": the aid stays; "bad loans" holds the "loans" the rules read)."""
    if not metric or metric.lower() in purpose.split() or metric.lower() == purpose:
        return purpose
    return f"{metric} for {purpose}"


def allotted_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum a verb of allotting sets aside "for" a purpose measures the purpose; other
    figures unchanged, order kept."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f) if f.kind == "money" else -1
        if at > 0 and _ALLOTTED.search(f.sentence, max(0, at - 60), at):
            m = _FOR.match(f.sentence, at + len(f.surface))
            purpose = _purpose(m.group("np").split()) if m else None
            if purpose is not None and purpose != f.metric:
                named = _named(f.metric, purpose)
                f = replace(f, metric=named, measure=f.measure or f.metric)
        out.append(f)
    return out
