"""Thousands grouped with spaces ("61 400 cars", "R250 000") are read as numbers, and each
figure keeps the sentence's own text."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.grouped import comma_grouped


def test_space_grouped_thousands_are_read_whole() -> None:
    figs = {
        f.surface: f
        for f in extract_figures(
            [
                "The plant built 61 400 cars last year, down from 94 700 in 2019, and employs 3 150 people."
            ]
        )
    }
    assert figs["61 400 cars"].value == 61400
    assert figs["94 700"].value == 94700
    assert figs["3 150 people"].value == 3150
    # the figure's sentence is the story's own, not the one read with commas
    assert "61 400 cars" in figs["61 400 cars"].sentence


def test_phone_numbers_years_and_decimals_are_not_grouped() -> None:
    assert (
        comma_grouped("Call 082 555 0101 or 021 555 0123.") == "Call 082 555 0101 or 021 555 0123."
    )
    assert comma_grouped("In 2019 300 people came.") == "In 2019 300 people came."
    assert comma_grouped("It rose 2 850.5 points") == "It rose 2 850.5 points"
    assert comma_grouped("It employs 3 150 people") == "It employs 3,150 people"
    assert comma_grouped("R1 250 000 a year") == "R1,250,000 a year"


def test_a_phone_numbers_tail_is_not_grouped() -> None:
    assert comma_grouped("Call 01632 555 014 today") == "Call 01632 555 014 today"


def test_a_decimal_comma_before_a_percentage_or_a_scale_is_a_point() -> None:
    figs = {
        f.surface: f
        for f in extract_figures(
            ["The council approved a R3,2 million upgrade, and rates rise 11,4% in July."]
        )
    }
    assert figs["R3,2 million"].value == 3_200_000
    assert figs["11,4%"].value == 11.4
    # a thousands separator stays one, and a list's comma no decimal
    assert comma_grouped("it sold 1,250 cars") == "it sold 1,250 cars"
    assert comma_grouped("pages 1,2 and 3") == "pages 1,2 and 3"
