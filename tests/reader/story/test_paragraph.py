"""Blank lines between paragraphs: what is left of the line span once head and trail are out."""

from __future__ import annotations

from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph, blank_lines_between


def test_blank_lines_are_the_gap_less_head_and_trail() -> None:
    before = Paragraph("First paragraph.", 1, 2)
    assert blank_lines_between(before, Paragraph("Next.", 3, 3)) == 0
    assert blank_lines_between(before, Paragraph("Next.", 4, 4)) == 1
    # line 3 blank, line 4 a headline in the head, line 5 blank
    head = [Line(text="A headline", no=4, kind="title")]
    assert blank_lines_between(before, Paragraph("Next.", 6, 6, head)) == 2
    before.trail.append(Line(text="Read more", no=3, kind="promo"))
    assert blank_lines_between(before, Paragraph("Next.", 4, 4)) == 0
