"""``refresh``: fetch every feed, turn new items into stories, remember what was seen.

One feed's failure (network, HTTP status, not a feed) is recorded on that feed and never stops
the others. A 304 costs no parsing. Items already seen in a feed are skipped before any work;
a new item that carries only a teaser has its linked page fetched and extracted (the teaser is
kept when that fails). New stories are merged with each other as duplicates, and a story whose
text is already in the library only gains one more source.

Parsing a feed and making its stories (``reader.sources.feed_work``) runs off the event loop as
each feed arrives: in a thread, or for a large refresh on a machine with cores to spare, in a
process pool (``reader.sources.refresh_work``; the thread goes on parsing while the pool's
workers start). Each feed's stories go to the library as soon as that feed and every one before
it are in (``reader.sources.refresh_store``: merged across feeds as they come, a batch per
transaction written by a few statements, in a thread of their own), while later feeds are still
fetching and being parsed; the feeds' new state is recorded last. The search index is left to
FTS5's own merging (no 'optimize' of the whole library after a refresh).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from reader.library import feeds as feed_table
from reader.library.store import Library
from reader.model import Story
from reader.sources.feed_work import (
    ParsedFeed,
    page_story,
    parse_feed,
)
from reader.sources.feeds import Item
from reader.sources.http import Fetcher, Limits, Request, Response
from reader.sources.refresh_store import StoryBatches
from reader.sources.refresh_work import Workers
from reader.story.dedupe import Sketch

# progress(done, total) as feeds come back
Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclass
class Report:
    feeds: int = 0
    not_modified: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, error)
    new_items: int = 0
    pages: int = 0  # teasers whose article page was fetched
    added: int = 0  # stories new to the library
    received: int = 0  # bytes on the wire
    ids: list[str] = field(default_factory=list)
    processes: int = 0  # worker processes started for parsing and making stories
    pool_cpu: float = 0.0  # CPU seconds they spent (this process's own CPU not included)
    # CPU seconds of this process's threads: parsing (when no pool does it), and merging and
    # storing the stories (the rest of this process's CPU is the event loop's)
    thread_cpu: float = 0.0
    store_cpu: float = 0.0
    tail: float = 0.0  # seconds from the last feed parsed to the end (storing what was left)


def refresh(
    library: Library,
    *,
    limits: Limits | None = None,
    progress: Progress | None = None,
    only: list[str] | None = None,
) -> Report:
    """Fetch the followed feeds (or those in ``only``) and store their new stories."""
    rows = [f for f in feed_table.feeds(library) if only is None or f.url in only]
    return asyncio.run(_refresh(library, rows, limits or Limits(), progress))


@dataclass
class _Fresh:
    """One new item of one feed, and its story once made."""

    out: feed_table.Outcome
    key: str
    story: Story | None
    sketch: Sketch | None
    teaser: Item | None


class _Run:
    """One refresh in flight: the feeds' tasks, and their stories handed to the store thread
    in feed order as each feed (with its teasers' pages) is done."""

    def __init__(self, library: Library, rows: list[feed_table.FeedRow], work: Workers) -> None:
        self.library, self.rows, self.work = library, rows, work
        self.report = Report(feeds=len(rows))
        self.outcomes: dict[int, feed_table.Outcome] = {}
        self.pages: dict[str, asyncio.Task[Response]] = {}  # teasers' links, fetched once
        self.batches = StoryBatches(library)
        # SQLite work (items seen, stories stored): one thread, in the order it is asked for
        self.store = ThreadPoolExecutor(1, thread_name_prefix="newsdesk-store")
        self.stored: list[asyncio.Future[None]] = []
        self.done = 0
        # the items seen in every feed, read once when the first feed has something to parse
        self._seen: asyncio.Future[dict[int, frozenset[str]]] | None = None

    async def _in_store(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.store, fn, *args)

    async def _seen_in(self, feed_id: int) -> frozenset[str]:
        """The keys of the items already seen in a feed. Read for every feed at once (the
        items are recorded only at the end of the refresh, so the same keys as a query for
        each feed would find), before any story is stored: a query a feed waited in the store
        thread behind the batches of the feeds before it, and its parsing with it."""
        if self._seen is None:
            ids = [row.id for row in self.rows]
            self._seen = asyncio.ensure_future(
                self._in_store(feed_table.seen_items, self.library, ids)
            )
        return (await asyncio.shield(self._seen)).get(feed_id, frozenset())

    async def feed(
        self, fetcher: Fetcher, row: feed_table.FeedRow, progress: Progress | None
    ) -> list[_Fresh]:
        res = await fetcher.fetch(Request(row.url, row.etag, row.last_modified))
        self.done += 1
        if progress is not None:
            progress(self.done, len(self.rows))
        self.report.received += res.received
        out = self.outcomes[row.id] = _outcome(row, res, self.report)
        if out.items is None:  # failed or not modified: nothing to parse
            return []
        seen = await self._seen_in(row.id)
        parsed = await self.work.run(
            len(res.body or b""),
            parse_feed,
            res.body or b"",
            res.final_url or row.url,
            res.content_type,
            seen,
            (row.url, row.title),
        )
        fresh = _parsed(out, parsed, self.report)
        await self._teasers(fetcher, fresh)
        return fresh

    async def _teasers(self, fetcher: Fetcher, fresh: list[_Fresh]) -> None:
        """Fetch the linked pages of a feed's teaser items (each link once per refresh) and
        make their stories (from the page's article when it says more than the teaser)."""
        teasers = [f for f in fresh if f.teaser is not None]
        for link in dict.fromkeys(f.teaser.link for f in teasers if f.teaser and f.teaser.link):
            if link not in self.pages:
                self.pages[link] = asyncio.ensure_future(self._page(fetcher, link))

        async def make(item: _Fresh) -> None:
            teaser = item.teaser
            assert teaser is not None
            task = self.pages.get(teaser.link or "")
            page = await task if task is not None else None
            body = page.body if page is not None and page.error is None else None
            url = (page.final_url if page is not None else None) or teaser.link
            site = item.out.title or item.out.feed.title
            item.story, item.sketch, used = await self.work.run(
                len(body or b""), page_story, teaser, site, item.out.feed.url, body, url
            )
            self.report.pages += used

        await asyncio.gather(*(make(f) for f in teasers))

    async def _page(self, fetcher: Fetcher, link: str) -> Response:
        res = await fetcher.fetch(Request(link))
        self.report.received += res.received
        return res

    async def all_feeds(self, fetcher: Fetcher, progress: Progress | None) -> list[_Fresh]:
        """Every feed fetched and parsed; each one's stories go to the store thread as soon
        as it and every feed before it are done."""
        tasks = [asyncio.ensure_future(self.feed(fetcher, row, progress)) for row in self.rows]
        todo: list[_Fresh] = []
        try:
            for task in tasks:  # feed order, whatever order they finish in
                fresh = await task
                todo.extend(fresh)
                made = [(f.story, f.sketch) for f in fresh if f.story is not None]
                if made:
                    self.stored.append(
                        asyncio.ensure_future(self._in_store(self.batches.add, made))
                    )
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, *self.pages.values(), return_exceptions=True)
            raise
        return todo

    async def finish(self, todo: list[_Fresh]) -> None:
        """The last stories stored, then every feed's outcome and the items seen."""
        for stored in self.stored:  # a batch that failed (library busy, full) raises here
            await stored
        await self._in_store(self.batches.commit)
        for fresh in todo:
            assert fresh.out.items is not None
            fresh.out.items.append((fresh.key, fresh.story.id if fresh.story else None))
        outcomes = [self.outcomes[row.id] for row in self.rows if row.id in self.outcomes]
        await self._in_store(feed_table.record, self.library, outcomes)
        self.report.added = self.batches.added
        self.report.ids = list(dict.fromkeys(f.story.id for f in todo if f.story is not None))


async def _refresh(
    library: Library,
    rows: list[feed_table.FeedRow],
    limits: Limits,
    progress: Progress | None,
    workers: Workers | None = None,
) -> Report:
    work = workers or Workers()
    run = _Run(library, rows, work)
    loop = asyncio.get_running_loop()
    try:
        async with Fetcher(limits) as fetcher:
            todo = await run.all_feeds(fetcher, progress)
        parsed_at = loop.time()
        await run.finish(todo)
    except BaseException:
        work.close(now=True)
        run.store.shutdown(wait=True, cancel_futures=True)
        raise
    work.close()
    run.store.shutdown()
    # no whole-index 'optimize' after a large refresh (a file ingest's): it rewrites every
    # story's index, 0.4 s CPU at 4,000 stories and 1.7 s at 16,000, each refresh more, all
    # after the last feed. FTS5's own merging as it writes (automerge) keeps the segments
    # few: the same search results, as-you-type latency about the same (bench_fts_prefix --unoptimized)
    report = run.report
    report.tail = loop.time() - parsed_at
    report.processes, report.pool_cpu = work.processes, work.pool_cpu
    report.thread_cpu, report.store_cpu = work.thread_cpu, run.batches.cpu
    return report


def _outcome(row: feed_table.FeedRow, res: Response, report: Report) -> feed_table.Outcome:
    """The feed's new state; ``items`` is None when there is nothing to parse."""
    out = feed_table.Outcome(
        row, moved_to=res.moved_to, etag=res.etag, last_modified=res.last_modified
    )
    if res.error is not None:
        out.error = res.error
        report.failed.append((row.url, res.error))
    elif res.not_modified:
        report.not_modified += 1
        out.etag = res.etag or row.etag
        out.last_modified = res.last_modified or row.last_modified
    else:
        out.items = []
    return out


def _parsed(out: feed_table.Outcome, parsed: ParsedFeed, report: Report) -> list[_Fresh]:
    if parsed.error is not None:
        out.error = parsed.error
        out.items = None
        report.failed.append((out.feed.url, parsed.error))
        return []
    out.title, out.site = parsed.title, parsed.site
    report.new_items += len(parsed.items)
    return [_Fresh(out, it.key, it.story, it.sketch, it.teaser) for it in parsed.items]
