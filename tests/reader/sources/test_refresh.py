"""``refresh`` end to end: feeds on a local server become stories in the library."""

from __future__ import annotations

from pytest_httpserver import HTTPServer
from werkzeug import Request as WRequest
from werkzeug import Response as WResponse

from reader.library import feeds as feed_table
from reader.library.store import Library
from reader.sources.http import Limits
from reader.sources.refresh import refresh
from tests.reader.sources.conftest import fixture

LIMITS = Limits(deadline=5.0, read_timeout=2.0, connect_timeout=2.0, max_bytes=512 * 1024)


def serve(httpserver: HTTPServer, path: str, name: str, ctype: str = "application/rss+xml") -> str:
    httpserver.expect_request(path).respond_with_data(fixture(name), content_type=ctype)
    return httpserver.url_for(path)


def hits(httpserver: HTTPServer, path: str) -> int:
    return sum(1 for req, _ in httpserver.log if req.path == path)


def test_feeds_become_stories_with_url_site_author_date(
    httpserver: HTTPServer, library: Library
) -> None:
    urls = [
        serve(httpserver, "/rss", "rss2_content.xml"),
        serve(httpserver, "/atom", "atom_xhtml.xml", "application/atom+xml"),
        serve(httpserver, "/json", "feed.json", "application/feed+json"),
        serve(httpserver, "/podcast", "podcast.xml"),
    ]
    feed_table.add(library, urls)
    report = refresh(library, limits=LIMITS)
    assert report.failed == []
    assert report.new_items == 3 + 2 + 2 + 2
    stories = {s.title: s for s in library.stories(report.ids)}
    kestrel = stories["Kestrel Shipping lifts annual guidance after record container volumes"]
    assert kestrel.url == "https://harbour-ledger.example/business/kestrel-guidance"
    assert kestrel.site == "Harbour Ledger — Business"
    assert kestrel.byline == "Mara Lindqvist"
    assert kestrel.published == "2026-11-23T06:15:00Z"
    assert kestrel.sources[0].path == kestrel.url
    untitled = [s for s in stories.values() if s.title_generated]
    assert len(untitled) == 1 and untitled[0].url.endswith("/posts/oat-milk-plant")  # type: ignore[union-attr]
    listed = {f.url: f for f in feed_table.feeds(library)}
    assert listed[urls[0]].title == "Harbour Ledger — Business"
    assert listed[urls[0]].items == 3 and listed[urls[0]].last_success is not None


def test_teasers_fetch_the_article_page_once(httpserver: HTTPServer, library: Library) -> None:
    url = serve(httpserver, "/feeds/valley.xml", "rss2_teaser.xml")
    httpserver.expect_request("/news/tram-line").respond_with_data(
        fixture("article_tram.html"), content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request("/feeds/news/library-hours").respond_with_data("", status=404)
    feed_table.add(library, [url])
    first = refresh(library, limits=LIMITS)
    assert first.pages == 1
    by_title = {s.title: s for s in library.stories(first.ids)}
    tram = by_title["Council approves new tram line to the hospital"]
    assert tram.paragraphs[0].startswith("The city council voted 31 to 12")
    assert not any("Related stories" in p or "All rights reserved" in p for p in tram.paragraphs)
    assert tram.byline == "Hanna Kowalczyk"
    # the page could not be fetched: the teaser itself is kept
    assert by_title["Library extends opening hours over winter"].paragraphs == [
        "Branches will stay open until 9pm on weekdays."
    ]
    second = refresh(library, limits=LIMITS)  # this server sends no validators
    assert second.new_items == 0 and second.added == 0
    assert hits(httpserver, "/news/tram-line") == 1  # seen items are not fetched again
    assert hits(httpserver, "/feeds/valley.xml") == 2


def test_304_costs_no_parsing_and_adds_nothing(httpserver: HTTPServer, library: Library) -> None:
    body = fixture("rss2_content.xml")
    seen: list[str | None] = []

    def handler(req: WRequest) -> WResponse:
        seen.append(req.headers.get("If-None-Match"))
        if req.headers.get("If-None-Match") == '"abc"':
            return WResponse(status=304, headers={"ETag": '"abc"'})
        return WResponse(body, headers={"ETag": '"abc"', "Last-Modified": "Mon, 23 Nov 2026"})

    httpserver.expect_request("/rss").respond_with_handler(handler)
    feed_table.add(library, [httpserver.url_for("/rss")])
    first = refresh(library, limits=LIMITS)
    second = refresh(library, limits=LIMITS)
    assert seen == [None, '"abc"']
    assert first.added == 3 and second.not_modified == 1
    assert second.new_items == 0 and second.added == 0
    assert second.received < first.received / 10


def test_moved_feed_is_remembered_only_when_permanent(
    httpserver: HTTPServer, library: Library
) -> None:
    httpserver.expect_request("/old-301").respond_with_data(
        "", status=301, headers={"Location": "/new-301"}
    )
    httpserver.expect_request("/old-308").respond_with_data(
        "", status=308, headers={"Location": "/new-308"}
    )
    httpserver.expect_request("/old-302").respond_with_data(
        "", status=302, headers={"Location": "/new-302"}
    )
    for n, name in (("301", "rss2_content.xml"), ("308", "feed.json"), ("302", "podcast.xml")):
        httpserver.expect_request(f"/new-{n}").respond_with_data(fixture(name))
    feed_table.add(library, [httpserver.url_for(f"/old-{n}") for n in ("301", "308", "302")])
    refresh(library, limits=LIMITS)
    urls = {f.url: f.moved_from for f in feed_table.feeds(library)}
    assert urls == {
        httpserver.url_for("/new-301"): httpserver.url_for("/old-301"),
        httpserver.url_for("/new-308"): httpserver.url_for("/old-308"),
        httpserver.url_for("/old-302"): None,
    }
    refresh(library, limits=LIMITS)
    assert hits(httpserver, "/old-301") == 1 and hits(httpserver, "/new-301") == 2
    assert hits(httpserver, "/old-302") == 2


def test_errors_are_recorded_per_feed_and_the_others_go_on(
    httpserver: HTTPServer, library: Library
) -> None:
    good = serve(httpserver, "/good", "rss2_content.xml")
    for code in (404, 410, 500):
        httpserver.expect_request(f"/e{code}").respond_with_data("", status=code)
    bomb = serve(httpserver, "/lol", "billion_laughs.xml")
    page = serve(httpserver, "/page", "article_tram.html", "text/html")
    bad = [httpserver.url_for(f"/e{c}") for c in (404, 410, 500)]
    feed_table.add(library, [*bad, good, bomb, page])
    report = refresh(library, limits=LIMITS)
    assert report.added == 3
    rows = {f.url: f for f in feed_table.feeds(library)}
    assert rows[bad[0]].last_error == "HTTP 404 NOT FOUND"
    assert (rows[bad[1]].last_error or "").startswith("HTTP 410")
    assert (rows[bad[2]].last_error or "").startswith("HTTP 500")
    assert "entities" in (rows[bomb].last_error or "")
    assert "not an RSS" in (rows[page].last_error or "")
    assert rows[good].last_error is None and rows[good].last_success is not None
    assert all(rows[u].last_success is None for u in bad)


def test_the_same_story_in_two_feeds_is_stored_once(
    httpserver: HTTPServer, library: Library
) -> None:
    a = serve(httpserver, "/a", "rss2_content.xml")
    b = serve(httpserver, "/b", "rss2_content.xml")
    feed_table.add(library, [a, b])
    report = refresh(library, limits=LIMITS)
    assert report.new_items == 6 and report.added == 3
    assert library.count() == 3
