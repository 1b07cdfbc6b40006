"""A sum before a thing built is its cost, before an agreement its value
(``reader/figures/modified.py``)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("The £23 million building will add about 5,600 operations a year.", "£23 million",
         "building cost"),
        ("A £40m stadium will open in 2029.", "£40m", "stadium cost"),
        ("Norvik won a $265m contract to build four ferries.", "$265m", "contract value"),
        ("The firm drew down a $45m bank facility.", "$45m", "bank facility"),
    ],
)  # fmt: skip
def test_what_a_sum_before_a_noun_measures(sentence: str, surface: str, metric: str) -> None:
    got = next(f for f in extract_figures([sentence]) if f.surface == surface)
    assert got.metric == metric


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The work will replace 220 metres of ageing timber decking with concrete.", "220 metres"),
        (
            "The utility will install 1,200 smart meters in the town next year.",
            "1,200 smart meters",
        ),
    ],
)
def test_works_a_subject_will_carry_out_are_planned(sentence: str, surface: str) -> None:
    # (session 71: had been forecast, as an outcome no one intends)
    got = next(f for f in extract_figures([sentence]) if f.surface == surface)
    assert got.status == "planned"
