"""A number followed by a clause counts no noun of that clause ("22 it charters", "211 became
holiday lets"), and a plural joined after "and" that takes a hedged amount is a verb ("430
growers and produces around a fifth"): counted.py. Written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _units(*paragraphs: str) -> dict[str, str | None]:
    return {f.surface: f.unit for f in extract_figures(list(paragraphs))}


def test_a_pronoun_or_linking_verb_after_a_number_opens_a_clause() -> None:
    got = _units(
        "Velmar runs 64 barges, including 22 it charters from private owners.",
        "Of the 312 flats sold in the town, 211 became holiday lets.",
    )
    assert "22 it charters" not in got and "211 became holiday lets" not in got
    assert got["22"] == "barges"
    assert got["211"] == "flats"


def test_a_joined_plural_taking_a_hedged_amount_is_a_verb() -> None:
    got = _units("The county has 430 commercial growers and produces around a fifth of the crop.")
    assert got["430 commercial growers"] == "commercial growers"
    assert _units("The chain has 40 shops and offices around the country.")[
        "40 shops and offices"
    ] == ("shops and offices")


def test_a_swimming_distance_is_no_count_of_millions() -> None:
    got = _units(
        "Okafor won the 400m individual medley and reached the 800m semi-final.",
        "The bank has 200m individual customers worldwide.",
    )
    assert "400m" not in got and "800m" not in got
    assert got["200m individual customers"] == "individual customers"
