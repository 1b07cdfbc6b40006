"""What a quantity in tonnes, barrels or litres is of (reader/figures/quantity_of.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title="Quarterly update")}


def test_a_volume_in_tonnes_of_a_stuff_names_the_stuff() -> None:
    got = _metrics(
        [
            "Brayton said it expected to produce between 410,000 and 450,000 tonnes of zinc "
            "this year.",
            "The group sold 2.4 million tonnes of cement in the quarter.",
            "Halden shipped 12 million barrels of crude oil in May.",
        ]
    )
    assert got["410,000"] == got["450,000 tonnes"] == "zinc output"
    assert got["2.4 million tonnes"] == "cement sold"
    assert got["12 million barrels"] == "crude oil shipments"


def test_no_stuff_no_unit_or_another_measure_is_left_alone() -> None:
    got = _metrics(
        [
            "The group sold 2.4 million tonnes in the quarter.",
            "The carmaker sold 310,000 of its vans in the year.",
            "Its debt stood at $4bn at the end of the year.",
        ]
    )
    assert got["2.4 million tonnes"] == "units sold"
    assert got["$4bn"] == "debt"


def test_a_base_in_the_sentence_takes_the_stuffs_name() -> None:
    got = _metrics(
        [
            "Tarrow Mining produced 52,800 ounces of gold in the quarter, down from 61,200 "
            "ounces a year earlier.",
            "It now expects to produce between 610,000 and 640,000 tonnes of copper this year, "
            "down from a previous range of 680,000 to 720,000 tonnes.",
        ]
    )
    assert got["52,800 ounces"] == got["61,200 ounces"] == "gold output"
    assert got["680,000"] == got["720,000 tonnes"] == "copper output"
