"""SumBasic: average word probability, squared down once used (sumy)."""

from __future__ import annotations

from typing import Any

from reader.summarize.document import stemmer, stop_words


def make(title: str | None = None) -> Any:
    from sumy.summarizers.sum_basic import SumBasicSummarizer

    summarizer = SumBasicSummarizer(stemmer)
    summarizer.stop_words = stop_words()
    return summarizer
