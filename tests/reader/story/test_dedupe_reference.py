"""The fast word split and hashing in ``reader.story.shingles`` (the sketches the dedupe merge
reads) give exactly what a plain implementation does.

The reference below is the straightforward version (normalise the text, find words with one
regex over it, hash each word, combine each n-gram in Python integers modulo 2**64, sort the
distinct hashes): sketches, shingles and so story merges must not change by a single bit when
the fast path changes.
"""

from __future__ import annotations

import random
import re
import zlib

import pytest

from reader.story import shingles as shingle_module
from reader.story.dedupe import SHINGLE_WORDS, SKETCH_KEYS, Sketch, shingles, sketch

_MASK = (1 << 64) - 1
_WORD = re.compile(r"[a-z0-9]+(?:['.,][a-z0-9]+)*")


def ref_normalise(text: str) -> str:
    for curly, plain in (
        *(("\u2018", "'"), ("\u2019", "'"), ("\u201a", "'"), ("\u201b", "'"), ("\u2032", "'")),
        *(("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u201f", '"'), ("\u2033", '"')),
        *(("\u00ab", '"'), ("\u00bb", '"')),
    ):
        text = text.replace(curly, plain)
    return " ".join(text.lower().split())


def ref_words(text: str) -> list[str]:
    return _WORD.findall(ref_normalise(text))


def ref_word_hash(word: str) -> int:
    data = word.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def ref_mix(h: int) -> int:
    h ^= h >> 30
    h = (h * 0xBF58476D1CE4E5B9) & _MASK
    h ^= h >> 27
    h = (h * 0x94D049BB133111EB) & _MASK
    return h ^ (h >> 31)


def ref_grams(words: list[str], n: int) -> list[int]:
    w = [ref_word_hash(x) for x in words]
    n = min(n, len(w))
    out = []
    for i in range(len(w) - n + 1):
        h = w[i]
        for k in range(1, n):
            h = (h * 0x100000001B3 + w[i + k]) & _MASK
        out.append(ref_mix(h))
    return out


def ref_shingles(text: str, n: int = SHINGLE_WORDS) -> set[int]:
    words = ref_words(text)
    return set(ref_grams(words, n)) if words else set()


def ref_sketch(text: str) -> Sketch:
    keys = sorted(ref_shingles(text))
    return len(keys), tuple(keys[:SKETCH_KEYS])


# pieces that stress the word split: marks that join words or not, quotes of every kind,
# case folding that changes length or yields ASCII (Kelvin sign, dotted capital I), non-ASCII
# letters and spaces, a lone surrogate, control characters
_PIECES = [
    *"abcxyzAZ0159",
    *"'.,;:!?-\"()[]&/",
    *"\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb",
    *"\u212a\u0130\u00df\u00e9\u00c9\u0131\u2013\u00a0\u2009\u3000\u200b",
    *"\t\n\r\x0b\x0c\x00\x1b\x85",
    "\ud800",
    " ",
    " ",
    " ",
    "...",
    "'s",
    "1,000",
    "u.s.",
    "don\u2019t",
    "e.g.,",
    "Caf\u00e9",
    "\u00fcber",
    "\u041c\u043e\u0441\u043a\u0432\u0430",
    "\u6771\u4eac",
]


def _random_text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(size))


FIXED = [
    "",
    " ",
    "...",
    "\u2019\u2019",
    "word",
    "Two words",
    "\u201cHe said \u2018no\u2019 to the  plan,\u201d she wrote. 'It's 1,000.5 u.s. dollars...'",
    "a...b a..b a.,b a',b 'a' ,a, .a. a.b.c a.b. .a.b",
    "\u212aelvin \u0130stanbul STRASSE stra\u00dfe na\u00efve caf\u00e9 fa\u00e7ade",
    "tab\tnewline\nnbsp\u00a0thin\u2009ideographic\u3000space",
    "rock \u2019n\u2019 roll, \u2032prime\u2032 and \u2033double\u2033",
]


def _texts() -> list[str]:
    rng = random.Random(20261130)
    texts = list(FIXED)
    texts += [_random_text(rng, rng.randint(0, 40)) for _ in range(400)]
    texts += [_random_text(rng, rng.randint(200, 2000)) for _ in range(40)]
    texts.append(_random_text(rng, 60_000))  # very long
    words = ["tram", "depot", "council", "said", "1.5", "it's", "U.S.", "Caf\u00e9", "\u2019"]
    texts.append(" ".join(rng.choice(words) for _ in range(20_000)))  # long, few distinct words
    return texts


TEXTS = _texts()


def test_words_match_the_regex_over_normalised_text() -> None:
    for text in TEXTS:
        assert shingle_module._words(text) == [w.encode("ascii") for w in ref_words(text)], repr(
            text
        )


def test_sketches_are_byte_identical_to_the_reference() -> None:
    for text in TEXTS:
        assert sketch(text) == ref_sketch(text), repr(text)


@pytest.mark.parametrize("n", [1, 2, 3, 5, 8])
def test_shingles_are_identical_to_the_reference(n: int) -> None:
    for text in TEXTS:
        assert shingles(text, n) == ref_shingles(text, n), repr(text)


def test_word_hash_cache_refills_after_it_is_emptied(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shingle_module, "_CACHE_SIZE", 8)
    monkeypatch.setattr(shingle_module, "_word_hashes", {})
    most = 0  # the cache is emptied once full, before the words of one text go in
    for text in TEXTS[:60]:
        assert sketch(text) == ref_sketch(text), repr(text)
        most = max(most, len(set(ref_words(text))))
        assert len(shingle_module._word_hashes) < 8 + most
