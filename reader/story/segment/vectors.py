"""Turn text units into bags of stemmed content words.

Segmentation only needs to know which *content* words each unit uses: repeated vocabulary is
what holds a story together, and a change of vocabulary is what marks a new one. Stop words are
dropped (sumy's English list, loaded lazily, plus a few scrape-noise words of our own) and the
rest are stemmed (the project's one Snowball stemmer) so "markets"/"market" count as one term. nltk and sumy are imported
inside functions because this module sits on the reader's start-up path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reader.text.stem import stem as _shared_stem

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# ``_WORD`` on ASCII text, where a letter is [a-z] once lower-cased and "’" cannot occur: the
# same matches, found several times faster than with the Unicode classes.
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")

# Words that appear in every story of a scraped pile (credits, stamps, promo) and therefore say
# nothing about which story a unit belongs to.
_EXTRA_STOP = frozenset(
    [
        "said",
        "says",
        "say",
        "mr",
        "mrs",
        "ms",
        "also",
        "would",
        "could",
        "one",
        "two",
        "new",
        "year",
        "years",
        "ago",
        "hours",
        "hour",
        "minutes",
        "told",
        "image",
        "images",
        "getty",
        "photo",
        "read",
        "news",
        "reuters",
        "ap",
        "afp",
        "via",
        "published",
        "updated",
        "share",
    ]
)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop list (offline) joined with our own noise words."""
    try:
        from reader.text.stop_words import sumy_stop_words

        base = frozenset(w.lower() for w in sumy_stop_words())
    except Exception:  # pragma: no cover - sumy is a declared dependency
        base = frozenset()
    return base | _EXTRA_STOP


def stem(word: str) -> str:
    """The project's one stemmer (Snowball/Porter2, cached), shared with the summaries."""
    return _shared_stem(word)


def content_terms(text: str, stem_chars: int | None = None) -> list[str]:
    """The stemmed content words of one unit, in order (repeats kept: counts matter).

    ``stem_chars`` cuts each stem to that many characters (a coarser conflation). The same
    paragraph is asked for by the boundary features, the segmenter and the heading cues, so
    the terms of texts are remembered (``_TEXTS`` of them, per ``stem_chars``)."""
    return list(_text_terms(text, stem_chars))


def content_term_set(text: str, stem_chars: int | None = None) -> frozenset[str]:
    """``set(content_terms(text, stem_chars))``, remembered like the terms."""
    return _text_term_set(text, stem_chars)


# Texts whose terms are remembered: a file's paragraphs are asked for several times while it
# is split, so a few files' worth is enough; bounded, as is the word table below.
_TEXTS = 4096
# Words whose whole term is remembered (a cut term is cut from it); the table starts over when
# it is full.
_WORDS = 262144
_word_terms: dict[int | None, dict[str, str]] = {}


@lru_cache(maxsize=_TEXTS)
def _text_terms(text: str, stem_chars: int | None) -> tuple[str, ...]:
    if stem_chars is not None:
        # the whole stems cut: the same paragraph is asked for both (boundary features and
        # segmenter cut, heading cues whole), so it is read and its words stemmed once
        return tuple(filter(None, [t[:stem_chars] for t in _text_terms(text, None)]))
    table = _word_terms.get(stem_chars)
    if table is None or len(table) > _WORDS:
        table = _word_terms[stem_chars] = {}
    low = text.lower()
    words = (_ASCII_WORD if low.isascii() else _WORD).findall(low)
    # looked up all at once; only words not seen before are worked out one by one
    found: list[str | None] = list(map(table.get, words))
    if None in found:
        for i, term in enumerate(found):
            if term is None:
                word = words[i]
                term = table.get(word)  # (a new word may come twice)
                if term is None:
                    term = table[word] = _term(word, stem_chars)
                found[i] = term
    return tuple(filter(None, found))


@lru_cache(maxsize=_TEXTS)
def _text_term_set(text: str, stem_chars: int | None) -> frozenset[str]:
    return frozenset(_text_terms(text, stem_chars))


def _term(word: str, stem_chars: int | None) -> str:
    """The term one lower-cased word stands for; "" for a stop word (cached per word)."""
    word = word.replace("’", "'")
    if len(word) < 2 or word in stop_words():
        return ""
    if word.endswith("'s"):
        word = word[:-2]
    return stem(word)[:stem_chars]


def term_ids(units: Sequence[str], stem_chars: int | None = None) -> tuple[list[list[int]], int]:
    """Each unit as a list of integer term ids, plus the vocabulary size of the whole input."""
    vocab: dict[str, int] = {}
    out: list[list[int]] = []
    for unit in units:
        terms = content_terms(unit or "", stem_chars)
        out.append([vocab.setdefault(t, len(vocab)) for t in terms])
    return out, len(vocab)
