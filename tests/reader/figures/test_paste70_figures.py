"""Figures a user's paste of short New Zealand business items showed wrong (session 70): a
count's verb across a clause break, a sum owed, a subset of things the story called "ageing"."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _figure(paragraphs: list[str], surface: str) -> Figure:
    return next(f for f in extract_figures(paragraphs) if f.surface == surface)


def test_a_verb_in_another_clause_names_no_count() -> None:
    fig = _figure(
        ["Unions welcomed the order but said 300 workshop jobs depended on the maintenance work."],
        "300 workshop jobs",
    )
    assert fig.metric != "orders"


def test_a_sum_owed_is_debt() -> None:
    fig = _figure(
        ["The chain went into receivership owing about NZ$4.2 million to creditors."],
        "NZ$4.2 million",
    )
    assert fig.metric == "debt"


def test_new_things_are_not_the_ageing_ones_they_replace() -> None:
    story = [
        "Kowhai Rail will spend NZ$640 million replacing 48 ageing locomotives, it said. "
        "The first 12 locomotives will arrive from Spain in 2028."
    ]
    assert _figure(story, "12 locomotives").metric != "ageing locomotives"


def test_a_change_in_a_modified_measure_measures_it() -> None:
    fig = _figure(["She blamed flour prices and a 9% rise in the minimum wage."], "9%")
    assert fig.metric == "minimum wage"
    fig = _figure(["The commerce segment posted 10% growth in customer management revenue."], "10%")
    assert fig.metric == "customer management revenue"


def test_an_unnamed_body_is_owner_as_described_not_its_place() -> None:
    fig = _figure(
        ["A Dunedin bakery chain has gone into receivership owing about NZ$4.2 million."],
        "NZ$4.2 million",
    )
    assert fig.subject == "Dunedin bakery chain"


def test_an_unnamed_body_described_before_its_relative_clause_is_owner() -> None:
    # (session 71: "that sells ..." had left the owner at the place alone)
    fig = _figure(
        [
            "A Gdynia bakery chain that supplies hotels and cafes has raised 14 million zlotys "
            "from investors led by Vistula Ventures."
        ],
        "14 million zlotys",
    )
    assert fig.subject == "Gdynia bakery chain"
