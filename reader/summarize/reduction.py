"""Reduction: graph of shared words, sentences ranked by edge weight (sumy)."""

from __future__ import annotations

from typing import Any

from reader.summarize.document import stemmer, stop_words


def make(title: str | None = None) -> Any:
    from sumy.summarizers.reduction import ReductionSummarizer

    summarizer = ReductionSummarizer(stemmer)
    summarizer.stop_words = stop_words()
    return summarizer
