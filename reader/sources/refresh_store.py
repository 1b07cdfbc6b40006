"""A refresh's new stories into the library as feeds come in, not after the last one.

Feeds are handed over in the order they are followed (never the order they answer in), and
near-copies merge across the whole refresh with one ``Merger``, exactly as one merge of every
feed's stories in that order would: a story stored by an earlier batch that absorbs a copy
from a later feed is written again with its new sources (as a file ingest's batches are).
So the library's content (stories, ids, their order) is the same whatever order the feeds
answer in, and the stories of the first feeds are stored while later ones are still fetching
and being parsed.

Everything here runs in one thread of its own (the merge mutates the stories it keeps, and
the store reads them), off the event loop: SQLite releases the GIL while it writes, so the
search index is built beside the parsing and the requests in flight.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence

from reader.library.feeds import RECORD_BATCH
from reader.library.store import Library
from reader.library.story_rows import put_stories, refresh_stories
from reader.model import Story
from reader.story.dedupe import SKETCH_KEYS, Merger, Sketch

# New stories whose merge state (sketches, LSH buckets) stays in memory: a refresh holds its
# stories in memory anyway, and these take ~1 KiB a story beside them. On disk (the merge's
# default beyond ~1,000 stories, for an ingest's memory) every story's look-up was a query
# that gave up the GIL and waited to take it back while the parsing and the event loop ran
# Python: 4,000 feed stories, 0.45 s more CPU and the store lagging the feeds. A larger
# refresh goes to disk past this.
IN_MEMORY = 8192


class StoryBatches:
    """New stories, merged as they come and stored a batch per transaction: the first feed's
    as soon as it is in (the reader shows the first stories at once), then each batch twice
    the last, up to ``batch`` new stories (fewer, larger transactions cost less CPU)."""

    def __init__(self, library: Library, batch: int = RECORD_BATCH) -> None:
        self.library = library
        self.batch = batch
        self.next = 1  # new stories that make the next transaction
        # what it has settled is in the library
        self.merger = Merger(flush_at=IN_MEMORY * SKETCH_KEYS)
        self.added = 0  # stories new to the library
        self.commits = 0  # transactions written
        self.now = dt.datetime.now()
        self.cpu = 0.0  # CPU seconds spent merging and storing

    def add(self, stories: Sequence[tuple[Story, Sketch | None]]) -> None:
        """One feed's new stories, in feed order; stored once a batch has gathered."""
        start = time.thread_time()
        try:
            self._add(stories)
        finally:
            self.cpu += time.thread_time() - start

    def commit(self) -> None:
        """Store what is not stored yet (new stories, and stored ones that changed)."""
        start = time.thread_time()
        try:
            self._commit()
        finally:
            self.cpu += time.thread_time() - start

    def _add(self, stories: Sequence[tuple[Story, Sketch | None]]) -> None:
        for story, sketched in stories:
            self.merger.add(story, sketched or (0, ()))
        if len(self.merger.kept) - self.merger.settled >= self.next:
            self._commit()

    def _commit(self) -> None:
        new, merged = self.merger.pending()
        if not new and not merged:
            return
        with self.library._tx() as c:
            self.added += put_stories(c, new, self.now)
            refresh_stories(c, merged, self.now)
        self.merger.settle()
        self.commits += 1
        self.next = min(self.batch, 2 * max(len(new), 1))
