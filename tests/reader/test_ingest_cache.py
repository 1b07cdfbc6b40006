"""The workers' summaries, kept until the library's cache takes them: answered as the dict
they replaced (the latest entry for a key), with earlier batches' entries on disk."""

from __future__ import annotations

from reader.ingest_cache import WorkerEnrichments


def test_the_latest_entry_for_a_key_across_flushes() -> None:
    cache = WorkerEnrichments()
    a, b = "ab" * 20, "ab" * 8 + "cd" * 12  # same 64-bit prefix, different keys
    try:
        assert cache.get(a) is None
        cache[a] = (["first"], [], None)
        cache.flush()
        assert cache._batch == {}  # left memory
        cache[b] = (["other"], [], None)
        assert cache.get(a) == (["first"], [], None) and cache.get(b) == (["other"], [], None)
        cache.flush()
        cache[a] = (["second"], [], "~5%")
        assert cache.get(a) == (["second"], [], "~5%")
        cache.flush()
        assert cache.get(a) == (["second"], [], "~5%") and cache.get(b) == (["other"], [], None)
        assert cache.get("ff" * 20) is None
    finally:
        cache.close()
