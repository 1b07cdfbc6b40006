"""A refresh stores stories as feeds come in, and the library comes out the same whatever
order the feeds answer in."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import reader.sources.refresh as refresh_module
from reader.library import feeds as feed_table
from reader.library.store import Library
from reader.sources.http import Limits, Request, Response
from reader.sources.refresh import refresh
from reader.sources.refresh_store import StoryBatches
from reader.sources.stories import make_story
from tests.reader.sources.conftest import FIXTURES, fixture

REFERENCE = FIXTURES / "refresh_reference_rows.json"

Hold = Callable[[str], Awaitable[None]]


def _bodies() -> dict[str, tuple[bytes, str]]:
    rss = fixture("rss2_content.xml")
    return {
        "https://a.example/rss": (rss, "application/rss+xml"),
        "https://b.example/atom": (fixture("atom_xhtml.xml"), "application/atom+xml"),
        # the same articles under other links: merged into the first feed's stories
        "https://mirror.example/rss": (
            rss.replace(b"harbour-ledger.example", b"mirror.example"),
            "application/rss+xml",
        ),
        "https://c.example/json": (fixture("feed.json"), "application/feed+json"),
        "https://d.example/podcast": (fixture("podcast.xml"), "application/rss+xml"),
    }


class _Ordered:
    """A stand-in for the Fetcher: feeds answer in ``order`` (each waits for the one before
    it), ``hold`` awaited before a feed answers."""

    def __init__(
        self,
        order: list[str],
        hold: Hold | None = None,
        bodies: dict[str, tuple[bytes, str]] | None = None,
    ) -> None:
        self.bodies = bodies or _bodies()
        self.order = order
        self.hold = hold
        self.answered: list[str] = []

    async def __aenter__(self) -> _Ordered:
        return self

    async def __aexit__(self, *exc: object) -> None:
        pass

    async def fetch(self, req: Request) -> Response:
        if req.url not in self.bodies:  # a teaser's page: none here (the teaser is kept)
            return Response(req.url, req.url, 404, error="HTTP 404 Not Found")
        turn = self.order.index(req.url)
        while len(self.answered) < turn:
            await asyncio.sleep(0)
        if self.hold is not None:
            await self.hold(req.url)
        self.answered.append(req.url)
        body, ctype = self.bodies[req.url]
        return Response(req.url, req.url, 200, body, content_type=ctype, received=len(body))

    async def fetch_all(self, requests: list[Request]) -> list[Response]:
        return [await self.fetch(r) for r in requests]


def _refresh_in(
    library: Library,
    order: list[str],
    monkeypatch: pytest.MonkeyPatch,
    hold: Hold | None = None,
    bodies: dict[str, tuple[bytes, str]] | None = None,
) -> _Ordered:
    fetcher = _Ordered(order, hold, bodies)

    def make(limits: Limits | None = None) -> _Ordered:
        return fetcher

    monkeypatch.setattr(refresh_module, "Fetcher", make)
    feed_table.add(library, list(fetcher.bodies))
    report = refresh(library)
    assert report.failed == [] and report.added > 0
    return fetcher


def _content(library: Library) -> list[list[Any]]:
    """Every row a refresh writes, but the first-read date of an undated story (the clock)."""
    stories = []
    for row in library._query(
        "SELECT seq, id, title, title_generated, words, data, date_kind, site, path,"
        " first_line, last_line FROM stories ORDER BY seq"
    ):
        record = json.loads(row[5])
        record.pop("date")
        stories.append((*row[:5], record, *row[6:]))
    sources = library._query(
        "SELECT story_id, path, first_line, last_line FROM sources ORDER BY ord"
    )
    items = library._query(
        "SELECT feed_id, item_key, story_id FROM feed_items ORDER BY feed_id, item_key"
    )
    return [stories, sources, items]


def test_the_library_is_the_same_whatever_order_the_feeds_answer_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    urls = list(_bodies())
    orders = [urls, urls[::-1], [urls[2], urls[0], urls[4], urls[1], urls[3]]]
    results = []
    for order in orders:
        with Library.memory() as lib:
            fetcher = _refresh_in(lib, order, monkeypatch)
            assert fetcher.answered == order
            results.append(_content(lib))
    assert results[1] == results[0] and results[2] == results[0]
    stories, sources, _ = results[0]
    assert len(stories) == 3 + 2 + 2 + 2  # the mirror's copies merged into the first feed's
    mirrored = [s for s in sources if "mirror.example" in s[1]]
    assert len(mirrored) == 3
    for story_id, _, _, _ in mirrored:  # the first feed's link first, then the mirror's
        paths = [s[1] for s in sources if s[0] == story_id]
        assert "harbour-ledger.example" in paths[0] and "mirror.example" in paths[1]


def _reference_bodies() -> dict[str, tuple[bytes, str]]:
    """The feeds above and more: feedparser's fallbacks (malformed XML, wrong charsets) and
    text that needs cleaning (double-escaped references, odd spaces, controls)."""
    more = {
        "https://e.example/malformed": ("malformed.xml", "application/rss+xml"),
        "https://f.example/latin1": ("charset_declared_latin1_is_utf8.xml", "text/xml"),
        "https://g.example/cp1252": ("charset_declared_utf8_is_cp1252.xml", "text/xml"),
        "https://h.example/tricky": ("tricky_text.xml", "application/rss+xml"),
    }
    return {**_bodies(), **{url: (fixture(name), ctype) for url, (name, ctype) in more.items()}}


def test_the_library_holds_the_reference_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every row a refresh writes (stories with their JSON records, sources, items seen) as
    main wrote them at 6f2a20c, before a refresh stored its stories in other ways: a faster
    refresh must not change what the user has. NEWSDESK_WRITE_REFERENCE=1 rewrites it."""
    bodies = _reference_bodies()
    with Library.memory() as lib:
        _refresh_in(lib, list(bodies), monkeypatch, bodies=bodies)
        got = json.loads(json.dumps(_content(lib)))
    if os.environ.get("NEWSDESK_WRITE_REFERENCE") == "1":
        REFERENCE.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n")
    assert got == json.loads(REFERENCE.read_text())
    assert len(got[0]) > 9


def test_the_items_seen_are_read_once_a_refresh_and_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    urls = list(_bodies())
    with Library.memory() as lib:
        _refresh_in(lib, urls, monkeypatch)
        stored = lib.count()
        statements: list[str] = []
        lib._conn.set_trace_callback(statements.append)
        report = refresh(lib)  # every feed answers again, with the same items
        lib._conn.set_trace_callback(None)
        assert report.new_items == 0 and report.added == 0 and lib.count() == stored
        reads = [s for s in statements if s.startswith("SELECT") and "item_key FROM" in s]
        assert len(reads) == 1, reads  # not one for each of the 5 feeds


def test_stories_are_stored_while_later_feeds_are_still_fetching(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    urls = list(_bodies())
    seen_before_last: list[int] = []
    with Library.memory() as lib:

        async def hold(url: str) -> None:
            if url != urls[-1]:
                return
            for _ in range(400):  # bounded: storing only at the end would never get here
                if lib.count() >= 3:
                    break
                await asyncio.sleep(0.005)
            seen_before_last.append(lib.count())

        _refresh_in(lib, urls, monkeypatch, hold)
        assert seen_before_last[0] >= 3  # the first feed's stories, stored already
        assert lib.count() == 9


def test_batches_merge_across_feeds_and_rewrite_a_stored_story_that_absorbs_a_copy() -> None:
    def story(text: str, source: str, title: str | None = None) -> Any:
        made = make_story([text, "Second paragraph of it."], source=source, title=title)
        assert made is not None
        return made

    from reader.story.dedupe import sketch

    text = "Kestrel Shipping lifted its annual guidance after record container volumes."
    with Library.memory() as lib:
        batches = StoryBatches(lib, batch=4)
        first = story(text, "https://a.example/1")  # no title: a generated one
        batches.add([(first, sketch(first.text))])
        assert lib.count() == 1 and batches.commits == 1  # the first feed at once
        copy = story(text, "https://b.example/9", title="Kestrel lifts guidance")
        other = story("A different story about the tram line.", "https://b.example/2")
        batches.add([(copy, sketch(copy.text)), (other, sketch(other.text))])
        assert batches.commits == 1  # waits for a batch of two new ones
        batches.commit()
        (stored,) = lib.stories([first.id])
        assert stored.title == "Kestrel lifts guidance" and not stored.title_generated
        assert [s.path for s in stored.sources] == ["https://a.example/1", "https://b.example/9"]
        assert lib.search("kestrel lifts") == [first.id]
        assert batches.added == 2 and lib.count() == 2


def test_a_large_refresh_leaves_the_search_index_to_fts5s_own_merging(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reader.library.store as store_module

    monkeypatch.setattr(store_module, "OPTIMIZE_AFTER", 2)  # as if thousands of stories came
    optimized: list[int] = []
    monkeypatch.setattr(Library, "_optimize_search", lambda self: optimized.append(1))
    with Library.memory() as lib:
        _refresh_in(lib, list(_bodies()), monkeypatch)
        assert lib.count() == 9 and optimized == []
        assert lib.search("harbour") == lib.search("harbo")  # found as typed, merged or not
        assert lib.search("harbour")


@pytest.mark.parametrize("in_memory", [64, 2])
def test_a_refreshs_merge_state_stays_in_memory_up_to_in_memory_stories(
    monkeypatch: pytest.MonkeyPatch, in_memory: int
) -> None:
    import reader.sources.refresh_store as store_module
    from reader.story import dedupe_state
    from reader.story.dedupe import sketch

    monkeypatch.setattr(dedupe_state, "FLUSH_AT", 32)  # an ingest's merge: on disk at once
    monkeypatch.setattr(store_module, "IN_MEMORY", in_memory)
    with Library.memory() as lib:
        batches = StoryBatches(lib, batch=4)
        words = ["the", "harbour", "board", "said", "on", "monday", "that", "freight", "rose"]
        made = [  # distinct stories of 36 words: 32 shingles each
            make_story([" ".join(f"{w}{n}" for w in words * 4)], source=f"s{n}") for n in range(10)
        ]
        batches.add([(s, sketch(s.text)) for s in made if s is not None])
        batches.commit()
        merger = batches.merger
        assert (merger._buckets._db is None) == (in_memory == 64)
        assert (merger.sketches._stored == 0) == (in_memory == 64)
        assert batches.added == lib.count() == 10
