"""A percentage more or less of a noun measures that noun (more_of.py; a user's paste, session
69: "had stocked 14% more fish than its licence allowed" showed the 14% with no measure)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return {f.surface: f.metric for f in extract_figures([sentence])}[surface]


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The hatchery had released 18% more salmon than its permit allowed.", "18%",
         "salmon released"),
        ("Growers sold 9% more apples than a year earlier.", "9%", "apples sold"),
        ("The new mill needs 40% less water.", "40%", "water"),
    ],
)  # fmt: skip
def test_a_percentage_more_or_less_of_a_noun_measures_it(
    sentence: str, surface: str, want: str
) -> None:
    assert _metric(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The new boilers are about 35% more efficient.", "35%"),
        ("Rents were 6% more than a year ago.", "6%"),
        ("Older drivers were 20% less likely to crash.", "20%"),
    ],
)
def test_no_measure_from_an_adjective_or_than(sentence: str, surface: str) -> None:
    assert _metric(sentence, surface) not in ("efficient", "than", "likely")
