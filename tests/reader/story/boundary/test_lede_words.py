"""The lede-wording model (``reader.story.boundary.lede_words``): shipped weights read a news
lede's opening above a paragraph that goes on from one, and the score is clipped."""

from __future__ import annotations

from reader.story.boundary.lede_words import CLIP, features, first_sentence, lede_words

LEDES = [
    "A man who broke into 29 builders' vans across Colchester and sold the stolen tools online "
    "has been jailed for three years.",
    "Shares in Harrowgate Homes fell by almost a fifth yesterday after the Yorkshire "
    "housebuilder warned that annual profit would come in below forecasts.",
    "Council tax in Fenwick will rise by 4.9 per cent from April after councillors approved "
    "the authority's budget on Thursday night.",
]
GOING_ON = [
    '"We are disappointed, but we will keep working with the growers," he said.',
    "He said the company had no plans to close the plant.",
    "But analysts said the figures were weaker than they looked.",
]


def test_a_ledes_wording_scores_above_a_paragraph_that_goes_on() -> None:
    assert min(lede_words(t) for t in LEDES) > max(lede_words(t) for t in GOING_ON)


def test_the_score_is_clipped_and_reads_the_first_sentence() -> None:
    assert all(-CLIP <= lede_words(t) <= CLIP for t in LEDES + GOING_ON + ["", "x"])
    text = LEDES[0] + " He was also banned from driving."
    assert first_sentence(text) == LEDES[0]
    assert "nsent:2" in features(text)
    assert lede_words("") == lede_words("")  # the empty paragraph scores, like any other
