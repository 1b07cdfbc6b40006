"""Summaries and key figures for a story, cached in the library.

The cache key covers the story's content (its id is a hash of its text), its title, the
summary options and both algorithm versions, so a new algorithm or a changed story is
recomputed and nothing stale is ever shown. sumy and nltk are imported only on a cache miss.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from reader.model import Figure, Story

if TYPE_CHECKING:
    from reader.library.queries import LibraryBase


def enrichment_key(story: Story, algorithm: str, sentences: int, ratio: float | None) -> str:
    from reader.figures_version import FIGURES_VERSION
    from reader.summarize import SUMMARY_VERSION

    parts: tuple[str, ...] = (story.id, story.title, algorithm, str(sentences), repr(ratio))
    parts += (SUMMARY_VERSION, FIGURES_VERSION)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def enrich(
    story: Story,
    library: LibraryBase | None = None,
    *,
    algorithm: str = "default",
    sentences: int = 3,
    ratio: float | None = None,
) -> Story:
    """Fill ``story.summary`` and ``story.figures`` (in place; the story is returned).

    With a library, a cached result is used when there is one and a new result is stored.
    ValueError for an unknown algorithm or a bad length.
    """
    key = enrichment_key(story, algorithm, sentences, ratio)
    if library is not None:
        cached = library.cached_enrichment(key)
        if cached is not None:
            story.summary, story.figures = cached
            return story
    story.summary, story.figures = compute(
        story, algorithm=algorithm, sentences=sentences, ratio=ratio
    )
    if library is not None:
        library.store_enrichment(key, story.id, story.summary, story.figures, lead_figure(story))
    return story


def compute(
    story: Story, *, algorithm: str = "default", sentences: int = 3, ratio: float | None = None
) -> tuple[list[str], list[Figure]]:
    """The story's summary and figures, computed (no cache): what ``enrich`` fills in, and
    what an ingest worker computes beside the split (``reader.ingest_work``)."""
    from reader.summarize import summarize
    from reader.text.excerpt import MAX_SUMMARY_SENTENCE_CHARS, clip

    headings = [h.text for h in story.headings]
    paragraphs = story.read_paragraphs
    picked = summarize(
        paragraphs,
        headings=headings,
        title=story.title,
        sentences=sentences,
        ratio=ratio,
        algorithm=algorithm,
    )
    # a summary point is a copy: a megabyte-long "sentence" is shown cut, the text keeps it whole
    summary = [clip(s, MAX_SUMMARY_SENTENCE_CHARS) for s in picked]
    return summary, story_figures(story)


def story_figures(story: Story) -> list[Figure]:
    """The story's key figures as the product finds them: read from its ``read_paragraphs``,
    with its title and dateline (the attribution eval's ``--product`` reading calls this too)."""
    from reader.figures import extract_figures

    return extract_figures(story.read_paragraphs, title=story.title, dateline=story.dateline)


def lead_figure(story: Story) -> str | None:
    """The value of the story's first callout: what the story list shows beside its title
    (with its hedge, and its status when it is not a result: "~$6.6B forecast")."""
    return lead_of(story.figures)


def lead_of(figures: list[Figure] | None) -> str | None:
    """The value of the first callout among ``figures`` (see ``lead_figure``)."""
    from reader.figures import callouts, format_lead

    return next((format_lead(f) for f in callouts(figures, 1)), None)
