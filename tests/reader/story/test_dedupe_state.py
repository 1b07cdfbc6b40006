"""Issue 15: what the near-copy merge keeps of every story is compact, and behaves exactly as
the Python structures it replaced (dict of lists with a cap, list of sketch tuples, stories
held in memory)."""

from __future__ import annotations

import random

import pytest

from reader.model import Source, Story
from reader.story import dedupe_state
from reader.story.dedupe import Merger, fingerprint, sketch, story_id
from reader.story.dedupe_state import Buckets, SketchTable, SpillFile


def test_buckets_answer_as_a_capped_dict_of_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedupe_state, "FLUSH_AT", 7)  # many flushes to disk
    rng = random.Random(3)
    pool = [rng.getrandbits(64) for _ in range(60)] + [0, 2**64 - 1]
    cap = 5
    reference: dict[int, list[int]] = {}
    buckets = Buckets(cap)
    for idx in range(400):
        keys = rng.sample(pool, rng.randint(0, 6))
        found, sizes = buckets.lookup(keys)
        assert sorted(found) == sorted(i for k in keys for i in reference.get(k, []))
        assert sizes == [len(reference.get(k, [])) for k in keys]
        buckets.add(idx, keys, sizes)
        for key in keys:
            bucket = reference.setdefault(key, [])
            if len(bucket) < cap:
                bucket.append(idx)
    assert buckets._db is not None and buckets._recent  # on disk and in memory both
    for key in pool:  # members of a key in the order they came
        assert buckets.lookup([key])[0] == reference.get(key, [])


@pytest.mark.parametrize("flush_at", [1 << 15, 64])
def test_sketch_table_gives_back_each_sketch(
    monkeypatch: pytest.MonkeyPatch, flush_at: int
) -> None:
    monkeypatch.setattr(dedupe_state, "FLUSH_AT", flush_at)  # 64: two sketches a flush
    table = SketchTable()
    sketches = [(0, ()), (3, (1, 2, 2**64 - 1)), (40, tuple(range(32))), (5, (2**63, 7))]
    for s in sketches:
        table.append(s)
    assert len(table) == 4 and table.all() == sketches and table[1] == sketches[1]
    assert (table._stored == 4) == (flush_at == 64)  # on disk, or all in memory
    table.close()


def test_spill_file_reads_back_what_it_wrote() -> None:
    spill = SpillFile()
    try:
        assert [spill.append(x) for x in ({"a": 1}, [1, 2], "z")] == [0, 1, 2]
        assert spill.read(1) == [1, 2] and spill.read(0) == {"a": 1} and len(spill) == 3
    finally:
        spill.close()


def _story(rng: random.Random, words: list[str], n: int) -> Story:
    paragraphs = [" ".join(rng.choice(words) for _ in range(40)) for _ in range(3)]
    titled = rng.random() < 0.5
    return Story(story_id(paragraphs), f"T{n}" if titled else "gen", not titled,
                 [Source(f"f{n}.txt", 1, 3)], paragraphs)  # fmt: skip


def _corpus(seed: int) -> list[Story]:
    """Stories with near-copies (a word changed, a paragraph dropped) and exact copies."""
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(300)]
    stories: list[Story] = []
    for n in range(120):
        if stories and rng.random() < 0.4:
            base = rng.choice(stories)
            paragraphs = list(base.paragraphs)
            if rng.random() < 0.5:
                paragraphs[0] = paragraphs[0].replace(paragraphs[0].split()[3], "changed", 1)
            titled = rng.random() < 0.5
            stories.append(Story(story_id(paragraphs), f"T{n}" if titled else "gen", not titled,
                                 [Source(f"f{n}.txt", 1, 3)], paragraphs))  # fmt: skip
        else:
            stories.append(_story(rng, words, n))
    return stories


def _copy(story: Story) -> Story:
    return Story(story.id, story.title, story.title_generated, list(story.sources),
                 list(story.paragraphs))  # fmt: skip


@pytest.mark.parametrize(("seed", "given"), [(1, False), (2, False), (3, True), (4, True)])
def test_a_spilling_merger_settled_in_batches_merges_as_one_in_memory(
    monkeypatch: pytest.MonkeyPatch, seed: int, given: bool
) -> None:
    """``given``: the spilling merger gets each story's shingle hashes with it (as an
    ingest's workers hand them over) and keeps those of settled stories on disk; the one in
    memory makes them from the texts."""
    stories = _corpus(seed)
    whole = Merger()
    for s in map(_copy, stories):
        whole.add(s, sketch(s.text))
    # the same merge with its sketches and buckets going to disk every few stories
    monkeypatch.setattr(dedupe_state, "FLUSH_AT", 100)
    spilling = Merger(spill=True)
    written: dict[int, tuple[str, str, list[Source]]] = {}  # what a library would hold
    try:
        rng = random.Random(seed)
        at = across = 0
        while at < len(stories):
            step = rng.randint(1, 9)
            for s in map(_copy, stories[at : at + step]):
                sketched, shingled = fingerprint(s.text)
                match = spilling.add(s, sketched, shingled if given else None)
                across += match is not None and match < spilling.settled  # read back
            new, merged = spilling.pending()
            for s in [*new, *merged]:
                written[hash(s.id)] = (s.id, s.title, list(s.sources))
            spilling.settle()
            assert sum(s is not None for s in spilling._kept) == 0  # all left memory
            at += step
        assert spilling._buckets._db is not None and spilling.sketches._stored > 0
        expected = {hash(s.id): (s.id, s.title, s.sources) for s in whole.kept}
        assert written == expected
        assert [(s.id, s.title, s.sources) for s in spilling.kept] == list(expected.values())
    finally:
        spilling.close()
    assert across > 5  # copies folded into stories that had left memory
    if given:  # every comparison read the shingle hashes back: no text split into words
        assert spilling._exact_spill is not None and len(spilling._exact_spill) > 0


@pytest.mark.parametrize("seed", [1, 2])
def test_a_merger_with_a_larger_flush_at_stays_in_memory_and_merges_the_same(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr(dedupe_state, "FLUSH_AT", 64)  # the default: two sketches a flush
    stories = _corpus(seed)
    on_disk, in_memory = Merger(), Merger(flush_at=len(stories) * 32)
    try:
        matches = [
            (on_disk.add(a, sketch(a.text)), in_memory.add(b, sketch(b.text)))
            for a, b in zip(map(_copy, stories), map(_copy, stories), strict=True)
        ]
        assert on_disk._buckets._db is not None and on_disk.sketches._stored > 0
        assert in_memory._buckets._db is None and in_memory.sketches._stored == 0
        assert [a for a, _ in matches] == [b for _, b in matches]
        assert sum(a is not None for a, _ in matches) > 5  # copies were folded
        kept = [[(s.id, s.title, s.sources) for s in m.kept] for m in (on_disk, in_memory)]
        assert kept[0] == kept[1]
    finally:
        on_disk.close()
        in_memory.close()
