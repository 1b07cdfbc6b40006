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
            ("s1", "One", _story("a", "Kestrel Group Holding Limited", 4.2e9, "$4.2 billion")),
            ("s1", "One", _story("b", "Kestrel", 4.2e9, "$4.2 billion")),
            ("s2", "Two", _story("c", "Kestrel Air", 4.2e9, "$4.2 billion")),
        ]
    )
    assert [r.refs for r in rows] == [["a sentence 1", "b sentence 1"], ["c sentence 1"]]
    assert [(r.anchor, r.story, r.status) for r in rows] == [
        ("s1", "One", "reported by 2 stories"),
        ("s2", "Two", ""),
    ]


def test_close_values_for_one_fact_under_two_names_are_flagged() -> None:
    rows = figure_rows(
        [
            ("s1", "One", _story("a", "Kestrel Group", 4.2e9, "$4.2 billion")),
            ("s2", "Two", _story("b", "Kestrel Inc.", 4.4e9, "$4.4 billion")),
        ]
    )
    assert all("differs" in r.conflict and r.status == r.conflict for r in rows)


def test_a_percentage_that_is_its_own_change_is_not_repeated() -> None:
    sentence = "Kestrel Air said revenue rose 26% year-over-year."
    figure = Figure(
        "26%", "percent", 26.0, "%", metric="revenue", subject="Kestrel Air",
        change=Change("up", "26%", "year-over-year"), sentence=sentence, sentence_index=0,
    )  # fmt: skip
    story = Story("a", "A", False, [Source("a.txt", 1, 1)], [sentence], figures=[figure])
    [row] = figure_rows([("s1", "A", story)])
    assert (row.surface, row.change) == ("26%", "up year-over-year")


def test_a_figure_takes_the_period_its_paragraph_states_once() -> None:
    paragraph = (
        "Kestrel reported fiscal second-quarter results on Monday. "
        "Net income was $2.1 billion, the company said."
    )
    figure = Figure(
        "$2.1 billion", "money", 2.1e9, "USD", metric="net income", subject="Kestrel",
        sentence="Net income was $2.1 billion, the company said.", sentence_index=1,
    )  # fmt: skip
    story = Story("a", "A", False, [Source("a.txt", 1, 1)], [paragraph], figures=[figure])
    [row] = figure_rows([("s1", "A", story)])
    assert row.period == "fiscal second quarter"


def test_a_bottom_line_is_tabled_beside_revenue() -> None:
    def money(surface: str, value: float, metric: str, idx: int) -> Figure:
        return Figure(
            surface, "money", value, "USD", metric=metric, subject="Kestrel",
            sentence=f"Its {metric} was {surface}.", sentence_index=idx,
        )  # fmt: skip

    figures = [
        money("$9 billion", 9e9, "revenue", 0),
        money("$8 billion", 8e9, "sales", 1),
        money("$7 billion", 7e9, "bookings", 2),
        money("$1 billion", 1e9, "net income", 3),
    ]
    story = Story("a", "A", False, [Source("a.txt", 1, 1)], ["x"], figures=figures)
    rows = figure_rows([("s1", "A", story)], per_story=2)
    assert [r.metric for r in rows] == ["revenue", "net income"]


def test_a_results_tables_bare_cell_shows_its_value_with_its_unit() -> None:
    # "Revenue, GBP m: 96.4 (88.1)": the cell alone would say nothing of pounds or millions
    rows = figure_rows([("s1", "One", _story("a", "Kestrel", 96.4e6, "96.4"))])
    assert [r.surface for r in rows] == ["$96.4M"]
    rows = figure_rows([("s1", "One", _story("b", "Kestrel", 4.2e9, "$4.2 billion"))])
    assert [r.surface for r in rows] == ["$4.2 billion"]  # a written amount stays as written
