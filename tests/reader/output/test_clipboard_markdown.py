"""Clipboard texts: Markdown summary and figures, escaped, with the source."""

from __future__ import annotations

from markdown_it import MarkdownIt

from reader.model import Change, Figure, Source, Story
from reader.output.clipboard_markdown import figures_markdown, summary_markdown


def story() -> Story:
    fig = Figure(
        surface="$2.4 billion", kind="money", value=2.4e9, unit="USD", metric="revenue",
        subject="Harbour Freight", change=Change("up", "12%", "year-over-year"),
        sentence="Revenue rose 12% to $2.4 billion.", sentence_index=0,
    )  # fmt: skip
    return Story(
        id="x",
        title="# Harbour [Freight] <b>Record</b>",
        title_generated=False,
        sources=[Source("/data/a.txt", 3, 9), Source("/data/b.txt", 1, 7)],
        paragraphs=["Revenue rose 12% to $2.4 billion.", "More text."],
        summary=["Revenue rose 12% to $2.4 billion.", "* not a list \x1b[2J"],
        figures=[fig],
    )


def test_summary_markdown_structure_and_escaping() -> None:
    text = summary_markdown(story())
    tokens = MarkdownIt("commonmark").parse(text)
    kinds = [t.type for t in tokens]
    assert kinds.count("heading_open") == 1 and kinds.count("list_item_open") == 2
    assert "html_inline" not in {c.type for t in tokens for c in t.children or []}
    assert "\x1b" not in text
    assert "$2.4B revenue, +12% YoY (Harbour Freight)" in text
    # file names are domain-shaped for linkify ("notes.md" is Moldova): their dots escaped
    assert "a\\.txt, lines 3-9 (also in b\\.txt:1)" in text


def test_figures_markdown_points_to_sentences() -> None:
    text = figures_markdown(story())
    assert "$2.4B revenue" in text and "“Revenue rose 12% to $2.4 billion.”" in text
    empty = story()
    empty.figures = []
    assert "(no figures found)" in figures_markdown(empty)
