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
from typing import TYPE_CHECKING, Protocol, cast

from reader.model import Figure, Story
from reader.story.dedupe_state import Buckets, SpillFile

if TYPE_CHECKING:
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


class Late(Protocol):
    """What ``LateSender`` reads of ``reader.ingest_work.LateEnrich`` (which drives the pool:
    not imported here, where only the service layer drives it)."""

    options: tuple[str, int, float | None]
    active: bool

    def send(self, items: Sequence[tuple[str, Story]]) -> None: ...

    # (enrichment key, story id, summary, figures, lead figure); None: failed
    def take(self) -> list[tuple[str, str, list[str] | None, list[Figure] | None, str | None]]: ...


def _same_text(a: Story, b: Story) -> bool:
    """Whether a summary and figures made from ``a`` and from ``b`` read the same text (the
    title is in their key)."""
    return a.paragraphs == b.paragraphs and [h.text for h in a.headings] == [
        h.text for h in b.headings
    ]


class LateSender:
    """What an ingest sends its pool to enrich after the merge (``reader.ingest_work.LateEnrich``),
    so that the library's enrichment cache comes out as if every story had been enriched
    beside its split (the workers' entries for one key replacing each other): each story a
    batch keeps under its key at that point, computed from the last story split with that key
    (the story itself when none was: its title came from a copy). A story stored before goes
    again only when a copy split since has its key and reads other text than what its entry
    was made from, or its key is new to this ingest and not cached. Memory: 8 bytes of each
    key sent and a flag (about 70 bytes a kept story)."""

    def __init__(self, late: Late) -> None:
        self._late = late
        self._latest: dict[str, Story] = {}  # key -> the last story of the batch split with it
        # key prefix -> whether the entry sent for it reads the kept story's own text
        self._sent: dict[int, bool] = {}

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

    def kept(self, library: LibraryBase, new: Sequence[Story], merged: Sequence[Story]) -> None:
        """The batch's kept stories as stored (``new``, and ``merged``: stored before, changed
        by a copy since): send what they need."""
        items: dict[str, tuple[Story, Story]] = {}  # key -> (kept story, what to compute from)
        for story in new:
            key = self._key(story)
            items[key] = (story, self._latest.get(key, story))
        again = {self._key(s): s for s in merged}
        cached = library.enriched([k for k in again if _prefix(k) not in self._sent])
        for key, story in again.items():
            copy = self._latest.get(key)
            if copy is not None:
                if not (self._sent.get(_prefix(key)) and _same_text(copy, story)):
                    items[key] = (story, copy)  # a copy split since: its entry replaces
            elif _prefix(key) not in self._sent and key not in cached:
                items[key] = (story, story)  # a new key: its title came from the copy
        self._latest = {}
        for key, (story, source) in items.items():
            self._sent[_prefix(key)] = source is story or _same_text(source, story)
        self._late.send([(key, source) for key, (_, source) in items.items()])

    def store(self, library: LibraryBase) -> None:
        """Cache what the pool has computed so far (a failed story is left to ``enrich``)."""
        library.store_enrichments(
            [
                (k, i, s, f, lead)
                for k, i, s, f, lead in self._late.take()
                if s is not None and f is not None
            ]
        )
