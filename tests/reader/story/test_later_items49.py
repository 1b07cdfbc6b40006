"""A later item's headline written as a sentence (blind paste90): under the first item's head
block such a line reads as a section's heading, but once a story has begun after that head
block (a headless item after page junk), the file holds several articles, and a heading where
the boundary scorer favours a start opens the next item (``start_evidence.later_items``)."""

from __future__ import annotations

from reader.pipeline import Document, split_document

PAGE = """Dutch dairy co-operative will close its cheese plant in Gouda
By Anneke Verhoeven

Melkunie will close its cheese plant in Gouda by the end of next year and move production to its larger site near Leeuwarden, the dairy co-operative said on Tuesday.

Photo: Milk tankers outside the Gouda plant in March (Pieter de Wit/Lowlands Photo)

About 140 people work at the Gouda plant, which opened in 1968. Melkunie said most of them would be offered jobs in Friesland or at its packaging centre in Utrecht.

"The plant is too small and too old to compete," said the co-operative's chief executive, Joost Bakker. Farmers who supply it will not be affected, he said.

Read more: How the price of milk is set

Advertisement

A court in Rotterdam has ordered a scrap-metal dealer to pay 64,000 euros for storing wrecked cars on land next to a nature reserve without a permit.

Inspectors found more than 300 car bodies on the site last spring, some of them leaking oil into a drainage ditch that runs into the reserve.

The dealer told the court he had not known the land needed a permit. The judge said he had been warned twice by the province in writing.

Photo: The site next to the reserve seen from the air (Provincie Zuid-Holland)

The dealer can appeal within six weeks. His lawyer said he would decide after reading the written ruling.

Sign up for our morning newsletter

Utrecht cyclists will be able to park for free at the central station from May

Cyclists will be able to park at Utrecht's central station for free for the first 48 hours from May, after the city council voted on Thursday to drop the daily charge of 1.35 euros.

The station's underground garage has room for 12,500 bicycles and is full most weekday mornings, the council said. It will add 1,800 places in a second garage next year.

Shopkeepers near the station welcomed the decision, saying parked bikes outside their windows had become a nuisance.

Share · Facebook · X · Email

© 2037 Lowlands Courier"""


def test_a_sentence_headline_after_a_headless_item_opens_the_next_story() -> None:
    stories = split_document(Document("page.txt", PAGE.split("\n"), "0" * 64))
    assert len(stories) == 3
    assert stories[2].text.startswith("Cyclists will be able to park")
    assert "Utrecht cyclists will be able to park" not in stories[1].text


def test_in_a_file_the_lexical_search_decides_too(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the blind file this comes from was not judged to hold several articles (its cuts came
    # from the lexical search, not the odds): the heading opens the item on that path too
    from reader.story.boundary import scorer

    real = scorer.scores_and_shortest
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda paras: (real(paras)[0], 0))
    stories = split_document(Document("page.txt", PAGE.split("\n"), "0" * 64))
    assert len(stories) == 3
    assert stories[2].text.startswith("Cyclists will be able to park")


def test_a_sentence_sub_heading_in_one_article_still_heads_a_section(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the same page with its second item left out: one article, the heading a section's
    from reader.story.boundary import scorer

    real = scorer.scores_and_shortest
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda paras: (real(paras)[0], 0))
    lines = PAGE.split("\n")
    a = lines.index("Advertisement")
    b = lines.index("Sign up for our morning newsletter")
    one = split_document(Document("one.txt", lines[:a] + lines[b:], "0" * 64))
    assert len(one) == 1
