"""TextRank (Mihalcea and Tarau): PageRank over word-overlap similarity (sumy)."""

from __future__ import annotations

from typing import Any

from reader.summarize.document import stemmer, stop_words


def make(title: str | None = None) -> Any:
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer = TextRankSummarizer(stemmer)
    summarizer.stop_words = stop_words()
    return summarizer
