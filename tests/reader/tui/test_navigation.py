"""The reader's movement (reader/tui/navigation.py): the list's cursor keys, opening a story
(which marks it read), switching panes, next/previous unread, and one pane at a time on a
narrow screen."""

from __future__ import annotations

from reader.library.store import Library
from tests.reader.tui.helpers import make_app, settle


async def test_movement_keys(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        lst = app.story_list
        await pilot.press("j")
        assert lst.cursor == 1
        await pilot.press("down")
        assert lst.cursor == 2
        await pilot.press("k")
        assert lst.cursor == 1
        await pilot.press("up")
        assert lst.cursor == 0
        await pilot.press("G")
        assert lst.cursor == 2
        await pilot.press("g")
        assert lst.cursor == 0
        await settle(pilot)
        assert app.story_view.story.id == lst.rows[0].id  # type: ignore[union-attr]


async def test_open_marks_read_and_tab_switches_pane(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        row = app.story_list.current
        assert row is not None and not row.read
        await pilot.press("enter")
        assert app.story_view.has_focus
        assert library.state(row.id)[0] is True and app.story_list.rows[0].read
        await pilot.press("tab")
        assert app.story_list.has_focus
        await pilot.press("r")
        assert library.state(row.id)[0] is False
        await pilot.press("n")  # next unread
        assert app.story_list.cursor == 1 and library.state(app.story_list.rows[1].id)[0]
        await pilot.press("N")  # previous unread: the first, unread again
        assert app.story_list.cursor == 0


async def test_narrow_screen_shows_one_pane(articles: list[str], library: Library) -> None:
    app = make_app(articles, library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.narrow
        assert app.story_list.display and app.story_list.size.width >= 78
        assert app.story_view.size.width == 0  # hidden
        await pilot.press("enter")
        await pilot.pause()
        assert not app.story_list.region.width and app.story_view.size.width >= 76
        assert app.story_view.has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert app.story_list.has_focus and app.story_list.size.width >= 78
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert not app.narrow and app.story_list.size.width and app.story_view.size.width
