"""Collapse repeated stories: the same article pasted twice, or near-copies across files.

Near-identical copies (small edits, other quotes or spacing) are found by Jaccard overlap of
normalised word 5-gram shingles (``reader.story.shingles``). Candidates come from bottom-k
sketches, so the work grows with the number of stories, not its square; a story's sketch is all
the merge keeps of it, and exact shingle sets are built only for the rare pairs whose sketches
agree.

The shingles, sketches and story ids live in ``reader.story.shingles`` and
``reader.story.identity``; their names are importable from here as before.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import cast

from reader.model import Source, Story
from reader.story.identity import normalise, story_id
from reader.story.shingles import (
    SHINGLE_WORDS,
    SKETCH_KEYS,
    Sketch,
    estimate,
    fingerprint,
    jaccard,
    jaccard_sorted,
    shingles,
    sketch,
)

__all__ = [
    "MAX_BUCKET",
    "SHINGLE_WORDS",
    "SKETCH_KEYS",
    "SKETCH_MARGIN",
    "THRESHOLD",
    "Merger",
    "Sketch",
    "fingerprint",
    "jaccard",
    "jaccard_sorted",
    "merge_fingerprinted",
    "merge_same",
    "merge_sketched",
    "normalise",
    "repeat_starts",
    "shingles",
    "sketch",
    "story_id",
]

MAX_BUCKET = 64  # keys shared by more stories than this are boilerplate, not evidence
THRESHOLD = 0.6  # Jaccard of shingle sets at or above which two stories are the same
# Pairs whose sketch estimate is this far below THRESHOLD are not compared exactly; with 32
# keys, missing a true 0.6 this way needs 12 or fewer of 32 draws to hit (p ~ 0.01; a true
# copy, J near 1, is never missed). 16 keys and 0.3 sent 3.5x more pairs to the exact check.
SKETCH_MARGIN = 0.2


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
            if estimate(keys, other_keys) < threshold - SKETCH_MARGIN:
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
