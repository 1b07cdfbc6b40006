"""Sentence splitting with nltk's Punkt code and parameters this project owns (no data files).

v1: a fixed abbreviation list; the summaries work may extend it (training, line awareness).
"""

from __future__ import annotations

import re
from functools import lru_cache

ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "llc",
        "bros",
        "jr",
        "sr",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "mt",
        "ft",
        "no",
        "nos",
        "vol",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "al",
        "approx",
        "est",
        "dept",
        "univ",
        "assn",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "a.m",
        "p.m",
        "u.s.a",
        "d.c",
        "n.y",
        "l.a",
        "s.a",
        "n.v",
        "a.g",
        "ag.",
    ]
)


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences."""
    text = text.strip()
    if not text:
        return []
    return [s.strip() for s in _tokenizer().tokenize(text) if s.strip()]


# A word as sumy expects it: starts with a letter, may hold inner apostrophes or hyphens.
# Numbers ("34.81", "2,500") are kept too: in news they carry much of the content.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")


def word_tokens(sentence: str) -> list[str]:
    """Words and numbers of one sentence, punctuation dropped (no nltk data needed)."""
    return _WORD.findall(sentence)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Lower-cased Snowball (Porter2) stem; cached because news text repeats words a lot."""
    return _stemmer()(word.lower())


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from nltk.stem.snowball import EnglishStemmer

    return EnglishStemmer().stem


class SumyTokenizer:
    """The tokenizer object sumy's Sentence and parsers call (to_sentences / to_words).

    sumy's own Tokenizer loads nltk punkt data at construction; this one uses our splitter.
    """

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(word_tokens(sentence))


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
