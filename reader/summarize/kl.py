"""KL-Sum: greedily keeps the word distribution of the summary close to the document (sumy)."""

from __future__ import annotations

from typing import Any

from reader.summarize.document import stemmer, stop_words


def make(title: str | None = None) -> Any:
    from sumy.summarizers.kl import KLSummarizer

    summarizer = KLSummarizer(stemmer)
    summarizer.stop_words = stop_words()
    return summarizer
