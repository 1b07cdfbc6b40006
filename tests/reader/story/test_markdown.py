"""Markdown's inline marks read as text: links as their words, images as nothing."""

from __future__ import annotations

from pathlib import Path

from reader.pipeline import Problem, read_document, split_document
from reader.story.markdown import plain_markdown


def test_links_images_emphasis_and_code_read_as_text() -> None:
    lines = [
        "Prices rose, according to [a survey by the retail body](https://ex.example/a_(b)).",
        "![Cover photo](https://ex.example/cover.jpg)",
        "Shop price inflation rose to **4.3%** in November, *the highest* since `2023`.",
        "[1]: https://ex.example/notes",
        "See [the full table][1] and <https://ex.example/t>.",
        "> \u201cWe are cautious,\u201d she said.",
    ]
    assert plain_markdown(lines) == [
        "Prices rose, according to a survey by the retail body.",
        "",
        "Shop price inflation rose to 4.3% in November, the highest since 2023.",
        "",
        "See the full table and https://ex.example/t.",
        "\u201cWe are cautious,\u201d she said.",
    ]


def test_plain_text_is_left_as_it_is() -> None:
    lines = [
        "* Sales rose 5% to £3m",
        "The index fell 2 * 3 points [sic] on Monday (a record).",
        "Terms*apply and 5*3=15",
        "",
    ]
    assert plain_markdown(lines) == lines


def test_a_markdown_file_keeps_no_marks_in_its_stories(tmp_path: Path) -> None:
    path = tmp_path / "ledger.md"
    path.write_text(
        "## Chipmaker lifts forecast\n\n"
        "Arden Semiconductor raised its full-year revenue forecast to **$2.4 billion**, from "
        "$2.2 billion, after orders from [data-centre customers](https://ex.example/dc) "
        "surged, the company said on Thursday.\n\n"
        "![Chart](https://ex.example/chart.png)\n\n"
        "The company's shares jumped 11% in after-hours trading, and analysts at two banks "
        "raised their price targets.\n",
        encoding="utf-8",
    )
    doc = read_document(str(path))
    assert not isinstance(doc, Problem)
    (story,) = split_document(doc)
    text = story.text
    assert "data-centre customers surged" in text and "$2.4 billion," in text
    assert "](" not in text and "**" not in text and "Chart" not in text


def test_a_markdown_newsletters_two_items_are_two_stories(tmp_path: Path) -> None:
    path = tmp_path / "ledger.md"
    path.write_text(
        "# The Harbour Letter\n\n*Issue 41 · 14 November 2026*\n\n"
        "## Port traffic hits a record\n\n"
        "Container volumes through Kestwick port rose 9% in October to a record 212,000 boxes, "
        "the port authority said, as two new shipping lines began weekly calls.\n\n"
        "Bulk cargo fell slightly.\n\n"
        "## Council backs new cycle bridge\n\n"
        "Councillors in Marrow Vale approved a £14m cycle and foot bridge over the river on "
        "Tuesday, ending a decade of argument. [Read the full story →](https://ex.example/b)\n\n"
        "Work starts in spring.\n",
        encoding="utf-8",
    )
    doc = read_document(str(path))
    assert not isinstance(doc, Problem)
    titles = [s.title for s in split_document(doc)]
    assert titles == ["Port traffic hits a record", "Council backs new cycle bridge"]


def test_a_text_browsers_link_numbers_are_taken_out_of_the_words() -> None:
    from reader.story.markdown import drop_link_numbers

    lines = [
        "The [12]Bureau of Meteorology said Smithton recorded 134mm.",
        "[31]Share this article",
        "Wikipedia cites it after the word, as in 1998.[12] Then more.",
        "A list [1] with a spaced number stays.",
    ]
    assert drop_link_numbers(lines) == [
        "The Bureau of Meteorology said Smithton recorded 134mm.",
        "Share this article",
        *lines[2:],
    ]
