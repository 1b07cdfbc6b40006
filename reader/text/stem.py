"""The project's stemmers: one full stemmer and one cheap inflection-only one.

:func:`stem` (Snowball, Porter2) conflates word forms wherever wording is compared: story
boundaries and the sumy summarizers. :func:`light_stem` is the ranking similarity's cheap
stand-in. A small module of its own because the story pipeline's fingerprint covers it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-cased Snowball (Porter2) stem; cached because news text repeats words a lot."""
    return _stemmer()(word.lower())


@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    from nltk.stem.snowball import EnglishStemmer

    stem_word: Callable[[str], str] = EnglishStemmer().stem
    return stem_word


_VOWEL = re.compile(r"[aeiouy]")


@lru_cache(maxsize=131072)
def light_stem(word: str) -> str:
    """A cheap inflection-only stemmer (plural, -ed, -ing, -ly) for ranking similarity.

    Snowball is ~20x slower per new word and its derivational cuts add little when all we
    need is "do these two sentences share a word"; the sumy algorithms keep :func:`stem`.
    """
    w = word.lower()
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ingly", "edly", "ing", "ed", "ly"):
        if w.endswith(suffix):
            base = w[: -len(suffix)]
            if len(base) >= 3 and _VOWEL.search(base):
                w = base
                if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                    w = w[:-1]  # "stopped" -> "stop"
            break
    return w.rstrip("e") if len(w) > 4 else w
