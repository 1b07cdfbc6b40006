"""A priced thing's costing verb gives its price (reader/figures/priced.py); a venue's or a
craft's holding verb gives its capacity (reader/figures/capacity.py). Texts written here."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return next(f for f in extract_figures([sentence]) if f.surface == surface).metric


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("Tickets for the game cost £35.", "£35", "ticket price"),
        (
            "Tickets for the next home game, on 14 March at 3pm, went on sale at £35 for adults.",
            "£35",
            "ticket price",
        ),
        ("Season tickets will cost £420.", "£420", "ticket price"),
        ("The council said bus fares would cost $2.50 from May.", "$2.50", "fare"),
    ],
)
def test_a_priced_things_cost_is_its_price(sentence: str, surface: str, metric: str) -> None:
    assert _metric(sentence, surface) == metric


def test_a_sum_another_things_verb_gives_is_no_price() -> None:
    assert _metric("The project cost £35m.", "£35m") != "ticket price"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The stadium holds 42,000.", "42,000"),
        ("The stadium on Quay Road holds 42,000.", "42,000"),
        ("The arena can hold 12,000 people.", "12,000 people"),
        ("The new ferry has room for 600 passengers.", "600 passengers"),
    ],
)
def test_a_holders_count_is_its_capacity(sentence: str, surface: str) -> None:
    assert _metric(sentence, surface) == "capacity"


def test_a_count_of_what_was_done_is_no_capacity() -> None:
    assert _metric("The hospital treated 4,000 patients.", "4,000 patients") != "capacity"


def test_a_rival_or_a_street_in_the_subjects_phrase_owns_nothing() -> None:
    owners = {
        f.surface: f.subject
        for f in extract_figures(
            [
                "Tickets for the next home game against Rovers went on sale at £35.",
                "The stadium on Quay Road holds 42,000.",
                "Similar claims against Nairobi county total an estimated KSh6.7 billion.",
            ]
        )
    }
    assert owners["£35"] != "Rovers"
    assert owners["42,000"] != "Quay Road"
    assert owners["KSh6.7 billion"] == "Nairobi"  # whom claims are against is no rival


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The new bus can carry 90 passengers.", "90 passengers"),
        (
            "It will buy two hybrid ferries, due in 2028, each able to carry 1,100 passengers.",
            "1,100 passengers",
        ),
    ],
)
def test_what_a_craft_can_carry_is_its_capacity(sentence: str, surface: str) -> None:
    assert _metric(sentence, surface) == "capacity"


def test_a_level_that_held_names_its_measure() -> None:
    assert _metric("Average fares were flat at $38.", "$38") == "average fares"
