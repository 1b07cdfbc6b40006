"""The key-figures table: one row per fact across stories, subjects compared by name."""

from __future__ import annotations

import pytest

from briefing.figures_table import figure_rows, subject_key
from reader.model import Change, Figure, Source, Story


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("Kestrel Group Holding Limited", "kestrel"),
        ("Kestrel Group", "kestrel"),
        ("Kestrel", "kestrel"),
        ("Kestrel Holdings (NYSE: KST)", "kestrel"),
        ("The Kestrel Co.", "kestrel"),
        ("Kestrel’s", "kestrel"),
        ("Kestrel Air", "kestrel air"),
        ("Group", "group"),  # a legal-form word alone is still a name
        ("", ""),
    ],
)
def test_subject_key_drops_legal_form_ticker_and_possessive(subject: str, key: str) -> None:
    assert subject_key(subject) == key


def _story(sid: str, subject: str, value: float, surface: str) -> Story:
    sentence = f"{subject} said revenue rose 5% from a year earlier to {surface}."
    figure = Figure(
        surface, "money", value, "USD", metric="revenue", subject=subject,
        change=Change("up", "5%", "from a year earlier"), sentence=sentence, sentence_index=0,
    )  # fmt: skip
    return Story(
        sid, f"Results {sid}", False, [Source(f"{sid}.txt", 1, 3)], [sentence], figures=[figure]
    )


def test_one_fact_in_several_stories_under_several_names_is_one_row() -> None:
    rows = figure_rows(
        [
            ("S1a", _story("a", "Kestrel Group Holding Limited", 4.2e9, "$4.2 billion")),
            ("S1b", _story("b", "Kestrel", 4.2e9, "$4.2 billion")),
            ("S2", _story("c", "Kestrel Air", 4.2e9, "$4.2 billion")),
        ]
    )
    assert [r.refs for r in rows] == [["S1a sentence 1", "S1b sentence 1"], ["S2 sentence 1"]]


def test_close_values_for_one_fact_under_two_names_are_flagged() -> None:
    rows = figure_rows(
        [
            ("S1", _story("a", "Kestrel Group", 4.2e9, "$4.2 billion")),
            ("S2", _story("b", "Kestrel Inc.", 4.4e9, "$4.4 billion")),
        ]
    )
    assert all("differs" in r.conflict for r in rows)


def test_a_percentage_that_is_its_own_change_is_not_repeated() -> None:
    sentence = "Kestrel Air said revenue rose 26% year-over-year."
    figure = Figure(
        "26%", "percent", 26.0, "%", metric="revenue", subject="Kestrel Air",
        change=Change("up", "26%", "year-over-year"), sentence=sentence, sentence_index=0,
    )  # fmt: skip
    story = Story("a", "A", False, [Source("a.txt", 1, 1)], [sentence], figures=[figure])
    [row] = figure_rows([("S1", story)])
    assert (row.surface, row.change) == ("26%", "up year-over-year")
