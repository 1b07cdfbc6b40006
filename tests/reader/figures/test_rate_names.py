"""A percentage level of a measure read as a rate names it so (``reader/figures/rate_names.py``)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return next(f for f in extract_figures([sentence]) if f.surface == surface).metric


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("Youth unemployment, among 15- to 24-year-olds, fell to 19.2% from 20.5%.", "19.2%",
         "youth unemployment rate"),
        ("The ministry plans to raise the special consumption tax on wine to 55% from 50%.",
         "55%", "special consumption tax rate"),
        ("The miner pays a royalty of 7% on net sales.", "7%", "royalty rate"),
    ],
)  # fmt: skip
def test_a_percentage_level_of_a_rated_measure_is_its_rate(
    sentence: str, surface: str, metric: str
) -> None:
    assert _metric(sentence, surface) == metric


def test_a_change_of_the_measure_is_not_its_rate() -> None:
    # 5% more people out of work: the count moved, not a rate of 5%
    got = _metric("The number of unemployed people rose 5% to 81,000.", "5%")
    assert got is None or not got.endswith("rate")
