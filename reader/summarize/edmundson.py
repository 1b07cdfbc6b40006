"""Edmundson (1969): cue, title and location evidence (sumy), with words chosen for news.

sumy leaves bonus/stigma/null words empty; we give it stop words as null words, the title's
content words as bonus words and newsroom boilerplate (promos, credits, "click") as stigma.
"""

from __future__ import annotations

from typing import Any

from reader.summarize.document import stemmer, stop_words
from reader.text.sentences import word_tokens

STIGMA = [
    "click",
    "subscribe",
    "newsletter",
    "sign",
    "read",
    "watch",
    "follow",
    "share",
    "photo",
    "photograph",
    "image",
    "images",
    "getty",
    "credit",
    "caption",
    "advertisement",
    "sponsored",
    "copyright",
]
BONUS = ["said", "announced", "according", "reported", "percent", "billion", "million"]


def make(title: str | None = None) -> Any:
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    summarizer = EdmundsonSummarizer(stemmer)
    nulls = stop_words()
    title_words = [w for w in word_tokens(title or "") if w.lower() not in nulls]
    summarizer.null_words = nulls
    summarizer.bonus_words = [*BONUS, *title_words]
    summarizer.stigma_words = STIGMA
    return summarizer
