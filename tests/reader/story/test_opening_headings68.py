"""A story that opens under several headings (an app feed's "Open in app" link, a section label,
a source and its age, then the headline) takes the one that reads as a headline as its title:
the first of HEADLINE_WORDS words or more that is no label of parts (reader/story/story_head.py
``opening_heading``; development pastes' headlines as titles 1,975 -> 1,986 of 2,136, held-out
sets +17, none lost, session 68). Texts written here."""

from __future__ import annotations

from reader.story.story_head import opening_heading


def test_the_headline_among_an_items_opening_headings() -> None:
    texts = ["Open in app", "City · Transport", "Lakeside Courier · 3h",
             "Tram line to the airport opens two months late"]  # fmt: skip
    assert opening_heading(texts) == 3
    assert opening_heading(["Harbour dredging starts next week", "Ports · Shipping"]) == 0
    assert opening_heading(["Open in app", "More"]) == 0  # none reads as one: the first
