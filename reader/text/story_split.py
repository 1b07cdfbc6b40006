"""A story's sentences, split once: what summaries and key figures both read.

Every paragraph (controls stripped) is split by :func:`split_sentences`, in story order. The
summaries pick from these sentences (less headings and fragments) and a figure's
``sentence_index`` counts them, so an index means the same sentence to both. The split is
memoised on the paragraphs, so the summary and the figures of one story share one split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.text.safe import strip_controls
from reader.text.sentences import split_sentences


@dataclass(frozen=True, slots=True)
class StorySentences:
    """``by_paragraph[i]`` are paragraph i's sentences; ``sentences`` all of them in order."""

    by_paragraph: tuple[tuple[str, ...], ...]
    sentences: tuple[str, ...]


def story_sentences(paragraphs: Sequence[str]) -> StorySentences:
    """The one split of a story's paragraphs (the same object for the same paragraphs)."""
    return _split(tuple(paragraphs))


@lru_cache(maxsize=64)  # the stories being enriched now: summary and figures share a split
def _split(paragraphs: tuple[str, ...]) -> StorySentences:
    by_paragraph = tuple(tuple(split_sentences(_plain(p))) for p in paragraphs)
    return StorySentences(by_paragraph, tuple(s for para in by_paragraph for s in para))


def _plain(text: str) -> str:
    """``strip_controls(text)``; printable ASCII (most paragraphs) holds nothing it strips."""
    return text if text.isascii() and text.isprintable() else strip_controls(text)
