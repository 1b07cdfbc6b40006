"""A caption closing on its photographer and agency in brackets, the British agencies' way
("... in September (Sam Cole/PA)"), is a caption, not a heading that opens a new story
(reader/story/lines/patterns.py CREDIT_TAIL). Written here."""

from __future__ import annotations

from reader.story.lines.classify import classify_lines
from reader.story.lines.patterns import credit_tail


def test_a_bracketed_photographer_and_agency_close_a_caption() -> None:
    assert credit_tail("Volunteers repaint the pier's railings in May (Owen Price/PA Wire)")
    assert not credit_tail("The merger (Acme/Beta) lifted sales 5% (see chart)")
    assert not credit_tail("The report (Smith/Jones)")


def test_such_a_caption_is_read_as_a_caption_not_a_heading() -> None:
    text = [
        "A Victorian pier that closed in 2015 after storm damage has reopened to the public "
        "following a £4.2 million restoration.",
        "",
        "The new decking was lifted into place by crane in October (Joe Giddens/PA)",
        "",
        "Council leader Ann Bright said the pier would bring visitors back to the town.",
    ]
    assert classify_lines(text)[2].kind == "caption"
