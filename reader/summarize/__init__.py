"""Extractive summaries: every sumy algorithm plus the newsdesk default, one module each.

Each algorithm module exposes ``make(title) -> summarizer`` and the summarizer is called the
sumy way, ``summarizer(document, count)``, on the document model from :func:`build_document`.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Sequence
from typing import Any

from reader.summarize.document import body_words, build_document

# Bump whenever output for the same input may change: the story cache keys on it.
SUMMARY_VERSION = "9"

DEFAULT = "newsdesk"
ALGORITHMS: tuple[str, ...] = (
    "default",
    "newsdesk",
    "lead",
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "kl",
    "sumbasic",
    "reduction",
)

__all__ = ["ALGORITHMS", "DEFAULT", "SUMMARY_VERSION", "build_document", "summarize"]


def _count(total: int, sentences: int, ratio: float | None) -> int:
    if ratio is not None:
        if not 0.0 < ratio <= 1.0:
            raise ValueError(f"ratio must be in (0, 1], got {ratio}")
        return max(1, math.ceil(ratio * total)) if total else 0
    if sentences < 0:
        raise ValueError(f"sentences must be >= 0, got {sentences}")
    return sentences


def summarize(
    paragraphs: Sequence[str],
    *,
    headings: Sequence[str] = (),
    title: str | None = None,
    sentences: int = 3,
    ratio: float | None = None,
    algorithm: str = "default",
) -> list[str]:
    """Up to ``sentences`` body sentences (or ``ratio`` of them), in story order.

    Headings and the title are context only, never picked. Unknown algorithm: ValueError.
    """
    if algorithm not in ALGORITHMS:
        raise ValueError(
            f"unknown summary algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}"
        )
    if algorithm in ("default", DEFAULT):
        # The default ranks the sentences' words: no sumy document model to build (same
        # sentences as build_document's body, same choice as summarize_document would make).
        body, words = body_words(paragraphs, headings)
        count = min(_count(len(body), sentences, ratio), len(body))
        if count >= len(body):
            return body
        from reader.summarize.newsdesk import select

        return [body[i] for i in select(words, count)]
    document = build_document(paragraphs, headings, title)
    return summarize_document(
        document, _count(len(document.sentences), sentences, ratio), algorithm, title
    )


def summarize_document(
    document: Any, count: int, algorithm: str = "default", title: str | None = None
) -> list[str]:
    """Run one algorithm on a ready document model (the eval feeds pre-split sentences)."""
    if algorithm not in ALGORITHMS:
        raise ValueError(
            f"unknown summary algorithm {algorithm!r}; choose one of {', '.join(ALGORITHMS)}"
        )
    name = DEFAULT if algorithm == "default" else algorithm
    body = document.sentences
    count = min(count, len(body))
    if count == 0:
        return []
    if count >= len(body):
        return [str(s) for s in body]
    module = importlib.import_module(f"reader.summarize.{name}")
    chosen = module.make(title)(document, count)
    return [str(s) for s in chosen]
