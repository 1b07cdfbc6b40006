"""A move named as its level is (``reader/figures/level_moves.py``)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence])}


def test_a_move_takes_the_name_its_level_was_given() -> None:
    got = _metrics(
        "Harbour Cinemas sold 3.2 million tickets in the year to June, 9% more than a year "
        "earlier, helped by a string of family films."
    )
    assert got["9%"] == got["3.2 million tickets"] == "tickets sold"


def test_a_move_with_a_measure_of_its_own_keeps_it() -> None:
    got = _metrics(
        "Harbour Cinemas sold 3.2 million tickets, while its share of the market rose 2%."
    )
    assert got["2%"] != "tickets sold"
