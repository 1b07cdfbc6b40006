"""LexRank (Erkan and Radev): PageRank over the cosine graph of sentences (sumy)."""

from __future__ import annotations

from typing import Any

from reader.summarize.document import stemmer, stop_words


def make(title: str | None = None) -> Any:
    from sumy.summarizers.lex_rank import LexRankSummarizer

    summarizer = LexRankSummarizer(stemmer)
    summarizer.stop_words = stop_words()
    return summarizer
