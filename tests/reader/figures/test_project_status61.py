"""A project named as a place the figure is measured at is no projection (session 61: "output
at its Mount Isa East project fell 6%" was shown as a forecast because "project" read as the
verb), while a project's cost stays a plan and the verb still forecasts."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _status(sentence: str, surface: str) -> str | None:
    return next(f.status for f in extract_figures([sentence]) if f.surface == surface)


def test_a_figure_at_a_named_project_that_fell_is_done() -> None:
    sentence = (
        "In a filing to the ASX on Tuesday, the miner said output at its Laverton North project"
        " fell 4% to 61,200 ounces in the December quarter."
    )
    assert _status(sentence, "4%") is None
    assert _status(sentence, "61,200 ounces") is None


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The company projects revenue of $4.1 billion next year.", "$4.1 billion"),
        (
            "The club wants to add 3,500 seats, a project costing around £18 million.",
            "£18 million",
        ),
    ],
)
def test_projections_and_project_costs_are_not_results(sentence: str, surface: str) -> None:
    assert _status(sentence, surface) is not None
