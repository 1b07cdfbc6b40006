"""Blank lines between paragraphs: what is left of the line span once head and trail are out."""

from __future__ import annotations

from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph, blank_lines_between, join_wrapped, longest_blank_run


def test_blank_lines_are_the_gap_less_head_and_trail() -> None:
    before = Paragraph("First paragraph.", 1, 2)
    assert blank_lines_between(before, Paragraph("Next.", 3, 3)) == 0
    assert blank_lines_between(before, Paragraph("Next.", 4, 4)) == 1
    # line 3 blank, line 4 a headline in the head, line 5 blank
    head = [Line(text="A headline", no=4, kind="title")]
    assert blank_lines_between(before, Paragraph("Next.", 6, 6, head)) == 2
    before.trail.append(Line(text="Read more", no=3, kind="promo"))
    assert blank_lines_between(before, Paragraph("Next.", 4, 4)) == 0


def test_longest_blank_run_is_split_by_head_and_trail_lines() -> None:
    before = Paragraph("First paragraph.", 1, 2)
    assert longest_blank_run(before, Paragraph("Next.", 3, 3)) == 0
    assert longest_blank_run(before, Paragraph("Next.", 5, 5)) == 2
    # a heading with a blank line on each side: two runs of one, not a run of two
    head = [Line(text="What the council says", no=4, kind="heading")]
    assert longest_blank_run(before, Paragraph("Next.", 6, 6, head)) == 1
    before.trail.append(Line(text="Read more", no=3, kind="promo"))
    assert longest_blank_run(before, Paragraph("Next.", 7, 7)) == 3


def test_a_word_wrapped_at_a_hyphen_is_mended_and_a_number_keeps_its_hyphen() -> None:
    assert join_wrapped("the elec-", "tricity bill") == "the electricity bill"
    assert join_wrapped("a 2-", "year deal") == "a 2-year deal"
    assert join_wrapped("shares fell -", "sharply") == "shares fell - sharply"
    assert join_wrapped("Covid-", "19 cases") == "Covid- 19 cases"
    assert join_wrapped("-", "a") == "- a"
