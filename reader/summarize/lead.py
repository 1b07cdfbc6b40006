"""LEAD-k: the first k body sentences, the classic news baseline every method must beat."""

from __future__ import annotations

from typing import Any


class LeadSummarizer:
    """Called like a sumy summarizer: ``summarizer(document, count)``."""

    def __call__(self, document: Any, sentences_count: int) -> tuple[Any, ...]:
        return tuple(document.sentences[:sentences_count])


def make(title: str | None = None) -> LeadSummarizer:
    return LeadSummarizer()
