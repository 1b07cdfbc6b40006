"""Bylines a review, an interview or a feature writes as a credit ("Reviewed by NAME",
"Interview by NAME", "Story and photos by NAME", "Words and photos: NAME") and a sports
writer's ground after the name ("NAME at GROUND"): bylines, not headlines, so the article under
them stays one story (blind singles75, session 55). Texts written here."""

from __future__ import annotations

import pytest

from reader.pipeline import Document, split_document
from reader.story.lines.bylines import BYLINE
from reader.story.lines.shape import is_byline_shape


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed by Halyna Moroz",
        "Interview by Tomas Kalnins",
        "Story and photos by Ruben Quashie",
        "Words and pictures by Aline Mbeki",
        "Words and photos: Sefa Tuilagi",
    ],
)
def test_credit_bylines(line: str) -> None:
    assert BYLINE.match(line)


def test_not_bylines() -> None:
    assert not BYLINE.match("Reviewed by the committee, the plan was approved")
    assert is_byline_shape("Kimani Joseph at Beausejour")
    assert not is_byline_shape("Chaos at Heathrow")
    assert not is_byline_shape("Floods in Kerala")


REVIEW = """Cellar dumplings worth the eleven steps down
Reviewed by Halyna Moroz
14.03.2037
A former print shop's cellar off the old square now serves the best dumplings in the city, and the queue on a Friday night says the word is out.
You go down eleven stone steps from a courtyard, and the noise of the street stops at once. The room holds twelve tables under a brick vault.
We started with the dumplings, which are the reason most people come. They arrive in a clay bowl with fried onions and a jug of sour cream.
Not everything worked. A pork knuckle roasted in beer was dry at the edges, and the cabbage beside it had been cooked too long.
Prices are fair for the centre: dinner for two with a bottle of local wine came to a little over the price of a taxi home."""


def test_a_review_under_its_credit_is_one_story() -> None:
    stories = split_document(Document("review.txt", REVIEW.split("\n"), "0" * 64))
    assert len(stories) == 1
    assert stories[0].title == "Cellar dumplings worth the eleven steps down"
    assert stories[0].paragraphs[0].startswith("A former print shop's cellar")
