"""Parsing feed documents: RSS 2.0, Atom, JSON Feed, podcasts, broken and hostile XML."""

from __future__ import annotations

import tracemalloc

import pytest

from reader.sources.feeds import FeedError, parse
from tests.reader.sources.conftest import fixture

BASE = "http://127.0.0.1:8000/feeds/"


def test_rss2_with_content_encoded_gives_full_items() -> None:
    feed = parse(fixture("rss2_content.xml"), BASE + "rss")
    assert feed.title == "Harbour Ledger — Business"
    first = feed.items[0]
    assert first.title == "Kestrel Shipping lifts annual guidance after record container volumes"
    assert first.author == "Mara Lindqvist"
    assert first.published == "2026-11-23T06:15:00Z"
    assert first.link == "https://harbour-ledger.example/business/kestrel-guidance"
    assert first.key == "hl-2026-11-0412"
    assert not first.teaser
    # the body, not the one-line description, paragraph by paragraph (caption included as text)
    assert len(first.paragraphs) >= 4
    assert first.paragraphs[0].startswith("Kestrel Shipping raised its full-year profit")


def test_rss2_without_content_is_a_teaser_with_resolved_relative_links() -> None:
    feed = parse(fixture("rss2_teaser.xml"), "http://127.0.0.1:8000/feeds/valley.xml")
    tram, library = feed.items
    assert tram.teaser and library.teaser
    assert tram.link == "http://127.0.0.1:8000/news/tram-line"
    assert library.link == "http://127.0.0.1:8000/feeds/news/library-hours"


def test_atom_with_xhtml_content_and_html_title() -> None:
    feed = parse(fixture("atom_xhtml.xml"), "https://orbital-notes.example/feed.atom")
    heliar, bright = feed.items
    assert heliar.title == "Heliar delays second launch of its heavy rocket"
    assert heliar.author == "Priya Raman"
    assert heliar.published == "2026-11-24T08:00:00Z"
    assert heliar.link == "https://orbital-notes.example/2026/11/heliar-delay"
    assert "Customers wait" in heliar.paragraphs  # the xhtml heading is its own block
    assert not any("<" in p for p in heliar.paragraphs)
    assert bright.paragraphs[0].startswith("Brightlane, which builds satellites")


def test_json_feed_html_and_text_items() -> None:
    feed = parse(fixture("feed.json"), "https://fieldandfork.example/feed.json")
    assert feed.title == "Field & Fork"
    cocoa, oat = feed.items
    assert cocoa.author == "Lena Osei" and cocoa.key == "ff-1207"
    assert len(cocoa.paragraphs) == 3 and not cocoa.teaser
    assert oat.title is None  # JSON Feed items may have no title: one is generated later
    assert oat.link == "https://fieldandfork.example/posts/oat-milk-plant"
    assert oat.author == "Ravi Menon, Sofia Brandt"
    assert len(oat.paragraphs) == 2


def test_json_feed_that_is_not_one_is_refused() -> None:
    with pytest.raises(FeedError):
        parse(b'{"items": "nope"}', BASE)
    with pytest.raises(FeedError):
        parse(b"{not json", BASE)


def test_podcast_feed_gives_episode_items() -> None:
    feed = parse(fixture("podcast.xml"), BASE + "podcast")
    assert [it.key for it in feed.items] == ["markethour-212", "markethour-211"]
    ep = feed.items[0]
    assert ep.author == "Dana Whitfield"
    assert ep.published == "2026-11-24T10:00:00Z"  # -0500 to UTC
    assert ep.paragraphs[0].startswith("Ten-year government bond yields")
    assert not ep.teaser  # no page to fetch: the show notes are the story


def test_malformed_xml_still_gives_the_readable_item() -> None:
    feed = parse(fixture("malformed.xml"), BASE + "quarry")
    titles = [it.title for it in feed.items]
    assert "Mining firm Greystone & Partners buys rival for $410m" in titles
    deal = feed.items[titles.index("Mining firm Greystone & Partners buys rival for $410m")]
    assert any("Coldwater Minerals" in p for p in deal.paragraphs)


@pytest.mark.parametrize(
    "name", ["charset_declared_latin1_is_utf8.xml", "charset_declared_utf8_is_cp1252.xml"]
)
def test_wrong_declared_charset_reads_right(name: str) -> None:
    feed = parse(fixture(name), BASE + name)
    assert feed.title == "Café Économie"
    assert feed.items[0].title == "Crème fraîche makers face a 12% rise in dairy costs — again"
    assert "crème fraîche" in feed.items[0].paragraphs[0]


def test_billion_laughs_is_refused_in_bounded_memory() -> None:
    tracemalloc.start()
    try:
        with pytest.raises(FeedError, match="entities"):
            parse(fixture("billion_laughs.xml"), BASE + "lol")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # expanded, &lol9; alone would be 3 GB


def test_feedparser_alone_does_not_expand_entities() -> None:
    """The second line of defence: even unguarded, feedparser neutralises the DOCTYPE."""
    import feedparser

    data = feedparser.parse(fixture("billion_laughs.xml"))
    assert len(data.feed.get("title", "")) < 100
    xxe = feedparser.parse(fixture("external_entity.xml"))
    try:
        with open("/etc/hostname", encoding="utf-8", errors="replace") as fh:
            secret = fh.read().strip()
    except OSError:
        secret = ""
    text = str(xxe.entries[0].get("title", "")) + str(xxe.entries[0].get("summary", ""))
    assert not secret or secret not in text


def test_external_entity_is_refused() -> None:
    with pytest.raises(FeedError, match="entities"):
        parse(fixture("external_entity.xml"), BASE + "xxe")


def test_html_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match="not an RSS"):
        parse(fixture("article_tram.html"), BASE + "page")


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("rss2_content.xml", "application/rss+xml"),
        ("rss2_teaser.xml", "application/rss+xml"),
        ("atom_xhtml.xml", "application/atom+xml"),
        ("feed.json", "application/feed+json"),
        ("podcast.xml", "application/rss+xml"),
        ("malformed.xml", "application/xml"),  # feedparser's loose parse
        ("tricky_text.xml", "application/xml"),
    ],
)
def test_items_already_seen_are_left_out_before_their_text_is_read(
    name: str, content_type: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.sources.feeds as feeds
    import reader.sources.html

    whole = parse(fixture(name), BASE + "x", content_type).items
    assert len(whole) >= 2
    seen = frozenset(item.key for item in whole[1:])
    read: list[str] = []
    real = reader.sources.html.fragment_paragraphs

    def counted(fragment: str) -> list[str]:
        read.append(fragment)
        return real(fragment)

    monkeypatch.setattr(feeds, "fragment_paragraphs", counted)
    left = parse(fixture(name), BASE + "x", content_type, seen).items
    # an item without id, guid or link has a hash of its text for a key: read to know it
    hashed = [item for item in whole if item.key.startswith("sha1:")]
    assert left == [item for item in whole if item.key not in seen or item in hashed]
    assert [item for item in left if item not in hashed] == whole[:1]
    assert len(read) <= 2 * (1 + len(hashed))  # those items' texts (and titles with markup)
    assert parse(fixture(name), BASE + "x", content_type, frozenset()).items == whole
