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

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from reader.model import Figure, Story
from reader.story.dedupe_state import Buckets, SpillFile

if TYPE_CHECKING:
    from reader.ingest_work import LateEnrich
    from reader.library.queries import LibraryBase

__all__ = ["LateSender", "WorkerEnrichments"]

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


class LateSender:
    """What an ingest sends its pool to enrich after the merge (``reader.ingest_work.LateEnrich``),
    so that the library's enrichment cache comes out as if every story had been enriched
    beside its split: each story a batch keeps (new, or stored before and changed by a copy)
    under its key at that point, computed from the last story split with that key (as the
    workers' entries for one key replaced each other), or from the kept story itself when
    no split story had that key (its title came from a copy). A key already sent is not
    sent again unless a story split since has it."""

    def __init__(self, late: LateEnrich) -> None:
        self._late = late
        self._latest: dict[str, Story] = {}  # key -> the last story of the batch split with it
        self._sent: set[int] = set()  # key prefixes sent in this ingest

    @property
    def active(self) -> bool:
        return self._late.active

    def _key(self, story: Story) -> str:
        from reader.enrich import enrichment_key

        algorithm, sentences, ratio = self._late.options
        return enrichment_key(story, algorithm, sentences, ratio)

    def split(self, stories: Sequence[Story]) -> None:
        """Stories as split, before the merge."""
        for story in stories:
            self._latest[self._key(story)] = story

    def kept(self, stories: Sequence[Story]) -> None:
        """The batch's kept stories, as stored: send what they need."""
        items: dict[str, Story] = {}
        for story in stories:
            key = self._key(story)
            source = self._latest.get(key)
            if source is None:
                if _prefix(key) in self._sent:
                    continue  # computed already, and no story split since has the key
                source = story
            items[key] = source
            self._sent.add(_prefix(key))
        self._latest = {}
        self._late.send(list(items.items()))

    def store(self, library: LibraryBase) -> None:
        """Cache what the pool has computed so far (a failed story is left to ``enrich``)."""
        found = self._late.take()
        library.store_enrichments(
            [(k, i, s, f, lead) for k, i, s, f, lead in found if s is not None and f is not None]
        )
