"""LSA (Steinberger and Jezek): sentences strongest in the top singular vectors (sumy)."""

from __future__ import annotations

from typing import Any

from reader.summarize.document import stemmer, stop_words


def make(title: str | None = None) -> Any:
    from sumy.summarizers.lsa import LsaSummarizer

    summarizer = LsaSummarizer(stemmer)
    summarizer.stop_words = stop_words()
    return summarizer
