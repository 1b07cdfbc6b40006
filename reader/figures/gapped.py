"""A figure of a gapped clause owned by the noun the gap leaves: "Wheat makes up about 11.2
million tonnes of receivals so far, barley 2.9 million tonnes and canola 1.7 million tonnes"
(barley's 2.9 million tonnes, canola's 1.7 million). The sentence opens on one capitalised
noun that owns its first figure; each later figure with only a lower-case noun before it, after
", " or " and ", belongs to that noun. A measure opening the sentence ("Sales rose 5%, profit
3%") owns nothing, so nothing changes there."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.figures.carry import SERIES_VERBS
from reader.figures.clause_split import is_verb
from reader.figures.resubject import resubject
from reader.figures.word_search import number_at
from reader.model import Figure

# ", barley " / " and canola " right before the figure (hedges allowed: "about", "some")
_GAPPED = re.compile(
    r"(?:, (?:and |while |with )?| and )(?P<noun>[a-z][a-z-]{2,})"
    r" (?:about |around |some |nearly |almost |just |roughly )?$"
)
_NOT_NOUNS = frozenset(
    ["and", "but", "the", "with", "from", "than", "while", "which", "that", "this", "its", "their",
     "about", "around", "some", "nearly", "almost", "just", "roughly", "over", "under", "only",
     "still", "now", "then", "also", "up", "down", "was", "were", "is", "are", "to", "by", "of",
     "for", "at", "in", "on", "per", "cent", "percent", "million", "billion", "tonnes", "year",
     "against", "versus", "vs", "compared", "plus", "minus", "including", "excluding", "worth",
     "another", "each", "after", "before", "between", "below", "above", "beyond", "toward",
     "towards", "despite", "via", "into", "onto", "within", "without", "except", "like", "near",
     "roughly", "nearly", "barely", "or", "nor", "yet", "so", "a", "an", "all", "both", "every",
     # a series' next verb: "would pay a £6.8m penalty, return £4.3m to customers"
     *SERIES_VERBS]
)  # fmt: skip


def gapped_owners(figures: Sequence[Figure]) -> list[Figure]:
    """Each gapped clause's figure owned by its noun (module doc); the others unchanged."""
    return resubject(figures, lambda f: _gapped_noun(f, figures))


def _at(f: Figure) -> int:
    return number_at(f.sentence, f.surface)  # (not "3%" inside "0.3%": word_search.py)


def _alike(f: Figure, g: Figure) -> bool:
    """Two figures of one measure: kind and unit, and a count's counted word."""
    if f.kind != g.kind or f.unit != g.unit:
        return False
    return f.kind != "count" or f.surface.split()[-1] == g.surface.split()[-1]


def _gapped_noun(f: Figure, figures: Sequence[Figure]) -> str | None:
    opener = f.sentence.split(" ", 1)[0]
    if not f.subject or f.subject != opener or not opener.isalpha() or not opener[1:].islower():
        return None  # (the sentence must open on the one word that owns its figures)
    at = _at(f)
    gap = _GAPPED.search(f.sentence, max(0, at - 40), at) if at > len(opener) else None
    if gap is None:
        return None
    noun = gap.group("noun")
    if noun in _NOT_NOUNS or noun.endswith(("ing", "ed")) or is_verb(noun):
        return None  # "adding $1.89", "launching 28 new models"
    # the opener's own figure of the same measure comes first: "11.2 million tonnes, barley 2.9"
    first = [
        g
        for g in figures
        if g.sentence_index == f.sentence_index
        and g.sentence == f.sentence
        and g.subject == opener
        and 0 <= _at(g) < gap.start()
        and _alike(f, g)
    ]
    if not first:
        return None
    if gap.group(0).startswith(" and "):
        # the list's last item: only after a gapped item right before it ("barley 2.9 million
        # tonnes and canola 1.7 million tonnes"; not "pay down its £340m of debt and return
        # £20m": a verb)
        g = max(first, key=_at)
        ends = _at(g) + len(g.surface)
        if f.sentence[ends : gap.start()].strip() or not _GAPPED.search(
            f.sentence, max(0, _at(g) - 40), _at(g)
        ):
            return None
    return noun
