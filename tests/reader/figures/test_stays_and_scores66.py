"""A stay's or a festival's nights are a duration, no figure ("stayed an average of 8.6 nights",
"over 10 nights in July"), but nights a modifier counts are ("1.2 million guest nights"); a
cricket score is no figure ("beat Chennai by 23 runs", "took 14 wickets"); containers'
twenty-foot equivalent units are a measure (kind "other"), as "TEU" is."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Tourists stayed an average of 8.6 nights, against 9.1 nights.",
        "The festival ran over 10 nights in July.",
        "Mumbai Monsoons beat Chennai Chargers by 23 runs.",
        "Bess was the leading wicket-taker with 14 wickets.",
    ],
)
def test_durations_and_scores_are_no_figures(sentence: str) -> None:
    assert extract_figures([sentence]) == []


def test_nights_a_modifier_counts_are_a_count() -> None:
    (f,) = extract_figures(["Hotels recorded 1.2 million guest nights."])
    assert (f.kind, f.unit) == ("count", "guest nights")


def test_twenty_foot_equivalent_units_are_a_measure() -> None:
    (f,) = extract_figures(["Its terminals handled 3.86 million twenty-foot equivalent units."])
    assert (f.kind, f.unit) == ("other", "twenty-foot equivalent units")
