"""The fast parser and the reference parser give the same items."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.sources import feeds
from reader.sources.feeds import Feed

FIXTURES = Path(__file__).parent / "fixtures"
URL = "http://example.org/feed.xml"


def _reference(body: bytes, monkeypatch: pytest.MonkeyPatch) -> Feed:
    with monkeypatch.context() as m:
        m.setattr(feeds, "_parse_fast", lambda body, url, seen=frozenset(): None)
        return feeds.parse(body, URL, "application/xml")


def _same_but_keys(a: Feed, b: Feed) -> bool:
    # feedparser resolves a relative permalink guid; the fast path resolves only paths
    strip = [replace(it, key="") for it in a.items], [replace(it, key="") for it in b.items]
    return (a.title, a.site) == (b.title, b.site) and strip[0] == strip[1]


@pytest.mark.parametrize(
    "name",
    [
        "atom_xhtml.xml",
        "charset_declared_latin1_is_utf8.xml",
        "podcast.xml",
        "rss2_content.xml",
        "rss2_teaser.xml",
    ],
)
def test_well_formed_feeds_take_the_fast_path_and_read_the_same(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = (FIXTURES / name).read_bytes()
    fast = feeds._parse_fast(body, URL)
    assert fast is not None and fast.items
    assert _same_but_keys(fast, _reference(body, monkeypatch))


@pytest.mark.parametrize("name", ["malformed.xml", "charset_declared_utf8_is_cp1252.xml"])
def test_malformed_or_miscoded_xml_goes_to_the_reference_parser(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = (FIXTURES / name).read_bytes()
    assert feeds._parse_fast(body, URL) is None
    got = feeds.parse(body, URL, "application/xml")
    assert got == _reference(body, monkeypatch) and got.items
    assert all("\ufffd" not in (it.title or "") for it in got.items)


def test_a_non_feed_document_is_still_refused() -> None:
    with pytest.raises(feeds.FeedError):
        feeds.parse(b"<html><body><p>Not a feed</p></body></html>", URL, "text/html")
