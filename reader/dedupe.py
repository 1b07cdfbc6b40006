"""Collapse repeated stories: the same article pasted twice, or near-copies across files.

Near-identical copies (small edits, other quotes or spacing) are found by Jaccard overlap of
normalised word 5-gram shingles. Candidates come from bottom-k sketches (the k smallest shingle
hashes act as LSH keys: two texts with high Jaccard share their minimum hashes with high
probability), so the work grows with the number of stories, not its square.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from reader.model import Story

SHINGLE_WORDS = 5
SKETCH_KEYS = 16  # bottom-k LSH keys per story
MAX_BUCKET = 64  # keys shared by more stories than this are boilerplate, not evidence
THRESHOLD = 0.6  # Jaccard of shingle sets at or above which two stories are the same
# Pairs whose sketch estimate is this far below THRESHOLD are not compared exactly; with 16
# keys, missing a true 0.6 this way needs 5 or fewer of 16 draws to hit (p < 0.001).
SKETCH_MARGIN = 0.3

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+(?:['.,][a-z0-9]+)*")


def normalise(text: str) -> str:
    """Lowercase, ASCII quotes, collapsed whitespace: what the story id is computed over."""
    return _SPACE.sub(" ", text.translate(_QUOTES).lower()).strip()


def story_id(paragraphs: Sequence[str]) -> str:
    """Stable id: first 16 hex digits of sha1 over the normalised paragraph text."""
    text = normalise("\n\n".join(paragraphs))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def shingles(text: str) -> set[int]:
    """Hashes of the word 5-grams of ``text`` (punctuation and quotes ignored)."""
    words = _WORD.findall(normalise(text))
    if len(words) < SHINGLE_WORDS:
        return {hash(" ".join(words))} if words else set()
    return {
        hash(" ".join(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def _estimate(keys_a: list[int], keys_b: list[int], a: set[int], b: set[int]) -> float:
    """Bottom-k estimate of the Jaccard index: the share of the union's k smallest hashes
    that lie in both sets (Broder). Costs O(k) instead of O(|a| + |b|)."""
    union = sorted(set(keys_a) | set(keys_b))[:SKETCH_KEYS]
    if not union:
        return 0.0
    return sum(1 for h in union if h in a and h in b) / len(union)


def jaccard(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _absorb(keep: Story, dup: Story) -> None:
    """Add ``dup``'s places to ``keep`` and fill metadata ``keep`` lacks."""
    for src in dup.sources:
        if src not in keep.sources:
            keep.sources.append(src)
    if keep.title_generated and not dup.title_generated:
        keep.title, keep.title_generated = dup.title, False
    keep.byline = keep.byline or dup.byline
    keep.published = keep.published or dup.published
    keep.standfirst = keep.standfirst or dup.standfirst
    keep.dateline = keep.dateline or dup.dateline
    if not keep.tags:
        keep.tags = list(dup.tags)


def merge_same(stories: Sequence[Story], threshold: float = THRESHOLD) -> list[Story]:
    """Stories in order of first occurrence, each duplicate folded into the first copy.

    The input Story objects that survive are updated in place (sources appended).
    """
    kept: list[Story] = []
    sets: list[set[int]] = []
    sketches: list[list[int]] = []
    buckets: dict[int, list[int]] = {}
    for story in stories:
        sh = shingles(story.text)
        keys = sorted(sh)[:SKETCH_KEYS]
        match = -1
        seen: set[int] = set()
        for key in keys:
            for idx in buckets.get(key, ()):
                if idx in seen:
                    continue
                seen.add(idx)
                other = sets[idx]
                # cheap filters first: sizes too far apart, or a sketch estimate far below
                # the threshold, cannot reach it (stories sharing a paragraph or two are common)
                small, large = sorted((len(sh), len(other)))
                if small < threshold * large:
                    continue
                if _estimate(keys, sketches[idx], sh, other) < threshold - SKETCH_MARGIN:
                    continue
                if jaccard(sh, other) >= threshold:
                    match = idx if match < 0 else min(match, idx)
        if match >= 0:
            _absorb(kept[match], story)
            continue
        idx = len(kept)
        kept.append(story)
        sets.append(sh)
        sketches.append(keys)
        for key in keys:
            bucket = buckets.setdefault(key, [])
            if len(bucket) < MAX_BUCKET:
                bucket.append(idx)
    return kept
