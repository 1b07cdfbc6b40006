"""The reader's list filters (by date with the briefing's selection, by source) and links."""

from __future__ import annotations

import datetime as dt

from reader.library.queries import StoryRow
from reader.listing import ALL, ListFilter, apply, date_choices, source_choices, story_link
from reader.model import Source, Story

NOW = dt.datetime(2026, 11, 23, 12, 0)


def _row(sid: str, date: str, path: str = "/news/a.txt", site: str = "") -> StoryRow:
    return StoryRow(sid, sid, False, path, 1, 9, 100, False, False, None, date, site)


ROWS = [
    _row("old", "2026-11-01T09:00"),
    _row("eve", "2026-11-22T20:00", site="Harbour Ledger"),
    _row("new", "2026-11-23T08:00", path="/news/b.txt"),
    _row("feed", "2026-11-23T09:30", path="https://example.com/x", site="Harbour Ledger"),
    _row("undated", ""),
]


def _ids(rows: list[StoryRow]) -> list[str]:
    return [r.id for r in rows]


def test_a_day_and_the_last_24_hours_select_like_the_briefing() -> None:
    day = ListFilter().with_date("2026-11-23", NOW)
    assert _ids(apply(ROWS, day)[0]) == ["new", "feed"] and day.label == "2026-11-23"
    last = ListFilter().with_date("24h", NOW)
    assert last.since == "2026-11-22T12:00" and last.label == "last 24 hours"
    assert _ids(apply(ROWS, last)[0]) == ["eve", "new", "feed"]
    assert apply(ROWS, last.with_date(ALL, NOW)) == (ROWS, None)


def test_nothing_dated_then_shows_everything_with_a_notice() -> None:
    view = ListFilter().with_date("7d", dt.datetime(2030, 1, 1))
    rows, notice = apply(ROWS, view)
    assert rows == ROWS and notice == "No stories dated last 7 days; showing all 5"


def test_source_is_the_feed_or_site_else_the_file_name_and_filters_with_dates() -> None:
    assert [r.source for r in ROWS] == [
        "a.txt",
        "Harbour Ledger",
        "b.txt",
        "Harbour Ledger",
        "a.txt",
    ]
    assert source_choices(ROWS) == [("a.txt", 2), ("Harbour Ledger", 2), ("b.txt", 1)]
    view = ListFilter().with_source("Harbour Ledger")
    assert _ids(apply(ROWS, view)[0]) == ["eve", "feed"]
    both = view.with_date("2026-11-23", NOW)
    assert _ids(apply(ROWS, both)[0]) == ["feed"] and both.label == "2026-11-23 · Harbour Ledger"


def test_date_choices_count_each_span_and_day_newest_first() -> None:
    choices = date_choices(ROWS, NOW)
    assert choices == [
        (ALL, "All dates (5)"),
        ("24h", "Last 24 hours (3)"),
        ("7d", "Last 7 days (3)"),
        ("2026-11-23", "2026-11-23 (2)"),
        ("2026-11-22", "2026-11-22 (1)"),
        ("2026-11-01", "2026-11-01 (1)"),
    ]


def _story(url: str | None, path: str = "/news/a.txt") -> Story:
    return Story("s", "t", False, [Source(path, 1, 2)], ["x"], url=url)


def test_only_http_links_are_opened() -> None:
    assert story_link(_story("https://example.com/a?b=1")) == "https://example.com/a?b=1"
    assert (
        story_link(_story(None, "http://example.com/feed-item")) == "http://example.com/feed-item"
    )
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://",
        "https://example.com/a b",
        "https://example.com/\x1b]52;c;x\x07",
        "https://example.com/\u0085",
    ):
        assert story_link(_story(bad)) is None, bad
    assert story_link(_story(None)) is None  # a story from a file has no link
