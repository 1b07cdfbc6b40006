"""Key figures (money, percentages, counts) pulled from a story's body sentences.

Public API: ``extract_figures`` (ranked), ``parse_sentence`` (one sentence, unranked),
``format_value`` / ``format_figure`` (callout text) and ``FIGURES_VERSION`` (cache key:
bump whenever output changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.figures.format import format_figure, format_value
from reader.figures.parse import parse_sentence
from reader.figures.rank import rank
from reader.model import Figure

FIGURES_VERSION = "2"


def extract_figures(paragraphs: Sequence[str], *, title: str | None = None) -> list[Figure]:
    """Every figure in the story's sentences (all paragraphs in order), most important first.

    ``title`` is accepted for callers that have one; a figure also named in the title gets a
    small boost because the headline chose it.
    """
    from reader.sentences import split_sentences  # lazy: nltk is heavy

    found: list[Figure] = []
    index = 0
    story = "\n".join(paragraphs)
    for para in paragraphs:
        for sentence in split_sentences(para):
            figs = parse_sentence(sentence, story=story)
            found.extend(replace(f, sentence_index=index) for f in figs)
            index += 1
    ranked = rank(found)
    if title:
        ranked = [
            replace(f, score=f.score + 1.0) if f.surface and f.surface in title else f
            for f in ranked
        ]
        ranked.sort(key=lambda f: (-f.score, f.sentence_index))
    return ranked


__all__ = [
    "FIGURES_VERSION",
    "extract_figures",
    "format_figure",
    "format_value",
    "parse_sentence",
]
