"""Luhn: clusters of significant (frequent, non-stop) words (sumy)."""

from __future__ import annotations

from typing import Any

from reader.summarize.document import stemmer, stop_words


def make(title: str | None = None) -> Any:
    from sumy.summarizers.luhn import LuhnSummarizer

    summarizer = LuhnSummarizer(stemmer)
    summarizer.stop_words = stop_words()
    return summarizer
