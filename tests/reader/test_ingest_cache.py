"""The workers' summaries, kept until the library's cache takes them: answered as the dict
they replaced (the latest entry for a key), with earlier batches' entries on disk."""

from __future__ import annotations

from reader.ingest_cache import WorkerEnrichments


def test_the_latest_entry_for_a_key_across_flushes() -> None:
    cache = WorkerEnrichments()
    a, b = "ab" * 20, "ab" * 8 + "cd" * 12  # same 64-bit prefix, different keys
    try:
        assert cache.get(a) is None
        cache[a] = (["first"], [])
        cache.flush()
        assert cache._batch == {}  # left memory
        cache[b] = (["other"], [])
        assert cache.get(a) == (["first"], []) and cache.get(b) == (["other"], [])
        cache.flush()
        cache[a] = (["second"], [])
        assert cache.get(a) == (["second"], [])
        cache.flush()
        assert cache.get(a) == (["second"], []) and cache.get(b) == (["other"], [])
        assert cache.get("ff" * 20) is None
    finally:
        cache.close()
