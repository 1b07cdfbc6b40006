"""A team's byline names it with "the" ("Posted by the Harbour Trust team | 3 May"): a
byline like a person's, where a phrase opening "By the" is not."""

from __future__ import annotations

from reader.story.lines.bylines import BYLINE
from reader.story.lines.classify import classify_lines


def test_a_team_named_with_the_is_a_byline() -> None:
    assert BYLINE.match("Posted by the Harbour Trust team | 3 May 2026")
    assert BYLINE.match("By the City Desk staff")


def test_a_phrase_opening_by_the_is_no_byline() -> None:
    assert not BYLINE.match("By the end of the season the club had lost nine games")
    assert not BYLINE.match("By the Numbers: the year in parking fines")
    assert not BYLINE.match("Posted by the river, the sign was soon stolen")


def test_a_team_byline_under_a_headline_is_read_as_one() -> None:
    lines = [
        "Our new sea lion pup has a name!",
        "",
        "Posted by the Harbour Trust team | 3 May 2026",
        "",
        "Thank you to everyone who voted in our poll to name the pup born in April.",
        "",
        "She is feeding well and can be seen at the outdoor pool every afternoon.",
    ]
    kinds = {ln.text: ln.kind for ln in classify_lines(lines)}
    assert kinds["Posted by the Harbour Trust team"] == "byline"
