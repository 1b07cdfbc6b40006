"""The fetcher against a local server: validators, redirects, caps, bombs, timeouts, errors."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator

import brotli
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request as WRequest
from werkzeug import Response as WResponse

from reader.sources.http import USER_AGENT, Fetcher, FetchError, Limits, Request, run_fetch

SMALL = Limits(max_bytes=256 * 1024, deadline=5.0, read_timeout=2.0, connect_timeout=2.0)


def one(url: str, limits: Limits = SMALL, **kw: str) -> object:
    return run_fetch([Request(url, **kw)], limits)[0]


def test_plain_get_sends_a_clear_user_agent(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed", headers={"User-Agent": USER_AGENT}).respond_with_data(
        "<rss/>", content_type="application/rss+xml", headers={"ETag": '"v1"'}
    )
    res = run_fetch([Request(httpserver.url_for("/feed"))], SMALL)[0]
    assert res.error is None and res.status == 200
    assert res.body == b"<rss/>" and res.etag == '"v1"'
    assert res.content_type.startswith("application/rss+xml")
    assert USER_AGENT.startswith("newsdesk/")


def test_conditional_get_returns_304_without_a_body(httpserver: HTTPServer) -> None:
    def handler(req: WRequest) -> WResponse:
        if (
            req.headers.get("If-None-Match") == '"v1"'
            or req.headers.get("If-Modified-Since") == "Mon, 23 Nov 2026 06:00:00 GMT"
        ):
            return WResponse(status=304)
        return WResponse("<rss/>", headers={"ETag": '"v1"'})

    httpserver.expect_request("/feed").respond_with_handler(handler)
    url = httpserver.url_for("/feed")
    by_etag = run_fetch([Request(url, etag='"v1"')], SMALL)[0]
    by_date = run_fetch([Request(url, last_modified="Mon, 23 Nov 2026 06:00:00 GMT")], SMALL)[0]
    fresh = run_fetch([Request(url)], SMALL)[0]
    assert by_etag.not_modified and by_etag.body is None
    assert by_date.not_modified and by_date.body is None
    assert fresh.status == 200 and fresh.body == b"<rss/>"


@pytest.mark.parametrize("code", [301, 308])
def test_permanent_redirects_are_reported(httpserver: HTTPServer, code: int) -> None:
    httpserver.expect_request("/old").respond_with_data(
        "", status=code, headers={"Location": "/mid"}
    )
    httpserver.expect_request("/mid").respond_with_data(
        "", status=code, headers={"Location": httpserver.url_for("/new")}
    )
    httpserver.expect_request("/new").respond_with_data("<rss/>")
    res = run_fetch([Request(httpserver.url_for("/old"))], SMALL)[0]
    assert res.error is None and res.body == b"<rss/>"
    assert res.moved_to == httpserver.url_for("/new")


def test_a_temporary_hop_keeps_only_the_permanent_part(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/mid"}
    )
    httpserver.expect_request("/mid").respond_with_data(
        "", status=302, headers={"Location": "/new"}
    )
    httpserver.expect_request("/new").respond_with_data("<rss/>")
    res = run_fetch([Request(httpserver.url_for("/old"))], SMALL)[0]
    assert res.body == b"<rss/>"
    assert res.moved_to == httpserver.url_for("/mid")


def test_redirect_loop_stops(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/loop").respond_with_data(
        "", status=302, headers={"Location": "/loop"}
    )
    res = run_fetch([Request(httpserver.url_for("/loop"))], SMALL)[0]
    assert res.error is not None and "redirects" in res.error


@pytest.mark.parametrize("code", [404, 410, 500])
def test_http_errors_are_one_line(httpserver: HTTPServer, code: int) -> None:
    httpserver.expect_request("/gone").respond_with_data("nope", status=code)
    res = run_fetch([Request(httpserver.url_for("/gone"))], SMALL)[0]
    assert res.error is not None and res.error.startswith(f"HTTP {code}")
    assert res.body is None


def test_slow_server_times_out(httpserver: HTTPServer) -> None:
    def slow(req: WRequest) -> WResponse:
        time.sleep(1.5)
        return WResponse("<rss/>")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    limits = Limits(deadline=0.5, read_timeout=0.4, connect_timeout=0.4)
    res = run_fetch([Request(httpserver.url_for("/slow"))], limits)[0]
    assert res.error is not None and "timed out" in res.error


def test_endless_response_stops_at_the_size_cap(httpserver: HTTPServer) -> None:
    sent = {"chunks": 0}

    def endless(req: WRequest) -> WResponse:
        def body() -> Iterator[bytes]:
            while True:
                sent["chunks"] += 1
                yield b"<item>" + b"x" * 16378 + b"</item>"

        return WResponse(body(), content_type="application/rss+xml")

    httpserver.expect_request("/endless").respond_with_handler(endless)
    res = run_fetch([Request(httpserver.url_for("/endless"))], SMALL)[0]
    assert res.error is not None and "larger than" in res.error
    assert res.received < 4 * SMALL.max_bytes


def test_declared_length_over_the_cap_is_refused_before_reading(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * (SMALL.max_bytes + 10))
    res = run_fetch([Request(httpserver.url_for("/big"))], SMALL)[0]
    assert res.error is not None and "larger than" in res.error


def test_gzip_and_brotli_bodies_are_decoded(httpserver: HTTPServer) -> None:
    text = b"<rss>" + b"compressible " * 500 + b"</rss>"
    httpserver.expect_request("/gz").respond_with_data(
        gzip.compress(text), headers={"Content-Encoding": "gzip"}
    )
    httpserver.expect_request("/br").respond_with_data(
        brotli.compress(text), headers={"Content-Encoding": "br"}
    )
    gz, br = run_fetch(
        [Request(httpserver.url_for("/gz")), Request(httpserver.url_for("/br"))], SMALL
    )
    assert gz.body == text and br.body == text


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_compression_bomb_stops_at_the_decompressed_cap(
    httpserver: HTTPServer, encoding: str
) -> None:
    plain = b"\0" * (64 * 1024 * 1024)  # 256 times the cap
    packed = gzip.compress(plain, 9) if encoding == "gzip" else brotli.compress(plain, quality=5)
    assert len(packed) < SMALL.max_bytes  # the bomb passes the received-bytes cap
    httpserver.expect_request("/bomb").respond_with_data(
        packed, headers={"Content-Encoding": encoding}
    )
    res = run_fetch([Request(httpserver.url_for("/bomb"))], SMALL)[0]
    assert res.error is not None and "decompressed body larger" in res.error
    assert res.body is None


def test_one_failure_does_not_stop_the_others(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ok").respond_with_data("<rss/>")
    httpserver.expect_request("/bad").respond_with_data("", status=500)
    reqs = [Request(httpserver.url_for(p)) for p in ("/bad", "/ok", "/bad", "/ok")]
    got = run_fetch(reqs, SMALL)
    assert [r.error is None for r in got] == [False, True, False, True]


def test_per_host_limit_bounds_concurrent_requests() -> None:
    import threading

    state = {"now": 0, "most": 0}
    lock = threading.Lock()

    def counted(req: WRequest) -> WResponse:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        return WResponse("<rss/>")

    server = HTTPServer(threaded=True)  # serves requests in parallel, as real hosts do
    server.start()
    try:
        server.expect_request("/c").respond_with_handler(counted)
        most = []
        for per_host in (2, 8):
            state["most"] = 0
            limits = Limits(per_host=per_host, overall=10)
            got = run_fetch([Request(server.url_for("/c")) for _ in range(8)], limits)
            assert all(r.error is None for r in got)
            most.append(state["most"])
    finally:
        server.clear()
        server.stop()
    assert most[0] <= 2
    assert most[1] > 2  # without the tighter limit the server does see more at once


def test_not_http_is_refused() -> None:
    res = run_fetch([Request("file:///etc/passwd")], SMALL)[0]
    assert res.error is not None and "not an http(s) URL" in res.error


def test_offline_environment_refuses_to_build_a_fetcher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_OFFLINE", "1")
    with pytest.raises(FetchError, match="offline"):
        Fetcher()


def test_a_stale_kept_alive_connection_is_retried_once() -> None:
    import asyncio

    import httpx

    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            raise httpx.ReadError("connection reset", request=request)
        return httpx.Response(200, stream=httpx.ByteStream(b"<rss/>"))

    def always(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset", request=request)

    async def go(handler: object) -> object:
        transport = httpx.MockTransport(handler)  # type: ignore[arg-type]
        async with Fetcher(SMALL, transport=transport) as fetcher:
            return await fetcher.fetch(Request("http://127.0.0.1:9/feed"))

    ok = asyncio.run(go(flaky))
    assert getattr(ok, "body", None) == b"<rss/>" and calls["n"] == 2
    bad = asyncio.run(go(always))
    assert "ReadError" in (getattr(bad, "error", None) or "")


def test_the_deadline_does_not_run_while_waiting_for_a_slot() -> None:
    import asyncio

    import httpx

    async def slowish(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.2)
        return httpx.Response(200, stream=httpx.ByteStream(b"<rss/>"))

    # one slot, six requests of 0.2 s each: the last waits 1 s for its turn, more than its
    # 0.5 s deadline, and must still succeed
    limits = Limits(per_host=1, overall=1, deadline=0.5)

    async def go() -> list[object]:
        transport = httpx.MockTransport(slowish)
        async with Fetcher(limits, transport=transport) as fetcher:
            got = await fetcher.fetch_all([Request(f"http://127.0.0.1:9/{i}") for i in range(6)])
        return list(got)

    got = asyncio.run(go())
    assert [getattr(r, "error", "?") for r in got] == [None] * 6
