"""What blind set singles60 taught (session 48: one post as copied from blogs and newsletters):
an embedded social post inside the article (its poster's name, the post, its stamp and its
counts run together: "41 reposts 188 likes") makes no new story (``posts.embedded_posts``,
``patterns.feed_tools``); a post's paywall lines are promo. Texts written here."""

from __future__ import annotations

import pytest

from reader.pipeline import Document, split_document
from reader.story.lines.patterns import feed_tools, is_promo


@pytest.mark.parametrize(
    "line",
    [
        "Keep reading with a 7-day free trial",
        "Subscribe to Fjord Notes to keep reading this post and get 7 days of free access.",
        "Start trial",
        "Already a paid subscriber? Sign in",
        "41 reposts 188 likes",
    ],
)
def test_paywall_lines_and_run_together_counts_are_promo(line: str) -> None:
    assert is_promo(line)


def test_run_together_counts_are_a_posts_tools() -> None:
    assert feed_tools("41 reposts 188 likes")
    assert feed_tools("1.2K likes 340 replies")
    assert not feed_tools("He had 41 reposts and 188 likes on his post.")


def test_an_embedded_post_makes_no_new_story() -> None:
    lines = [
        "Fjord Notes",
        "",
        "The glacier on Svartisen lost more ice this summer than in any year on record",
        "Why a warm June, a broken stake and a school trip all belong in this week's letter",
        "",
        "Ingrid Halvorsen",
        "Aug 6, 2037",
        "",
        "The measuring stakes on the Engabreen tongue showed a loss of 4.1 metres of ice between "
        "June and the end of July, almost a metre more than the previous record set in 2034.",
        "",
        "Kari Moe, the glaciologist who has read the stakes for eleven summers, said the warm "
        "spell in June did most of the damage, before the usual summer snow could protect the "
        "surface.",
        "",
        "She posted this from the ice on the twelfth of July, and it says more than any table:",
        "",
        "Kari Moe",
        "Stake 7 is lying on its side this morning: the ice around it has simply gone. First "
        "time in eleven years I have had to dig one out.",
        "7:40 AM · Jul 12, 2037",
        "52 reposts 210 likes",
        "",
        "She warned against reading too much into one summer. One of the nine stakes was "
        "broken for two weeks, so the loss for that part of the tongue is an estimate.",
        "",
        '"Ask me again in ten years," she said.',
        "",
        "The school in Meløy sends a class up to the stakes every August, and this year the "
        "pupils will help to measure the new ones the team is drilling in.",
        "",
        "I will be back on the ice at the end of the month and will write again then.",
    ]
    stories = split_document(Document("letter.txt", lines, "0" * 64))
    assert len(stories) == 1
    assert stories[0].title.startswith("The glacier on Svartisen")
