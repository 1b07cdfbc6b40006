"""What blind set singles30 taught (session 40): a headline too long to be headline-shaped
(17 to 24 words, no sentence end) at the top of a page, under a section's label and over its
deck and byline, is the story's headline (``headlines._long_headline``), so the article is
one story; a long first paragraph with no byline after it stays body."""

from __future__ import annotations

from reader.story.lines.classify import classify_lines

HEADLINE = (
    "Kettleworth profits fall by a third as returns and courier costs bite at the Bradford "
    "online homeware retailer"
)
DECK = "Chief executive says the business will start charging some customers for returns"
LEDE = (
    "Profits at Kettleworth, the Bradford-based online homeware retailer, fell by a third last "
    "year as customers sent back more of what they bought."
)


def _kinds(lines: list[str]) -> dict[str, str]:
    return {ln.text: ln.kind for ln in classify_lines(lines) if ln.text}


def test_a_long_headline_over_its_deck_and_byline_is_the_headline() -> None:
    kinds = _kinds(["Business", HEADLINE, DECK, "By Greg Hammond", "Published 9 March 2032", LEDE])
    assert kinds[HEADLINE] == "title"
    assert kinds["Business"] != "title"


def test_a_long_line_with_no_byline_after_it_is_not_a_headline() -> None:
    kinds = _kinds(["Business", HEADLINE, LEDE, LEDE.replace("a third", "a quarter")])
    assert kinds[HEADLINE] != "title"
