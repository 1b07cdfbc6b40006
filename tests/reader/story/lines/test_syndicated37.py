"""A syndicated copy's footer ("This article originally appeared on <paper>: <headline>") is page
furniture that closes the article, not a line of its text run into the next item."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_rules
from reader.story.lines.patterns import is_promo

PASTE = """A man who shot two people outside a bar in the city's north end was sentenced on Tuesday to 18 years in prison.
Judge Ellen Marsh said the shooting in March had left one victim unable to walk.
The man pleaded guilty in September to two counts of felonious assault.
This article originally appeared on Lakeside Courier: Man gets 18 years for bar shooting
Jordan Pike scored 22 points and the Lakers held off Eastfield 70-65 on Wednesday night to stay first in the conference.
Pike made four three-pointers in the second half as the Lakers won their ninth straight game.
Coach Dana Reyes said the team had defended well in the final minutes.
"""


def test_a_syndication_footer_is_furniture() -> None:
    assert is_promo("This article originally appeared on Lakeside Courier: Man gets 18 years")
    assert is_promo("This story was first published by The Conversation.")
    assert not is_promo("This article has been updated with comment from the council.")


def test_a_syndication_footer_closes_its_article() -> None:
    stories = split_document(Document("p.txt", PASTE.split("\n"), "0" * 64))
    assert len(stories) == 2
    # the footer is no paragraph of either story's text
    assert not any("originally appeared" in p for s in stories for p in s.paragraphs)


POINTER = """Flood scheme delayed again
Councillor Declan Feeney said people had been promised defences for 15 years.
Read More
Harbour flood defences will not be built before 2033, council admits
"Every winter we have the same pictures on the news and the same sympathy from ministers," he said, adding that businesses could not wait another decade.
"""


def test_the_headline_under_a_read_more_line_is_its_link() -> None:
    """A bare "Read More" points to one other story: the headline under it is that link, even
    with a paragraph right after it."""
    kinds = {ln.text: ln.kind for ln in classify_rules(POINTER.splitlines())}
    assert kinds["Harbour flood defences will not be built before 2033, council admits"] == "promo"
    # under a list header ("Related stories") a line over a paragraph is still its heading
    related = POINTER.replace("Read More", "Related stories")
    kinds = {ln.text: ln.kind for ln in classify_rules(related.splitlines())}
    assert kinds["Harbour flood defences will not be built before 2033, council admits"] != "promo"
