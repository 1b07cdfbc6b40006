"""Pilot tests of the list's filters (d, f), refreshing the feeds (u) and opening a link (o).

Feeds come from pytest-httpserver on localhost, as in the feeds tests; nothing else is
fetched. The browser is a stand-in that records what it was asked to open.
"""

from __future__ import annotations

import webbrowser
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from textual.pilot import Pilot
from textual.widgets import OptionList

from reader.library import feeds as feed_table
from reader.library.store import Library
from reader.tui.app import ReaderApp
from reader.tui.screens import ChoiceScreen
from reader.tui.story_view import meta_line
from tests.reader.sources.conftest import fixture
from tests.reader.tui.helpers import make_app, notices, settings_from, settle

KESTREL = "Kestrel Shipping lifts annual guidance after record container volumes"
FEED_TITLE = "Harbour Ledger — Business"


def _date(library: Library, title_part: str, date: str) -> None:
    library._conn.execute(
        "UPDATE stories SET date = ?, data = json_set(data, '$.date', ?) WHERE title LIKE ?",
        (date, date, f"%{title_part}%"),
    )


def _titles(app: ReaderApp) -> list[str]:
    return [r.title for r in app.story_list.rows]


async def _pick(pilot: Pilot[None], key: str) -> None:
    """In the open picker, move to the choice ``key`` with the picker's keys and take it."""
    screen = pilot.app.screen
    assert isinstance(screen, ChoiceScreen)
    start = screen.highlighted()
    keys = screen._keys
    steps = keys.index(key) - keys.index(start) if start in keys else keys.index(key) + 1
    for _ in range(abs(steps)):
        await pilot.press("j" if steps > 0 else "k")
    assert screen.highlighted() == key
    await pilot.press("enter")
    await settle(pilot)


def _feed(httpserver: HTTPServer, library: Library, name: str = "rss2_content.xml") -> str:
    httpserver.expect_request("/rss").respond_with_data(
        fixture(name), content_type="application/rss+xml"
    )
    url = httpserver.url_for("/rss")
    feed_table.add(library, [url])
    return url


async def test_date_filter_picks_a_day_then_all(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        _date(library, "Harbour Freight", "2026-11-20T08:00")
        _date(library, "Orchestra", "2026-11-23T09:00")
        _date(library, "Northgate", "2026-11-23T10:30")
        await pilot.press("d")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ChoiceScreen) and screen.highlighted() == "all"
        labels = [str(o.prompt) for o in screen.query_one(OptionList).options]
        assert labels[0] == "All dates (3)" and "2026-11-23 (2)" in labels
        await _pick(pilot, "2026-11-23")
        assert not isinstance(app.screen, ChoiceScreen)
        assert _titles(app) == [
            "City Orchestra Commissions New Symphonies",
            "Northgate Terminal Expansion Approved",
        ]
        assert "2026-11-23" in str(app.sub_title) and "2 stories" in str(app.sub_title)
        line = app.story_list.render_line(1).text  # the first row's second line
        assert "2026-11-23 09:00 · orchestra.txt:1-5" in line
        assert app.story_view.story.title.startswith("City Orchestra")  # type: ignore[union-attr]
        await pilot.press("d")
        await settle(pilot)
        assert app.screen.highlighted() == "2026-11-23"  # type: ignore[attr-defined]
        await _pick(pilot, "all")
        assert len(_titles(app)) == 3


async def test_last_24_hours_with_nothing_recent_shows_all_with_a_notice(
    articles: list[str], library: Library
) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        for part in ("Harbour Freight", "Orchestra", "Northgate"):
            _date(library, part, "2020-01-02T08:00")
        await pilot.press("d")
        await settle(pilot)
        await _pick(pilot, "24h")
        assert len(_titles(app)) == 3
        assert "No stories dated last 24 hours; showing all 3" in notices(app, "warning")
        _date(library, "Orchestra", "2099-01-01T08:00")  # (after now: "since" keeps it)
        await pilot.press("d")
        await settle(pilot)
        await _pick(pilot, "24h")
        assert _titles(app) == ["City Orchestra Commissions New Symphonies"]


async def test_the_filter_keys_are_remappable(
    articles: list[str], library: Library, tmp_path: Path
) -> None:
    settings = settings_from('[keys]\ndate_filter = "D"\nsource_filter = "F"\n', tmp_path)
    app = make_app(articles, library, settings=settings)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceScreen)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen) and app.screen.highlighted() == "all"


async def test_refresh_key_brings_new_unread_stories_and_keeps_the_cursor(
    articles: list[str], library: Library, httpserver: HTTPServer
) -> None:
    _feed(httpserver, library)
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("j")
        here = app.story_list.current
        assert here is not None and len(_titles(app)) == 3
        titles: list[str] = []
        app.watch(app, "sub_title", lambda title: titles.append(str(title)), init=False)
        await pilot.press("u")
        await settle(pilot)
        assert titles == ["Refreshing feeds…", "Refreshing feeds: 1 of 1", "6 stories"]
        assert "1 of 1 feeds refreshed: 3 new stories" in notices(app)
        assert len(_titles(app)) == 6 and KESTREL in _titles(app)
        assert app.story_list.current is not None and app.story_list.current.id == here.id
        assert str(app.sub_title) == "6 stories"
        new = [r for r in app.story_list.rows if r.id in app.new_ids]
        assert len(new) == 3 and all(not r.read and r.site == FEED_TITLE for r in new)
        assert all(library.state(r.id) == (False, False) for r in new)
        index = app.story_list.rows.index(new[0])
        app.story_list.move_to(index)
        await settle(pilot)
        y = index * 2 - int(app.story_list.scroll_offset.y)
        assert app.story_list.render_line(y).text.startswith("✦   " + new[0].title)
        assert app.story_list.render_line(y + 1).text.strip().startswith("2026-11-2")
        assert FEED_TITLE in app.story_list.render_line(y + 1).text
        await pilot.press("enter")  # opened: read, no longer marked
        await settle(pilot)
        assert library.state(new[0].id)[0] is True
        await pilot.press("escape")  # back to the list (one pane at a time at 80 columns)
        assert app.story_list.render_line(y).text.startswith("    " + new[0].title)
        await pilot.press("u")
        await settle(pilot)
        assert "1 of 1 feeds refreshed: 0 new stories" in notices(app)
        assert len(_titles(app)) == 6


async def test_refresh_failures_are_one_notice_and_the_reader_goes_on(
    articles: list[str], library: Library, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/gone").respond_with_data("", status=500)
    feed_table.add(library, [httpserver.url_for("/gone")])
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        warned = notices(app, "warning")
        assert len(warned) == 1 and warned[0].startswith("0 of 1 feeds refreshed: 0 new stories;")
        assert "failed: http://localhost" in warned[0] and "500" in warned[0]

        import reader.desk

        def broken(*args: object, **kw: object) -> None:
            raise OSError("disk on fire")

        monkeypatch.setattr(reader.desk, "refresh_feeds", broken)
        await pilot.press("u")
        await settle(pilot, failures_ok=True)
        assert notices(app, "error") == ["refresh failed: OSError: disk on fire"]
        assert str(app.sub_title) == "3 stories" and len(_titles(app)) == 3
        monkeypatch.undo()  # the real refresh again, offline: the network is never touched
        monkeypatch.setenv("NEWSDESK_OFFLINE", "1")
        await pilot.press("u")
        await settle(pilot)
        assert "Offline: 1 feed(s) not fetched" in notices(app)


async def test_source_filter_lists_feeds_and_files_as_text(
    articles: list[str], library: Library, httpserver: HTTPServer
) -> None:
    body = fixture("rss2_content.xml").replace(
        FEED_TITLE.encode(), b"[bold red]Ledger[/] \x1b[2J news"
    )
    httpserver.expect_request("/rss").respond_with_data(body, content_type="application/rss+xml")
    feed_table.add(library, [httpserver.url_for("/rss")])
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ChoiceScreen)
        labels = [str(o.prompt) for o in screen.query_one(OptionList).options]
        site = next(label for label in labels if "Ledger" in label)
        assert labels[0] == "All sources (6)" and "harbour.txt (1)" in labels
        assert site.startswith("[bold red]Ledger[/]") and "\x1b" not in site  # text, not markup
        key = screen._keys[labels.index(site)]
        await _pick(pilot, key)
        assert len(_titles(app)) == 3 and KESTREL in _titles(app)
        line = app.story_list.render_line(1).text
        assert "[bold red]Ledger[/]" in line and "\x1b" not in line
        assert all(r.site.startswith("[bold red]Ledger") for r in app.story_list.rows)
        await pilot.press("f")
        await settle(pilot)
        await _pick(pilot, "all")
        assert len(_titles(app)) == 6


class FakeBrowser(webbrowser.BaseBrowser):
    def __init__(self) -> None:
        super().__init__("fake")
        self.opened: list[str] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        return True


class FakeLynx(webbrowser.GenericBrowser):
    def __init__(self) -> None:
        super().__init__("lynx")
        self.opened: list[str] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        return True


async def test_open_link_opens_feed_stories_only_over_http(
    articles: list[str], library: Library, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = FakeBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda using=None: browser)
    _feed(httpserver, library)
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("o")  # a story read from a file
        await settle(pilot)
        assert browser.opened == []
        assert "This story has no web link (it was read from a file)" in notices(app)
        await pilot.press("u")
        await settle(pilot)
        index = _titles(app).index(KESTREL)
        app.story_list.move_to(index)
        await settle(pilot)
        meta = meta_line(app.story_view.story)  # type: ignore[arg-type]
        assert meta.startswith(FEED_TITLE + " · Mara Lindqvist · 2026-11-23 ")
        assert meta.endswith(" · https://harbour-ledger.example/business/kestrel-guidance")
        await pilot.press("o")
        await settle(pilot)
        assert browser.opened == ["https://harbour-ledger.example/business/kestrel-guidance"]
        assert any(n.startswith("Opened in the browser: https://") for n in notices(app))
        # a text-mode browser would take over the terminal: never started behind the reader
        lynx = FakeLynx()
        monkeypatch.setattr(webbrowser, "get", lambda using=None: lynx)
        await pilot.press("o")
        await settle(pilot)
        assert lynx.opened == []  # the headless test terminal cannot be handed over
        assert notices(app, "warning")[-1].startswith("No web browser could open the link")


async def test_no_browser_at_all_is_a_notice(
    articles: list[str], library: Library, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def none(using: object = None) -> webbrowser.BaseBrowser:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", none)
    _feed(httpserver, library)
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        app.story_list.move_to(_titles(app).index(KESTREL))
        await pilot.press("o")
        await settle(pilot)
        assert notices(app, "warning") == [
            "No web browser could open the link:"
            " https://harbour-ledger.example/business/kestrel-guidance"
        ]


async def test_filters_and_refresh_wait_for_the_first_load(
    articles: list[str], library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import reader.tui.workers as workers

    go = threading.Event()
    real = workers.load_stories

    def slow(*args: Any, **kw: Any) -> Any:
        go.wait(10)
        return real(*args, **kw)

    monkeypatch.setattr(workers, "load_stories", slow)
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await pilot.pause()
        for key in ("d", "f", "u"):
            await pilot.press(key)
        await pilot.pause()
        assert not isinstance(app.screen, ChoiceScreen) and not app.refreshing
        assert notices(app) == ["Still loading the stories: try again when they are in"] * 3
        go.set()
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
