"""A sum written per a stretch of time measures that stretch's amount and its metric says so
(reader/figures/rated_sums.py). Texts written here."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return next(f for f in extract_figures([sentence]) if f.surface == surface).metric


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("His electricity bill had risen to ₾41,600 a month from ₾33,900.", "₾41,600",
         "monthly electricity bill"),
        ("Average rents rose to £1,450 a month.", "£1,450", "average monthly rent"),
        ("She earns a salary of $96,000 a year.", "$96,000", "annual salary"),
    ],
)  # fmt: skip
def test_a_sum_per_a_stretch_of_time_says_it(sentence: str, surface: str, metric: str) -> None:
    assert _metric(sentence, surface) == metric


def test_a_comparison_point_is_no_rate() -> None:
    # "a year earlier" dates the old level; it is no yearly amount
    assert _metric("Profit rose to £5m from £3m a year earlier.", "£3m") == "profit"
