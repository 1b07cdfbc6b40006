"""The story list is one widget however long the library: 10,000 rows stay responsive."""

from __future__ import annotations

import types

from rich.cells import cell_len
from textual.app import App, ComposeResult

from reader.library.queries import StoryRow
from reader.tui.story_list import StoryList


def rows(n: int) -> list[StoryRow]:
    return [
        StoryRow(
            f"id{i}",
            f"Story number {i} about port cranes",
            i % 3 == 0,
            "news.txt",
            i * 10 + 1,
            i * 10 + 9,
            300,
            i % 2 == 0,
            i % 7 == 0,
            f"{i}%",
        )
        for i in range(n)
    ]


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield StoryList(id="list")


async def test_ten_thousand_rows_one_widget_and_fast_moves() -> None:
    """The work is bounded by the screen, not the list: rows drawn are counted (no timing)."""
    drawn: list[str] = []
    original = StoryList._render_row

    def counting(self: StoryList, row: StoryRow, width: int, is_cursor: bool) -> object:
        drawn.append(row.id)
        return original(self, row, width, is_cursor)

    app = ListApp()
    async with app.run_test(size=(80, 24)) as pilot:
        story_list = app.query_one(StoryList)
        story_list._render_row = types.MethodType(counting, story_list)  # type: ignore[method-assign]
        story_list.set_rows(rows(10_000))
        await pilot.pause()
        assert len(story_list.children) == 0  # no widget per story
        assert story_list.virtual_size.height == 20_000  # two lines a story
        on_screen = 24 // 2
        assert 0 < len(drawn) <= 3 * on_screen  # a screenful, not 10,000 rows
        story_list.focus()
        drawn.clear()
        await pilot.press("end")
        await pilot.pause()
        assert story_list.current is not None and story_list.current.id == "id9999"
        await pilot.press("pageup", "up", "up")
        await pilot.pause()
        await pilot.press("home")
        await pilot.pause()
        assert story_list.current is not None and story_list.current.id == "id0"
        assert len(drawn) <= 12 * on_screen  # a few screenfuls for four jumps


async def test_patch_and_keep_cursor_on_reload() -> None:
    app = ListApp()
    async with app.run_test(size=(80, 24)) as pilot:
        story_list = app.query_one(StoryList)
        story_list.set_rows(rows(50))
        story_list.move_to(10)
        await pilot.pause()
        assert story_list.patch("id10", starred=True) is not None
        assert story_list.rows[10].starred
        reordered = list(reversed(rows(50)))
        story_list.set_rows(reordered, keep_id="id10")
        assert story_list.current is not None and story_list.current.id == "id10"


def test_squeeze_cuts_a_long_name_in_the_middle() -> None:
    from reader.tui.story_list import squeeze

    assert squeeze("short.txt", 20) == "short.txt"
    name = "000_42667398cd2ee326.txt"
    for room in range(7, len(name)):
        got = squeeze(name, room)
        assert len(got) == room and got.startswith("000") and got.endswith("txt") and "…" in got
    assert squeeze(name, 2) == "0…"
    assert cell_len(squeeze("東京証券取引所の決算発表まとめ.txt", 12)) <= 12
