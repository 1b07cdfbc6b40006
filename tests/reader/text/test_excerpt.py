"""Bounded copies of unbounded text: titles and figure sentences."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.text.excerpt import ELLIPSIS, MAX_SENTENCE_CHARS, MAX_TITLE_CHARS, clip, window


def test_clip_keeps_short_text_and_cuts_long_text_at_a_word() -> None:
    assert clip("Acme buys Globex", 200) == "Acme buys Globex"
    cut = clip("word " * 1_000, 200)
    assert len(cut) <= 200 and cut.endswith(ELLIPSIS) and not cut[:-1].endswith(" ")
    assert clip("x" * 10_000, 50) == "x" * 49 + ELLIPSIS


def test_window_is_bounded_and_holds_the_figure() -> None:
    text = "a " * 50_000 + "revenue rose 5%" + " b" * 50_000
    at = text.index("5%")
    got = window(text, at, at + 2)
    assert "revenue rose 5%" in got and len(got) < 600
    assert got.startswith(ELLIPSIS) and got.endswith(ELLIPSIS)
    short = "Revenue rose 5% to $2 billion."
    assert window(short, 13, 15) == short
    assert len(window("9" * MAX_SENTENCE_CHARS * 3, 0, 1)) < MAX_SENTENCE_CHARS


def test_a_huge_headline_is_a_bounded_title() -> None:
    body = (
        "Lakeside Motors said on Wednesday that quarterly revenue rose 8% to $1.9 billion as "
        "demand for its compact trucks held up."
    )
    for first in ("Headline " + "word " * 40_000, "X" * 200_000 + " rose"):
        stories = split_document(Document("big.txt", [first, "", body, "", body + " Again."], ""))
        assert stories
        assert all(len(s.title) <= MAX_TITLE_CHARS for s in stories)


def test_a_summary_point_of_one_huge_line_is_cut_the_text_kept_whole() -> None:
    from reader.enrich import enrich
    from reader.model import Source, Story
    from reader.text.excerpt import MAX_SUMMARY_SENTENCE_CHARS

    line = "Revenue rose 5% to $3 billion and " * 20_000  # 680,000 characters, no full stop
    story = Story("x", "Results", False, [Source("f.txt", 1, 1)], [line])
    enrich(story)
    assert story.summary and all(len(s) <= MAX_SUMMARY_SENTENCE_CHARS for s in story.summary)
    assert story.paragraphs == [line]
