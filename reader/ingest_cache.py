"""The summaries and figures the workers computed during one ingest, kept until the library's
enrichment cache takes them (``reader.ingest``), without holding every story's in memory.

It answers as the plain dict it replaces did (enrichment key -> (summary, figures, lead
figure), a later entry for a key replacing an earlier one, every entry of the ingest kept to
its end), so the cache comes out the same; but only the batch being stored is in memory:
entries of earlier batches wait in a temporary file, found by a 64-bit prefix of their key
(on disk too). An earlier entry is asked for again only when a story stored before absorbs a
copy.
"""

from __future__ import annotations

from typing import cast

from reader.model import Figure
from reader.story.dedupe_state import Buckets, SpillFile

__all__ = ["WorkerEnrichments"]

Entry = tuple[list[str], list[Figure], str | None]  # (summary, figures, lead figure)

_NO_CAP = 1 << 31  # every entry of a key is kept (the latest wins)


def _prefix(key: str) -> int:
    return int(key[:16], 16)  # keys are SHA-1 hex digests


class WorkerEnrichments:
    def __init__(self) -> None:
        self._batch: dict[str, Entry] = {}
        self._spill: SpillFile | None = None
        self._index = Buckets(_NO_CAP)

    def __setitem__(self, key: str, entry: Entry) -> None:
        self._batch[key] = entry

    def get(self, key: str) -> Entry | None:
        """The latest entry put for ``key`` in this ingest, if any."""
        entry = self._batch.get(key)
        if entry is not None or self._spill is None:
            return entry
        numbers, _ = self._index.lookup([_prefix(key)])
        for number in reversed(numbers):  # newest first
            found_key, found = cast("tuple[str, Entry]", self._spill.read(number))
            if found_key == key:
                return found
        return None

    def flush(self) -> None:
        """The batch is stored: its entries leave memory for the file."""
        if not self._batch:
            return
        if self._spill is None:
            self._spill = SpillFile()
        for key, entry in self._batch.items():
            self._index.add(self._spill.append((key, entry)), [_prefix(key)], [0])
        self._batch = {}

    def close(self) -> None:
        self._index.close()
        if self._spill is not None:
            self._spill.close()
