"""A short line that no wrapping made, over a longer sentence, is a headline written as text,
not the start of a wrapped paragraph (``reader.story.line_joins.wrapped``, ``_bare_headline``)."""

from __future__ import annotations

from reader.story.assemble import paragraphs_of
from reader.story.line_joins import _bare_headline, wrapped
from reader.story.lines.classify import classify_lines

_LOWER = [
    "new ferry for the island route",
    "a second ferry will join the crossing to the island next spring, the harbour board has said.",
    "the boat was built in a yard on the clyde and can carry forty cars.",
    "the board said the crossing had been full on most summer days.",
    "bakers win national award",
    "two brothers who run a bakery near the harbour have won a national prize for their bread.",
    "they started the business in a converted garage eight years ago.",
    "they now employ twelve people.",
]

_WRAPPED = [
    "The council has approved plans for a new footbridge over the river between the",
    "station and the market square, which is expected to open in the autumn of next",
    "year. Work will start in March.",
    "The bridge will cost £2.4m.",
]


def test_a_line_with_room_for_the_next_word_was_not_wrapped() -> None:
    assert not wrapped(_LOWER[0], _LOWER[1])
    assert wrapped(_WRAPPED[0], _WRAPPED[1])
    assert wrapped(_WRAPPED[1], _WRAPPED[2])


def test_a_bare_headline_is_a_few_words_ending_no_sentence() -> None:
    assert _bare_headline("bakers win national award")
    assert not _bare_headline("they now employ twelve people.")
    assert not _bare_headline("Sport")


def test_lower_case_headlines_head_their_stories() -> None:
    paras, _ = paragraphs_of(classify_lines(_LOWER))
    heads = [[ln.text for ln in p.head if ln.kind == "heading"] for p in paras]
    assert paras[0].text.startswith("a second ferry")
    assert heads[0] == ["new ferry for the island route"]
    later = next(p for p in paras if p.text.startswith("two brothers"))
    assert [ln.text for ln in later.head] == ["bakers win national award"]
    assert all(not p.text.startswith(("new ferry", "bakers win")) for p in paras)


def test_hard_wrapped_lines_are_still_one_paragraph() -> None:
    paras, _ = paragraphs_of(classify_lines(_WRAPPED))
    assert paras[0].text.startswith("The council has approved")
    assert paras[0].text.endswith("Work will start in March.")
