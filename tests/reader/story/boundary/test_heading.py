"""A heading that is a new item's headline against a section heading inside one article."""

from __future__ import annotations

import pytest

from reader.story.assemble import paragraphs_of
from reader.story.boundary.features import FEATURES, boundary_features
from reader.story.boundary.heading import HEADING_FEATURES, heading_features, is_clause
from reader.story.lines.classify import classify_lines


@pytest.mark.parametrize(
    "text",
    [
        "Ferry timetable cut for winter",  # a participle after its noun
        "Quarry owner fined over dust",
        "Museum to reopen after repairs",  # a "to" future
        "Bakery wins award for its sourdough",  # a present verb in -s
        "Mayor says tram line will be finished",
        "Tenants were warned about the rent rise",
    ],
)
def test_a_headline_is_a_clause(text: str) -> None:
    assert is_clause(text)


@pytest.mark.parametrize(
    "text",
    [
        "Background",
        "The figures",
        "Reaction from the harbour board",
        "Winter timetable",
        "What happens next?",  # a question is a section heading's
        "Why was the ferry cut?",
        "Which sailings are affected",  # a question without its mark
        "How the new timetable works",
        "Tickets and prices",
        "",
    ],
)
def test_a_section_heading_is_no_clause(text: str) -> None:
    assert not is_clause(text)


FERRY = [
    "The ferry between Dunmore and the island of Calvay will run only twice a day this winter, "
    "the operator has confirmed.",
    "",
    "Westway Shipping said fuel costs had doubled since the spring and that the winter "
    "crossings lost money every year.",
    "",
    "Islanders said the new timetable would leave them unable to reach hospital appointments "
    "on the mainland.",
    "",
    "The council has asked the operator to think again before the changes begin in November.",
    "",
]
BAKERY = [
    "",
    "A baker from Kilbrig has won the national sourdough prize with a rye loaf she first made "
    "during a power cut.",
    "",
    "Morag Quinn opened her bakery in a converted garage four years ago and now employs six.",
    "",
    "She said the award had been a complete surprise to her and to her staff.",
]


def _row(lines: list[str], index: int) -> dict[str, float]:
    paras, _ = paragraphs_of(classify_lines(lines))
    return dict(zip(FEATURES, boundary_features(paras)[index], strict=True))


def test_a_pasted_headline_over_new_words_reads_as_one() -> None:
    lines = [
        *FERRY,
        "Bakery owner wins national sourdough award",
        *BAKERY,
    ]
    row = _row(lines, 4)
    assert row["heading_clause"] == 1.0
    assert row["heading_question"] == 0.0
    assert row["heading_fresh"] == 1.0  # not one of its words was used before


def test_a_question_section_heading_in_the_article_words() -> None:
    lines = [
        *FERRY,
        "Why was the ferry timetable cut?",
        "",
        "Westway Shipping said the island crossings lost money every winter as fuel costs rose.",
    ]
    row = _row(lines, 4)
    assert row["heading_clause"] == 0.0
    assert row["heading_question"] == 1.0
    assert row["heading_fresh"] == 0.0  # a question is no headline, whatever its words


def test_no_heading_gives_zeros_and_short_copies_follow() -> None:
    paras, _ = paragraphs_of(classify_lines(FERRY))
    for i in range(1, len(paras)):
        assert heading_features(paras, i, frozenset()) == [0.0] * len(HEADING_FEATURES)
    assert all(f"short_{name}" in FEATURES for name in HEADING_FEATURES)
