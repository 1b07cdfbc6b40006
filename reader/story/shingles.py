"""Shared wording, hashed: word n-gram shingles, a story's sketch and the Jaccard overlaps.

A story's sketch is its shingle count and its bottom-k shingle hashes (the k smallest act as
LSH keys: two texts with high Jaccard share their minimum hashes with high probability), which
is all the merge (``reader.story.dedupe``) keeps of a story; exact shingle sets
(``fingerprint``) are compared only for the rare pairs whose sketches agree. Hashes are stable
across processes (CRC-32 and Adler-32 of each word, combined per 5-gram in 64-bit arithmetic,
not Python's salted ``hash``), so sketches can be computed in the worker processes that split
the files.
"""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING

from reader.story.identity import QUOTES

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SHINGLE_WORDS = 5
SKETCH_KEYS = 32  # bottom-k LSH keys per story

# (number of shingles, the SKETCH_KEYS smallest shingle hashes)
Sketch = tuple[int, tuple[int, ...]]


_CACHE_SIZE = 1 << 17
_word_hashes: dict[bytes, int] = {}  # word -> its hash, emptied when it reaches _CACHE_SIZE


def _word_hash(word: bytes) -> int:
    return (zlib.crc32(word) << 32) | zlib.adler32(word)


def _hashes_of(words: list[bytes]) -> list[int]:
    """Each word's hash, from the cache (a C-level map over a dict) when every word is in it."""
    cache = _word_hashes
    try:
        return list(map(cache.__getitem__, words))
    except KeyError:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        for word in set(words).difference(cache):
            cache[word] = _word_hash(word)
    try:
        return list(map(cache.__getitem__, words))
    except KeyError:  # another thread emptied the cache meanwhile: hash the words here
        return [cache.get(w) or _word_hash(w) for w in words]  # (a hash is never 0)


_PRIME = 0x100000001B3  # FNV-1a's 64-bit prime: the gram's words combined as a polynomial
_MIX = (0xBF58476D1CE4E5B9, 0x94D049BB133111EB)  # splitmix64's finaliser


def _gram_hashes(words: list[bytes], n: int) -> npt.NDArray[np.uint64]:
    """One 64-bit hash per word n-gram (one for the whole text when it is shorter than n):
    each word hashed once (cached), the grams combined and mixed in numpy (arithmetic modulo
    2**64, in place), so the bottom-k keys are uniform however alike the words are."""
    import numpy as np

    w = np.array(_hashes_of(words), dtype=np.uint64)
    n = min(n, len(words))
    m = len(words) - n + 1
    h = w[:m].copy()
    prime = np.uint64(_PRIME)
    for k in range(1, n):
        h *= prime
        h += w[k : k + m]
    h ^= h >> np.uint64(30)
    h *= np.uint64(_MIX[0])
    h ^= h >> np.uint64(27)
    h *= np.uint64(_MIX[1])
    h ^= h >> np.uint64(31)
    return h


# bytes a word is made of (lowercase ASCII letters, digits, and the three marks that join two
# runs of them: "don't", "1,000", "u.s"); every other byte becomes a space
_WORD_BYTES = b"abcdefghijklmnopqrstuvwxyz0123456789'.,"
_TO_WORD_BYTES = bytes(c if c in _WORD_BYTES else 0x20 for c in range(256))
_JOINERS = b"'.,"
_WORD = re.compile(rb"[a-z0-9]+(?:['.,][a-z0-9]+)*")  # a word: runs joined by single marks


def _words(text: str) -> list[bytes]:
    """The words shingles are made of: exactly ``_WORD`` found in ``normalise(text)``
    (punctuation and quotes ignored), found without a regex scan of the whole text. Only the
    quotes and case of ``normalise`` matter here (whitespace and any non-ASCII character
    separate words alike), so every non-word character becomes a space and the text is split;
    a piece that is not all letters and digits (a word with a comma or quote around it, "1.5",
    "a...b") loses its outer marks and, if any remain, goes through the regex on its own."""
    text = text.lower()
    for curly, plain in QUOTES:
        if plain == "'" and curly in text:
            text = text.replace(curly, plain)
    out: list[bytes] = []
    add = out.append
    for piece in text.encode("ascii", "replace").translate(_TO_WORD_BYTES).split():
        if piece.isalnum():
            add(piece)
            continue
        piece = piece.strip(_JOINERS)
        if piece.isalnum():
            add(piece)
        elif piece:
            out += _WORD.findall(piece)
    return out


def shingles(text: str, n: int = SHINGLE_WORDS) -> set[int]:
    """Hashes of the word n-grams of ``text`` (punctuation and quotes ignored); a text shorter
    than n words is one shingle. The project's one notion of shared wording: stories here, the
    briefing's repeated sentences with shorter grams."""
    words = _words(text)
    return set(_gram_hashes(words, n).tolist()) if words else set()


def sketch(text: str) -> Sketch:
    """The text's shingle count and its SKETCH_KEYS smallest distinct shingle hashes."""
    return fingerprint(text)[0]


def fingerprint(text: str) -> tuple[Sketch, bytes]:
    """``sketch(text)`` and every distinct shingle hash of the text, sorted, as native
    64-bit integers (``shingles`` as bytes): what the exact check of a pair compares, made
    where the sketch is (an ingest's workers), at no extra cost."""
    import numpy as np

    words = _words(text)
    if not words:
        return (0, ()), b""
    keys = _gram_hashes(words, SHINGLE_WORDS)
    keys.sort()
    distinct = np.empty(len(keys), dtype=np.bool_)
    distinct[0] = True
    np.not_equal(keys[1:], keys[:-1], out=distinct[1:])
    keys = keys[distinct]
    return (len(keys), tuple(keys[:SKETCH_KEYS].tolist())), keys.tobytes()


def jaccard_sorted(a: bytes, b: bytes) -> float:
    """``jaccard`` of two ``fingerprint`` shingle sets (sorted, distinct): the same number."""
    import numpy as np

    if not a or not b:
        return 0.0
    x = np.frombuffer(a, dtype=np.uint64)
    y = np.frombuffer(b, dtype=np.uint64)
    inter = int(np.intersect1d(x, y, assume_unique=True).size)
    return inter / (x.size + y.size - inter)


def estimate(keys_a: tuple[int, ...], keys_b: tuple[int, ...]) -> float:
    """Bottom-k estimate of the Jaccard index: the share of the union's k smallest hashes
    that lie in both sets (Broder). A hash among the union's k smallest that lies in a set is
    among that set's k smallest, so the two sketches are enough: O(k), not O(|a| + |b|)."""
    a, b = set(keys_a), set(keys_b)
    union = sorted(a | b)[:SKETCH_KEYS]
    if not union:
        return 0.0
    return sum(1 for h in union if h in a and h in b) / len(union)


def jaccard(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)
