"""Issue 11 item 19: small terminals. One pane below 90 columns, figures never cut, the footer
keeps help and quit, headings wrap, a line range never splits."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from textual.widgets._footer import FooterKey

from reader.library.store import Library
from reader.tui.story_view import FiguresTable, MetaLine
from tests.reader.tui.helpers import make_app, settle

ROWS = [
    ("₩345.1T", "market cap", "Samsung Electronics", ""),
    ("50%", "shares", "SK Hynix", "▲ 50% so far this year"),
    ("$1,234.5M", "revenue", "Counterpoint Research", "▼ 3% year on year"),
]


def render(renderable: object, width: int) -> list[str]:
    console = Console(width=width, force_terminal=False, color_system=None)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get().splitlines()


def test_figures_are_never_cut_at_any_width() -> None:
    for width in range(12, 100):
        lines = render(FiguresTable(ROWS), width)
        assert all(len(line.rstrip()) <= width for line in lines)
        for figure, *_ in ROWS:
            assert any(figure in line for line in lines), (width, figure)
        assert "…" not in "".join(lines)


def test_columns_step_aside_by_priority() -> None:
    table = FiguresTable(ROWS)
    assert sorted(table.widths(100)) == [0, 1, 2, 3]
    assert sorted(table.widths(39)) == [0, 1, 3]  # the subject goes first
    assert sorted(table.widths(22)) == [0, 1]  # then the change
    assert sorted(table.widths(9)) == [0]  # the figure stays


def test_a_line_range_never_splits(articles: list[str], library: Library) -> None:
    from reader.pipeline import Document, split_document

    long_name = "/x/" + "0123456789abcdef" * 3 + ".txt"
    lines_in = Path(articles[0]).read_text(encoding="utf-8").splitlines()
    story = split_document(Document(long_name, lines_in, ""))[0]
    for width in range(14, 60):
        text = "\n".join(render(MetaLine(story), width))
        lines = f":{story.sources[0].first_line}-{story.sources[0].last_line}"
        assert lines in text, (width, text)


async def test_footer_keeps_help_and_quit_at_40_columns(
    articles: list[str], library: Library
) -> None:
    app = make_app(articles, library)
    async with app.run_test(size=(40, 10)) as pilot:
        await settle(pilot)
        keys = [k for k in app.screen.query(FooterKey) if "-command-palette" not in k.classes]
        assert [k.action for k in keys[:2]] == ["help", "quit"]
        for key in keys[:2]:
            assert key.region.right <= 40 - 12  # left of the palette key, on screen


async def test_briefing_headings_wrap_on_a_small_screen(
    articles: list[str], library: Library
) -> None:
    from textual.widgets._markdown import MarkdownHeader

    app = make_app(articles, library)
    async with app.run_test(size=(40, 10)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        box = app.screen.query_one("#briefing-md")
        for heading in app.screen.query(MarkdownHeader):
            assert heading.size.width <= box.size.width
            text = heading.render()
            assert str(text).strip()  # drawn whole: wrapped to its height, not cut
            assert heading.size.height >= len(str(text)) // max(1, heading.size.width)
