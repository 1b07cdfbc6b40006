"""``refresh``: fetch every feed, turn new items into stories, remember what was seen.

One feed's failure (network, HTTP status, not a feed) is recorded on that feed and never stops
the others. A 304 costs no parsing. Items already seen in a feed are skipped before any work;
a new item that carries only a teaser has its linked page fetched and extracted (the teaser is
kept when that fails). New stories are merged with each other as duplicates, and a story whose
text is already in the library only gains one more source.

Parsing a feed and making its stories (``reader.sources.feed_work``) runs off the event loop as
each feed arrives: in a thread, or for a large refresh on a machine with cores to spare, in a
process pool (the thread goes on parsing while the pool's workers start). Each feed's stories
go to the library as soon as that feed and every one before it are in
(``reader.sources.refresh_store``: merged across feeds as they come, a batch per transaction
written by a few statements, in a thread of their own), while later feeds are still fetching
and being parsed; the feeds' new state is recorded last. The search index is left to FTS5's
own merging (no 'optimize' of the whole library after a refresh).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from reader.library import feeds as feed_table
from reader.library.store import Library
from reader.model import Story
from reader.sources.feed_work import (
    ParsedFeed,
    page_story,
    parse_feed,
    start_worker,
    timed,
    warm_up,
)
from reader.sources.feeds import Item
from reader.sources.http import Fetcher, Limits, Request, Response
from reader.sources.refresh_store import StoryBatches
from reader.story.dedupe import Sketch

# progress(done, total) as feeds come back
Progress = Callable[[int, int], None]
T = TypeVar("T")

# feeds are parsed in one worker thread until this many bytes of them have come back; from
# then on in a process pool of up to MAX_WORKERS. A worker costs about a second of CPU to
# start (its imports), and parsing and making stories about 0.5 ms per KiB of feed: below a
# few MiB the pool costs more than it saves (40 small feeds took twice as long with it), and an
# unchanged refresh (all 304s) starts no process at all. Its workers are the cores to spare:
# the cores less one for the event loop and SQLite, and less the load other jobs already put
# on the machine (its load average). With no core to spare it only costs: on 2 busy cores (load
# 10-15) a cold refresh of 200 feeds took 1.17x the CPU and 1.26x the time with the pool; on
# the same 2 cores idle it took 0.87x the time (interleaved against the thread alone).
POOL_FROM = 2 * 1024 * 1024
MAX_WORKERS = 4


def spare_cores(cores: int, load: float) -> int:
    """Worker processes a refresh may start: ``cores`` less one for this process, less the
    machine's ``load`` average beyond that one (other jobs' running processes), rounded: the
    one-minute average still holds this process's own recent work."""
    return max(0, min(MAX_WORKERS, cores - 1, int(cores - max(load, 1.0) + 0.5)))


def _load_average() -> float:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # not on every platform
        return 0.0


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


class Workers:
    """Where a refresh's CPU work runs: one thread (never the event loop: parsing there starved
    the requests in flight), and once jobs of ``POOL_FROM`` bytes have come, a process pool
    instead, so a cold refresh of hundreds of feeds uses the machine's cores and leaves the
    event loop's process its own. A pool that cannot start or breaks leaves the work to the
    thread.

    A job goes to the pool only once its workers are ready (their imports done): until then
    each job waits for whichever comes first, the thread or the pool, so the thread keeps
    parsing while the workers start instead of the refresh waiting most of a second for them.
    """

    def __init__(self, pool_from: int | None = None) -> None:
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="newsdesk-feeds")
        self._turn = asyncio.Lock()  # the thread takes one job at a time, in order
        self._pool: Executor | None = None
        self._ready: asyncio.Future[tuple[None, float]] | None = None  # the pool's warm-up
        self._pool_from = POOL_FROM if pool_from is None else pool_from
        self._bytes = 0
        self.processes = 0  # workers started
        self.pool_cpu = 0.0  # CPU seconds the pool's workers spent on jobs
        self.thread_cpu = 0.0  # CPU seconds the thread spent on jobs

    def _start_pool(self) -> None:
        import multiprocessing
        import sys
        from concurrent.futures import ProcessPoolExecutor

        workers = spare_cores(os.cpu_count() or 1, _load_average())
        if workers < 1:
            self._pool_from = -1
            return
        method = "forkserver" if sys.platform.startswith("linux") else "spawn"
        try:
            self._pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context(method),
                initializer=start_worker,
                initargs=(os.getpid(),),
            )
            ready = self._pool.submit(timed, warm_up)
        except (OSError, ValueError, RuntimeError):
            self._pool, self._pool_from = None, -1
        else:
            self.processes = workers
            self._ready = asyncio.wrap_future(ready)
            self._ready.add_done_callback(self._warmed)

    def _warmed(self, ready: asyncio.Future[tuple[None, float]]) -> None:
        if not ready.cancelled() and ready.exception() is None:
            self.pool_cpu += ready.result()[1]  # the workers' imports, as any job's CPU

    async def run(self, size: int, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` off the event loop; ``size``: the bytes it works on."""
        from concurrent.futures.process import BrokenProcessPool

        loop = asyncio.get_running_loop()
        self._bytes += size
        if self._pool is None and 0 <= self._pool_from <= self._bytes:
            self._start_pool()
        if self._pool is not None and not await self._pool_first():
            return await self._in_thread(fn, *args, turn=True)
        if self._pool is not None:
            try:
                if self._ready is not None:
                    await self._ready
                result, cpu = await loop.run_in_executor(self._pool, timed, fn, *args)
            except (BrokenProcessPool, OSError):
                # workers could not start or died (no usable __main__, file descriptors
                # replaced by a UI or a test harness, out of memory): the thread finishes
                self._stop_pool(now=True)
            else:
                self.pool_cpu += cpu
                return result
        return await self._in_thread(fn, *args)

    async def _pool_first(self) -> bool:
        """While the pool starts: False when the thread is free first (the caller then holds
        the thread's turn), True when the pool is ready first (or failed to start)."""
        ready = self._ready
        if ready is None or ready.done():
            return True
        turn = asyncio.ensure_future(self._turn.acquire())
        try:
            await asyncio.wait((turn, ready), return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # stopped while waiting: give the turn back if it came
            turn.cancel()
            if turn.done() and not turn.cancelled():
                self._turn.release()
            raise
        if turn.done():
            return False
        turn.cancel()
        return True

    async def _in_thread(self, fn: Callable[..., T], *args: Any, turn: bool = False) -> T:
        """``fn(*args)`` in the thread, after the jobs before it (``turn``: the caller holds
        the thread's turn already)."""
        loop = asyncio.get_running_loop()
        if not turn:
            await self._turn.acquire()
        try:
            result, cpu = await loop.run_in_executor(self._thread, timed, fn, *args)
        finally:
            self._turn.release()
        self.thread_cpu += cpu
        return result

    def _stop_pool(self, now: bool) -> None:
        pool, self._pool, self._ready = self._pool, None, None
        self._pool_from = -1
        if pool is None:
            return
        if now:  # cancel what has not started, end the workers without waiting for them
            processes = list((getattr(pool, "_processes", None) or {}).values())
            for process in processes:
                process.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
        else:
            pool.shutdown(wait=True)

    def close(self, now: bool = False) -> None:
        """Done (``now``: stopped early, nothing left is worth finishing). Workers still
        starting have had no job (the thread did them all): they are ended, not waited for."""
        starting = self._ready is not None and not self._ready.done()
        self._stop_pool(now or starting)
        self._thread.shutdown(wait=not now, cancel_futures=now)


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
