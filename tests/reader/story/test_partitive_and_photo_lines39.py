"""What blind set paste54 taught (session 39): a paragraph opening on a part of those named
before ("Eighteen of them were admitted …") goes on the story before it, even after a photo's
caption between its paragraphs (``goes_on.never_opens``), and an Australian regional's photo
line after its caption ("… at the lake. Picture supplied", "Picture by NAME") closes a caption,
not a heading that opens a story (``patterns.credit_tail``)."""

from __future__ import annotations

from reader.story.goes_on import never_opens
from reader.story.lines.patterns import credit_tail


def test_a_part_of_those_named_before_never_opens_a_story() -> None:
    assert never_opens("Eighteen of them were taken to the district hospital overnight.")
    assert never_opens("Most of those were later released, police said.")
    assert never_opens("12 of them had no licence.")
    # a relative clause after the pronoun names whom it means: that may open a lede
    assert not never_opens("Many of those who lost homes in the 2024 floods are still waiting.")
    assert not never_opens("Eighteen people were taken to hospital after the meal.")


def test_a_photo_line_after_a_caption_closes_it() -> None:
    assert credit_tail(
        "An artist's impression of the new skate park at the foreshore. Picture supplied"
    )
    assert credit_tail("Volunteers at the whale platform on Monday. Picture by Sean Walsh")
    assert not credit_tail("The plan was backed by Mayor Jo Hart and supplied by the state.")
