"""HTTP for feeds and pages, done carefully: conditional GET, capped and streamed bodies.

- conditional GET: a known ETag / Last-Modified goes out as If-None-Match / If-Modified-Since,
  and a 304 returns no body (nothing to parse);
- redirects are followed by hand (at most ``max_redirects``) so a chain of permanent ones
  (301/308) from the asked URL is reported as ``moved_to`` for the caller to remember;
- a per-request deadline on top of httpx's connect/read timeouts (a server that drips bytes);
- a size cap on the bytes received and, separately, on the decompressed bytes: gzip, deflate
  and brotli are decoded here with bounded output, so a compression bomb stops at the cap;
- at most ``per_host`` requests to one host and ``overall`` in total at a time (feeds live on
  many hosts: the overall bound is what a refresh of a few hundred of them waits on);
- one TLS context per process, shared by every client (building one loads the CA bundle:
  0.1-0.2 s, paid again by every refresh before);
- a clear User-Agent; every failure is a one-line ``error`` on its own response.
"""

from __future__ import annotations

import asyncio
import ssl
import zlib
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urljoin, urlsplit

import httpx

from reader import __version__
from reader.text.safe import first_line

USER_AGENT = f"newsdesk/{__version__} (terminal news reader; feed and article fetcher)"
REDIRECTS = (301, 302, 303, 307, 308)
PERMANENT = (301, 308)
OFFLINE_ENV = "NEWSDESK_OFFLINE"
_STALE = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class Limits:
    connect_timeout: float = 10.0
    read_timeout: float = 15.0
    deadline: float = 30.0  # whole request, redirects included
    max_bytes: int = 8 * 1024 * 1024  # received, and again once decompressed
    per_host: int = 6
    # 48 made an unchanged refresh of 200 feeds 5 rounds of latency; at 96-160 a cold one
    # against the local benchmark server saw 2-9 connections reset and retried, at 64 none
    overall: int = 64
    max_redirects: int = 5


@dataclass(frozen=True)
class Request:
    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Response:
    url: str  # as asked
    final_url: str = ""
    status: int = 0
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""
    moved_to: str | None = None  # where a chain of permanent redirects ended
    error: str | None = None
    received: int = 0  # bytes on the wire: status line and headers (estimated) plus body
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304 and self.error is None


class FetchError(Exception):
    """One line for the user: why a response was refused."""


class _Decoder:
    """Content-Encoding decoding with a bound on the output."""

    def __init__(self, encoding: str, cap: int) -> None:
        self.cap = cap
        self.out = 0
        enc = encoding.strip().lower()
        self._zlib: zlib._Decompress | None = None
        self._brotli: object | None = None
        if enc in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._zlib = zlib.decompressobj()
        elif enc == "br":
            import brotli

            self._brotli = brotli.Decompressor()
        elif enc not in ("", "identity"):
            raise FetchError(f"unsupported content encoding {enc!r}")

    def feed(self, chunk: bytes) -> bytes:
        left = self.cap - self.out
        if self._zlib is not None:
            try:
                data = self._zlib.decompress(chunk, left + 1)
            except zlib.error as exc:
                raise FetchError(f"bad compressed data ({exc})") from None
        elif self._brotli is not None:
            try:
                data = self._brotli.process(chunk, output_buffer_limit=left + 1)  # type: ignore[attr-defined]
            except Exception as exc:  # brotli.error
                raise FetchError(f"bad compressed data ({exc})") from None
        else:
            data = chunk
        self.out += len(data)
        if self.out > self.cap:
            raise FetchError(f"decompressed body larger than {_mib(self.cap)}, refused")
        return data


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):g} MiB"


@cache
def tls_context() -> ssl.SSLContext:
    """The TLS context every client of this process verifies with (certifi's CA bundle, as
    httpx's own default), built once."""
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


def offline_forced() -> bool:
    import os

    return os.environ.get(OFFLINE_ENV, "") not in ("", "0")


class Fetcher:
    """Fetch many URLs at once within the limits; use as ``async with Fetcher() as f``."""

    def __init__(
        self, limits: Limits | None = None, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        if offline_forced():
            raise FetchError(f"offline (${OFFLINE_ENV} is set): no network access")
        self.limits = limits or Limits()
        self._transport = transport
        # one client per host (or one for a given transport): httpcore's pool scans all of its
        # connections for every request it places, so one pool holding every host's
        # connections costs time in the square of the concurrency
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._overall = asyncio.Semaphore(self.limits.overall)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    def _new_client(self, connections: int) -> httpx.AsyncClient:
        lim = self.limits
        return httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate, br"},
            timeout=httpx.Timeout(lim.read_timeout, connect=lim.connect_timeout),
            limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
            follow_redirects=False,
            transport=self._transport,
            verify=tls_context(),
        )

    def _client(self, url: str) -> httpx.AsyncClient:
        key = "" if self._transport is not None else urlsplit(url).netloc.lower()
        client = self._clients.get(key)
        if client is None:
            size = self.limits.overall if self._transport is not None else self.limits.per_host
            client = self._clients[key] = self._new_client(size)
        return client

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()

    def _host(self, url: str) -> asyncio.Semaphore:
        host = urlsplit(url).netloc.lower()
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.limits.per_host)
        return self._hosts[host]

    async def fetch(self, req: Request) -> Response:
        """One URL; never raises: failures are ``Response.error``."""
        res = Response(url=req.url)
        try:
            await self._follow(req, res)
        except TimeoutError:
            res.error = f"timed out after {self.limits.deadline:g} s"
        except httpx.TimeoutException:
            res.error = "timed out"
        except FetchError as exc:
            res.error = str(exc)
        except httpx.HTTPError as exc:
            res.error = first_line(f"{type(exc).__name__}: {exc}", 200, "network error")
        if res.error is not None:
            res.body = None
        return res

    async def fetch_all(
        self, requests: Sequence[Request], on_done: Callable[[Response], None] | None = None
    ) -> list[Response]:
        async def one(req: Request) -> Response:
            res = await self.fetch(req)
            if on_done is not None:
                on_done(res)
            return res

        return list(await asyncio.gather(*(one(r) for r in requests)))

    async def _follow(self, req: Request, res: Response) -> None:
        """The redirect chain; the deadline runs from the first byte sent, not while the
        request waits for a free slot behind the concurrency limits."""
        url = req.url
        permanent = True
        loop = asyncio.get_running_loop()
        started: float | None = None
        for _ in range(self.limits.max_redirects + 1):
            if urlsplit(url).scheme not in ("http", "https"):
                raise FetchError(f"not an http(s) URL: {url}")
            headers = {}
            if req.etag:
                headers["If-None-Match"] = req.etag
            if req.last_modified:
                headers["If-Modified-Since"] = req.last_modified
            async with self._overall, self._host(url):
                if started is None:
                    started = loop.time()
                left = self.limits.deadline - (loop.time() - started)
                try:
                    nxt = await asyncio.wait_for(self._once(url, headers, res), max(left, 0.0))
                except _STALE:
                    # a kept-alive connection the server had closed: GET is safe to repeat once
                    res.received = 0
                    left = self.limits.deadline - (loop.time() - started)
                    nxt = await asyncio.wait_for(self._once(url, headers, res), max(left, 0.0))
            if nxt is None:
                res.final_url = url
                return
            permanent = permanent and res.status in PERMANENT
            if permanent:
                res.moved_to = nxt
            url = nxt
        raise FetchError(f"more than {self.limits.max_redirects} redirects")

    async def _once(self, url: str, headers: dict[str, str], res: Response) -> str | None:
        """One request; the next URL when it is a redirect, else None (``res`` filled)."""
        async with self._client(url).stream("GET", url, headers=headers) as resp:
            res.status = resp.status_code
            res.received += _head_size(resp)
            if resp.status_code in REDIRECTS:
                location: str | None = resp.headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {resp.status_code} without a Location")
                return urljoin(url, location.strip())
            res.headers = dict(resp.headers)
            res.etag = resp.headers.get("etag")
            res.last_modified = resp.headers.get("last-modified")
            res.content_type = resp.headers.get("content-type", "")
            if resp.status_code == 304:
                return None
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            if resp.status_code != 200:
                raise FetchError(f"unexpected HTTP {resp.status_code}")
            res.body = await self._read(resp.aiter_raw(), resp.headers, res)
            return None

    async def _read(
        self, chunks: AsyncIterator[bytes], headers: httpx.Headers, res: Response
    ) -> bytes:
        cap = self.limits.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"response larger than {_mib(cap)} ({declared} bytes), refused")
        decoders = [
            _Decoder(enc, cap) for enc in reversed(headers.get("content-encoding", "").split(","))
        ]
        raw = 0
        parts: list[bytes] = []
        async for chunk in chunks:
            raw += len(chunk)
            res.received += len(chunk)
            if raw > cap:
                raise FetchError(f"response larger than {_mib(cap)}, refused")
            data = chunk
            for dec in decoders:
                data = dec.feed(data)
            parts.append(data)
        return b"".join(parts)


def _head_size(resp: httpx.Response) -> int:
    return 16 + sum(len(k) + len(v) + 4 for k, v in resp.headers.raw)


def run_fetch(
    requests: Sequence[Request],
    limits: Limits | None = None,
    on_done: Callable[[Response], None] | None = None,
) -> list[Response]:
    """Fetch ``requests`` from synchronous code (a fresh event loop)."""

    async def go() -> list[Response]:
        async with Fetcher(limits) as fetcher:
            return await fetcher.fetch_all(requests, on_done)

    return asyncio.run(go())
