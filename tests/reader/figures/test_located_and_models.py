"""A distance that places something and a model number after a maker's name are not figures
(reader/figures/non_figures.py; sentences written here)."""

from __future__ import annotations

from reader.figures import extract_figures


def _found(sentence: str) -> list[tuple[str, float]]:
    return [(f.surface, f.value) for f in extract_figures([sentence])]


def test_a_distance_to_a_compass_point_of_a_place_is_where_it_is() -> None:
    assert _found("The quarry, 32 miles south-west of Leeds, will close.") == []
    assert _found("The new plant sits 75km north of Porto, the firm said.") == []
    assert _found("A tanker ran aground 12 nautical miles off the Breton coast.") == []
    # a length of something is still a figure
    assert _found("The firm will lay 88 kilometres of new cable this year.") == [
        ("88 kilometres", 88.0)
    ]
    assert _found("The pipeline runs 140 miles east through the desert.") == [("140 miles", 140.0)]


def test_a_model_number_after_a_count_and_a_maker_is_no_count() -> None:
    found = _found("Flyjet will take 18 new Airbus 330 jets next spring.")
    assert [surface for surface, _ in found] == ["18"]
    # (the count's "new" is its noun's own since session 56: "18 new jets" are not the fleet)
    assert extract_figures(["Flyjet will take 18 new Airbus 330 jets next spring."])[0].unit == (
        "new Airbus 330 jets"
    )
    # without a count before the maker, the number still counts the noun after it
    assert ("450 trucks", 450.0) in _found("Volvant sold 450 trucks in May, it said.")
