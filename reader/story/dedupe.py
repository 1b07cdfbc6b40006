"""Collapse repeated stories: the same article pasted twice, or near-copies across files.

Near-identical copies (small edits, other quotes or spacing) are found by Jaccard overlap of
normalised word 5-gram shingles. Candidates come from bottom-k sketches (the k smallest shingle
hashes act as LSH keys: two texts with high Jaccard share their minimum hashes with high
probability), so the work grows with the number of stories, not its square.

A story's sketch (shingle count and bottom-k hashes) is all the merge keeps of it; exact
shingle sets are built only for the rare pairs whose sketches agree. Hashes are stable across
processes (CRC-32 and Adler-32 of each word, combined per 5-gram in 64-bit arithmetic, not
Python's salted ``hash``), so sketches can be computed in the worker processes that split the
files.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, cast

from reader.model import Source, Story

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SHINGLE_WORDS = 5
SKETCH_KEYS = 32  # bottom-k LSH keys per story
MAX_BUCKET = 64  # keys shared by more stories than this are boilerplate, not evidence
THRESHOLD = 0.6  # Jaccard of shingle sets at or above which two stories are the same
# Pairs whose sketch estimate is this far below THRESHOLD are not compared exactly; with 32
# keys, missing a true 0.6 this way needs 12 or fewer of 32 draws to hit (p ~ 0.01; a true
# copy, J near 1, is never missed). 16 keys and 0.3 sent 3.5x more pairs to the exact check.
SKETCH_MARGIN = 0.2

# curly quotes and primes written as ASCII; replaced one by one because str.translate with a
# mapping costs ~0.5 µs a character, a thousand times a scan for a quote that is not there
_QUOTES = (
    *(("\u2018", "'"), ("\u2019", "'"), ("\u201a", "'"), ("\u201b", "'"), ("\u2032", "'")),
    *(("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u201f", '"'), ("\u2033", '"')),
    *(("\u00ab", '"'), ("\u00bb", '"')),
)


def normalise(text: str) -> str:
    """Lowercase, ASCII quotes, collapsed whitespace: what the story id is computed over."""
    for curly, plain in _QUOTES:
        if curly in text:
            text = text.replace(curly, plain)
    return " ".join(text.lower().split())


def story_id(paragraphs: Sequence[str]) -> str:
    """Stable id: first 16 hex digits of sha1 over the normalised paragraph text."""
    text = normalise("\n\n".join(paragraphs))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


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
    for curly, plain in _QUOTES:
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


def _estimate(keys_a: tuple[int, ...], keys_b: tuple[int, ...]) -> float:
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


def repeat_starts(texts: Sequence[str], starts: Sequence[int]) -> list[int]:
    """``starts`` plus the paragraphs where a story's text begins again: the same article
    pasted twice in one file, which the boundary finder keeps together (same words). Cut
    there, each copy is a story of its own, and the merge folds them into one story whose
    sources list both places. A copy counts when its first two paragraphs repeat the story's
    first two (its first one, for a one-paragraph story), so a pull quote repeating the lead
    alone is not a copy."""
    keys = [normalise(t) for t in texts]
    edges = [0, *starts, len(texts)]
    found = set(starts)
    for a, b in pairwise(edges):
        first = a
        for r in range(a + 1, b):
            if keys[r] != keys[first]:
                continue
            need = min(2, r - first)
            same = 0
            while same < need and r + same < b and keys[r + same] == keys[first + same]:
                same += 1
            if same >= need:
                found.add(r)
                first = r
    return sorted(found)


def _absorb(keep: Story, dup: Story, places: set[Source]) -> None:
    """Add ``dup``'s places to ``keep`` (``places``: the ones it has, kept up to date here, so
    folding n copies into one story costs n set look-ups, not n² list scans) and fill
    metadata ``keep`` lacks."""
    for src in dup.sources:
        if src not in places:
            places.add(src)
            keep.sources.append(src)
    if keep.title_generated and not dup.title_generated:
        keep.title, keep.title_generated = dup.title, False
    keep.byline = keep.byline or dup.byline
    keep.published = keep.published or dup.published
    keep.standfirst = keep.standfirst or dup.standfirst
    keep.dateline = keep.dateline or dup.dateline
    keep.url = keep.url or dup.url
    keep.site = keep.site or dup.site
    if not keep.tags:
        keep.tags = list(dup.tags)


def merge_same(stories: Sequence[Story], threshold: float = THRESHOLD) -> list[Story]:
    """Stories in order of first occurrence, each duplicate folded into the first copy.

    The input Story objects that survive are updated in place (sources appended).
    """
    return merge_sketched(stories, threshold=threshold)[0]


def merge_sketched(
    stories: Sequence[Story],
    sketches: Sequence[Sketch] | None = None,
    threshold: float = THRESHOLD,
) -> tuple[list[Story], list[Sketch]]:
    """``merge_same`` given the stories' sketches (computed here when None); also returns
    the sketches of the stories kept, for a later merge across files."""
    kept, sketched, _ = merge_fingerprinted(stories, sketches, threshold)
    return kept, sketched


def merge_fingerprinted(
    stories: Sequence[Story],
    sketches: Sequence[Sketch] | None = None,
    threshold: float = THRESHOLD,
) -> tuple[list[Story], list[Sketch], list[bytes | None]]:
    """``merge_sketched``, plus the shingle hashes (``fingerprint``) of each story kept, for
    the merge across files to compare exactly without splitting its text into words again
    (None where ``sketches`` were given)."""
    merger = Merger(threshold)
    exact: list[bytes | None] = []
    for i, story in enumerate(stories):
        if sketches is not None:
            sketched, shingled = sketches[i], None
        else:
            sketched, shingled = fingerprint(story.text)
        if merger.add(story, sketched, shingled) is None:
            exact.append(shingled)
    return merger.kept, merger.sketches.all(), exact


class Merger:
    """``merge_sketched`` one story at a time: stories fed in over several calls (an ingest
    that stores its files batch by batch) merge exactly as in one call.

    Of every kept story it keeps the sketch and its place in the LSH buckets, on disk once
    there are many (``reader.story.dedupe_state``). With ``spill``, a story the caller has written
    (``settle``) leaves memory for a temporary file, read back only when a later copy is
    folded into it: an ingest of 100,000 stories holds a batch of stories, not all of them.
    ``flush_at``: the sketch and bucket entries held in memory before they go to disk
    (``reader.story.dedupe_state.FLUSH_AT`` when None)."""

    def __init__(
        self, threshold: float = THRESHOLD, *, spill: bool = False, flush_at: int | None = None
    ) -> None:
        from reader.story.dedupe_state import Buckets, SketchTable, SpillFile

        self.threshold = threshold
        self._kept: list[Story | None] = []  # None: spilled (settled and unchanged)
        self.settled = 0  # stories [:settled] are written by the caller (pending / settle)
        self._changed: set[int] = set()  # of those, the ones that absorbed copies since
        self.sketches = SketchTable(flush_at)
        # shingle hashes (``fingerprint``) of kept stories: given with them, or made on demand;
        # with spill, the given ones of settled stories wait in a file of their own
        self._exact: dict[int, bytes] = {}
        self._places: dict[int, set[Source]] = {}  # sources of kept stories that absorbed copies
        self._buckets = Buckets(MAX_BUCKET, flush_at)
        self._spill = SpillFile() if spill else None
        self._where = array("q")  # with spill: kept story -> its latest record in the file
        self._loaded: set[int] = set()  # settled stories read back from the spill file
        self._exact_spill = SpillFile() if spill else None
        self._exact_where = array("q")  # kept story -> its shingle hashes' record, or -1

    def __len__(self) -> int:
        return len(self._kept)

    @property
    def kept(self) -> list[Story]:
        """Every kept story, in order (read back from the spill file when spilled)."""
        if self._spill is None:
            return cast("list[Story]", self._kept)  # nothing spilled: no None in it
        return [self.story(i) for i in range(len(self._kept))]

    def story(self, idx: int) -> Story:
        """Kept story ``idx`` (in memory from now until the next ``settle``)."""
        story = self._kept[idx]
        if story is None:
            assert self._spill is not None
            story = self._kept[idx] = cast(Story, self._spill.read(self._where[idx]))
            self._loaded.add(idx)
        return story

    def _shingled(self, idx: int) -> bytes:
        """Kept story ``idx``'s shingle hashes: given, read back, or made from its text."""
        found = self._exact.get(idx)
        if found is None:
            where = self._exact_where
            if self._exact_spill is not None and idx < len(where) and where[idx] >= 0:
                found = cast(bytes, self._exact_spill.read(where[idx]))
            else:
                found = fingerprint(self.story(idx).text)[1]
            self._exact[idx] = found
        return found

    def add(self, story: Story, sketched: Sketch, shingled: bytes | None = None) -> int | None:
        """Keep ``story`` (None), or fold it into the kept story it copies (that one's index).
        ``shingled``: its shingle hashes (``fingerprint``), when the caller has them."""
        threshold = self.threshold
        size, keys = sketched
        mine = shingled
        match = -1
        members, sizes = self._buckets.lookup(keys)
        # how many of my keys each earlier story shares: the pair's bottom-k estimate can
        # reach threshold - margin only with at least that share of my keys in common
        # (counted in C: the buckets of stories that share paragraphs hold many entries)
        shared = Counter(members)
        need = (threshold - SKETCH_MARGIN) * len(keys)
        for idx, common in sorted(shared.items()):  # the first copy that matches is kept
            if common < need:
                continue
            other_size, other_keys = self.sketches[idx]
            # cheap filters first: sizes too far apart, or a sketch estimate far below the
            # threshold, cannot reach it (stories sharing a paragraph or two are common)
            small, large = sorted((size, other_size))
            if small < threshold * large:
                continue
            if _estimate(keys, other_keys) < threshold - SKETCH_MARGIN:
                continue
            if mine is None:
                mine = fingerprint(story.text)[1]
            if jaccard_sorted(mine, self._shingled(idx)) >= threshold:
                match = idx
                break
        if match >= 0:
            keep = self.story(match)
            if match not in self._places:
                self._places[match] = set(keep.sources)
            _absorb(keep, story, self._places[match])
            if match < self.settled:
                self._changed.add(match)
            return match
        idx = len(self._kept)
        self._kept.append(story)
        self.sketches.append((size, keys))
        self._buckets.add(idx, keys, sizes)
        if shingled is not None:
            self._exact[idx] = shingled
        return None

    def pending(self) -> tuple[list[Story], list[Story]]:
        """For a caller that stores batch by batch: the stories kept since the last ``settle``,
        and the ones settled before that have absorbed copies since (to write again, in index
        order). Call ``settle`` once they are written, so a failed write hands them out again."""
        new = [self.story(i) for i in range(self.settled, len(self._kept))]
        return new, [self.story(i) for i in sorted(self._changed)]

    def settle(self) -> None:
        """What ``pending`` handed out is written (and, with ``spill``, leaves memory)."""
        if self._spill is not None:
            written = [*sorted(self._changed), *range(self.settled, len(self._kept))]
            where = self._where
            where.extend([-1] * (len(self._kept) - len(where)))
            for idx in written:
                where[idx] = self._spill.append(self.story(idx))
            self._settle_exact()
            for idx in [*written, *self._loaded]:  # read back for a comparison: unchanged
                self._kept[idx] = None
            self._loaded = set()
            self._exact.clear()
            self._places.clear()
        self.settled, self._changed = len(self._kept), set()

    def _settle_exact(self) -> None:
        """The shingle hashes given with the stories settled now go to their file."""
        assert self._exact_spill is not None
        where = self._exact_where
        for idx in range(len(where), len(self._kept)):
            found = self._exact.get(idx)
            where.append(-1 if found is None else self._exact_spill.append(found))

    def close(self) -> None:
        """Remove the temporary files (a merger that spills is closed by its owner)."""
        self.sketches.close()
        self._buckets.close()
        if self._spill is not None:
            self._spill.close()
        if self._exact_spill is not None:
            self._exact_spill.close()
