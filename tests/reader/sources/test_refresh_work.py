"""How a refresh spends its work: one HTTP client and one TLS context, no parsing or story
writes for a 304, the parsing and story making in a process pool for many feeds (the same
stories as in-process), and a pool that breaks leaves the work to the thread."""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request as WRequest
from werkzeug import Response as WResponse

import reader.sources.refresh as refresh_module
import reader.sources.refresh_work as work_module
from reader.library import feeds as feed_table
from reader.library.store import Library
from reader.sources import http
from reader.sources.feed_work import parse_feed as real_parse
from reader.sources.refresh import refresh
from reader.sources.refresh_work import Workers
from tests.reader.sources.conftest import fixture
from tests.reader.sources.test_refresh import LIMITS, serve

FEEDS = ("rss2_content.xml", "atom_xhtml.xml", "podcast.xml", "rss2_content.xml")
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _serve_feeds(httpserver: HTTPServer) -> list[str]:
    return [serve(httpserver, f"/f{i}", name) for i, name in enumerate(FEEDS)]


def test_one_client_per_host_per_refresh_and_one_tls_context_per_process(
    httpserver: HTTPServer, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = {"clients": 0, "contexts": 0}
    real_client = httpx.AsyncClient.__init__
    real_context = ssl.create_default_context

    def client(self: httpx.AsyncClient, *args: Any, **kwargs: Any) -> None:
        made["clients"] += 1
        real_client(self, *args, **kwargs)

    def context(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        made["contexts"] += 1
        return real_context(*args, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "__init__", client)
    monkeypatch.setattr(ssl, "create_default_context", context)
    http.tls_context.cache_clear()
    # a teaser feed: its article pages go through the same client as the feeds
    urls = [*_serve_feeds(httpserver), serve(httpserver, "/valley.xml", "rss2_teaser.xml")]
    httpserver.expect_request("/news/tram-line").respond_with_data(
        fixture("article_tram.html"), content_type="text/html"
    )
    feed_table.add(library, urls)
    first = refresh(library, limits=LIMITS)
    assert first.pages == 1 and made["clients"] == 1
    refresh(library, limits=LIMITS)
    assert made == {"clients": 2, "contexts": 1}


def test_a_304_is_not_parsed_and_writes_only_its_feed_row(
    httpserver: HTTPServer, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def handler(req: WRequest) -> WResponse:
        if req.headers.get("If-None-Match") == '"v1"':
            return WResponse(status=304, headers={"ETag": '"v1"'})
        return WResponse(fixture("rss2_content.xml"), headers={"ETag": '"v1"'})

    httpserver.expect_request("/rss").respond_with_handler(handler)
    feed_table.add(library, [httpserver.url_for("/rss")])
    assert refresh(library, limits=LIMITS).added == 3
    parsed: list[str] = []

    def counting(*args: Any) -> Any:
        parsed.append(args[1])
        return real_parse(*args)

    monkeypatch.setattr(refresh_module, "parse_feed", counting)
    statements: list[str] = []
    library._conn.set_trace_callback(statements.append)
    try:
        second = refresh(library, limits=LIMITS)
    finally:
        library._conn.set_trace_callback(None)
    assert second.not_modified == 1 and second.added == 0
    assert parsed == []
    writes = [s for s in statements if s.lstrip().upper().startswith(WRITES)]
    assert writes and all(w.lstrip().upper().startswith("UPDATE FEEDS") for w in writes)


def _stored(library: Library) -> list[tuple[str, str, tuple[str, ...]]]:
    rows = library._query("SELECT id, title, data FROM stories ORDER BY id")
    out = []
    for sid, title, _ in rows:
        (story,) = library.stories([sid])
        out.append((sid, title, tuple(s.path for s in story.sources)))
    return out


def test_many_feeds_are_parsed_in_worker_processes_with_the_same_stories(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: no pool")
    monkeypatch.setattr(work_module, "_load_average", lambda: 0.0)  # an idle machine
    urls = _serve_feeds(httpserver)
    results = []
    for pool_from in (None, 1):  # a few small feeds: the thread; then the pool from byte 1
        if pool_from is not None:
            monkeypatch.setattr(work_module, "POOL_FROM", pool_from)
        with Library.memory() as lib:
            feed_table.add(lib, urls)
            report = refresh(lib, limits=LIMITS)
            results.append((report.processes, report.added, _stored(lib)))
            assert report.failed == []
    (thread_procs, thread_added, thread_rows), (pool_procs, pool_added, pool_rows) = results
    assert thread_procs == 0 and pool_procs >= 1
    assert pool_added == thread_added == len(pool_rows) > 0
    assert pool_rows == thread_rows


class _BrokenPool:
    """An executor whose workers died: every job fails as a broken pool does."""

    def __init__(self) -> None:
        self.jobs = 0

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        self.jobs += 1
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


def test_a_broken_pool_leaves_the_work_to_the_thread(
    httpserver: HTTPServer, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = _BrokenPool()

    def start(self: Workers) -> None:
        self._pool = broken  # type: ignore[assignment]
        self.processes = 2

    monkeypatch.setattr(work_module, "POOL_FROM", 1)
    monkeypatch.setattr(Workers, "_start_pool", start)
    feed_table.add(library, _serve_feeds(httpserver))
    report = refresh(library, limits=LIMITS)
    assert broken.jobs >= 1
    assert report.failed == [] and report.added > 0
    assert report.new_items == sum(f.items for f in feed_table.feeds(library))


@pytest.mark.parametrize(
    ("cores", "load", "workers"),
    [(1, 0.0, 0), (2, 0.2, 1), (2, 1.3, 1), (2, 1.7, 0), (2, 12.0, 0), (4, 0.5, 3), (8, 5.7, 2)],
)
def test_the_pool_takes_only_the_cores_other_jobs_leave(
    cores: int, load: float, workers: int
) -> None:
    assert work_module.spare_cores(cores, load) == workers


class _StartingPool:
    """A pool whose workers are still starting: its first job (the warm-up) finishes when the
    test says so; every later job runs at once and is counted."""

    def __init__(self) -> None:
        self.warm: Future[Any] = Future()
        self.asked = False
        self.jobs = 0
        self.waited: bool | None = None  # how it was shut down

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        if not self.asked:
            self.asked = True
            return self.warm
        self.jobs += 1
        done: Future[Any] = Future()
        done.set_result(fn(*args))
        return done

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.waited = wait


def _where() -> str:
    import threading

    return threading.current_thread().name


def _starting(pool: _StartingPool) -> Workers:
    """Workers whose process pool (``pool``) starts at the first job."""
    import asyncio

    work = Workers(pool_from=0)

    def start() -> None:  # Workers._start_pool, with the pool above for a process pool
        work._pool = pool  # type: ignore[assignment]
        work.processes = 1
        work._ready = asyncio.wrap_future(pool.submit(_where))
        work._ready.add_done_callback(work._warmed)

    work._start_pool = start  # type: ignore[method-assign]
    return work


def test_jobs_go_to_the_thread_until_the_pools_workers_are_ready() -> None:
    import asyncio

    pool = _StartingPool()
    work = _starting(pool)

    async def go() -> tuple[list[str], list[str]]:
        starting = await asyncio.gather(*(work.run(1, _where) for _ in range(3)))
        pool.warm.set_result((None, 0.25))
        ready = await asyncio.gather(*(work.run(1, _where) for _ in range(3)))
        return starting, ready

    try:
        starting, ready = asyncio.run(go())
    finally:
        work.close()
    # while the workers start, the thread parses (one job after another), none waits for them
    assert all(name.startswith("newsdesk-feeds") for name in starting) and pool.jobs == 3
    assert not any(name.startswith("newsdesk-feeds") for name in ready)  # then the pool
    assert work.pool_cpu >= 0.25  # the workers' imports count as their CPU


def test_workers_still_starting_when_the_thread_is_done_are_not_waited_for() -> None:
    import asyncio

    pool = _StartingPool()
    work = _starting(pool)

    async def go() -> list[str]:
        names = await asyncio.gather(*(work.run(1, _where) for _ in range(3)))
        work.close()  # (in the loop, as a refresh closes them)
        return names

    assert all(name.startswith("newsdesk-feeds") for name in asyncio.run(go()))
    assert pool.jobs == 0 and pool.waited is False
