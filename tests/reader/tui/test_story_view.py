"""The story view's parts are made after the first frame; what was shown before is kept."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

from reader.tui.story_view import PARTS, StoryView


class ViewApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.parts_at_mount = -1

    def compose(self) -> ComposeResult:
        yield StoryView(id="view")

    def on_mount(self) -> None:
        view = self.query_one(StoryView)
        self.parts_at_mount = len(view.query(Static))
        view.show_loading("Loading: 1 of 3 files read")  # before the parts exist


async def test_parts_come_after_the_first_frame_with_what_was_shown() -> None:
    app = ViewApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = app.query_one(StoryView)
        assert app.parts_at_mount == 0  # the first frame styles and draws none of them
        assert [w.id for w in view.query(Static)] == list(PARTS)
        headline = str(view.query_one("#headline", Static).render())
        assert headline == "Loading: 1 of 3 files read"
        assert str(view.query_one("#body", Static).render()) == ""


def test_a_percent_that_is_the_change_is_not_repeated_in_the_change_column() -> None:
    from reader.model import Change, Figure, Source, Story
    from reader.tui.story_view import figure_rows

    growth = "Kestrel posted 9% year-on-year revenue growth, and sales rose 4% to $31 billion."
    figures = [
        Figure(
            "9%", "percent", 9.0, None, metric="revenue", subject="Kestrel",
            change=Change("up", "9%", "year-on-year"), sentence=growth, sentence_index=0,
        ),
        Figure(
            "$31 billion", "money", 31e9, "USD", metric="sales", subject="Kestrel",
            change=Change("up", "4%", None), sentence=growth, sentence_index=0,
        ),
    ]  # fmt: skip
    story = Story(
        "s1", "Kestrel results", False, [Source("k.txt", 1, 2)], [growth], figures=figures
    )
    changes = {row[0]: row[3] for row in figure_rows(story)}
    assert changes["9%"] == "▲ year-on-year"  # not "▲ 9% year-on-year" beside 9%
    assert changes["$31B"] == "▲ 4%"


def test_a_tables_rows_stand_one_under_the_other() -> None:
    from reader.model import Source, Story

    paragraphs = [
        "Harbour Mills said sales rose in every division.",
        "Division      2026      2025",
        "Flour         £182.4m   £170.9m",
        "Bakery        £64.0m    £61.2m",
        "The company expects to open a new mill next year.",
    ]
    story = Story("s1", "Harbour Mills results", False, [Source("h.txt", 1, 9)], paragraphs)
    body = StoryView()._body(story).plain
    assert "2025\nFlour" in body and "£170.9m\nBakery" in body  # no blank line inside it
    assert "division.\n\nDivision" in body and "£61.2m\n\nThe company" in body


def test_the_standfirst_is_shown_first_and_set_apart() -> None:
    from reader.model import Source, Story

    story = Story(
        "s1",
        "Orchard Foods cuts jobs",
        False,
        [Source("o.txt", 1, 9)],
        ["Revenue fell 7% to £1.18bn.", "The union said it would fight the closure."],
        standfirst="Orchard Foods will cut 1,200 jobs and close its factory in Wisbech.",
    )
    body = StoryView()._body(story)
    assert body.plain.startswith("Orchard Foods will cut 1,200 jobs")
    assert body.plain.index("Wisbech.") < body.plain.index("Revenue fell")
    assert any("italic" in str(span.style) for span in body.spans)


def test_a_change_written_in_words_is_shown_as_a_percentage_in_the_narrow_column() -> None:
    from reader.model import Change, Figure, Source, Story
    from reader.tui.story_view import figure_rows

    text = "Revenue rose 14 per cent to NZ$83.2 million, and profit 4.5pc to NZ$9.6 million."
    figures = [
        Figure(
            "NZ$83.2 million", "money", 83.2e6, "NZD", metric="revenue", subject="Aroha",
            change=Change("up", "14 per cent", None), sentence=text, sentence_index=0,
        ),
        Figure(
            "NZ$9.6 million", "money", 9.6e6, "NZD", metric="net profit", subject="Aroha",
            change=Change("down", "4.5pc", None), sentence=text, sentence_index=0,
        ),
    ]  # fmt: skip
    story = Story("s1", "Aroha results", False, [Source("a.txt", 1, 2)], [text], figures=figures)
    changes = {row[1]: row[3] for row in figure_rows(story)}
    assert changes["revenue"] == "▲ 14%"
    assert changes["net profit"] == "▼ 4.5%"
