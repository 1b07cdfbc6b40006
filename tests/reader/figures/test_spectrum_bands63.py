"""A radio band named by its frequency over what it holds is no figure ("the 3.5GHz licences",
"on 2600MHz spectrum", "the average 3.5GHz price"); an amount of spectrum is ("10MHz of
spectrum", "100MHz in the 3.5GHz band"; blind round attrib_a122, session 63)."""

from __future__ import annotations

from reader.figures import extract_figures


def _surfaces(sentence: str) -> set[str]:
    return {f.surface for f in extract_figures([sentence], title="News")}


def test_a_band_over_its_licences_or_spectrum_is_a_name() -> None:
    assert "3.5GHz" not in _surfaces(
        "Siam Wireless won six of the 3.5GHz licences for 35.2bn baht."
    )
    assert "2600MHz" not in _surfaces("Operators carried most 5G traffic on 2600MHz spectrum.")
    assert "3.5GHz" not in _surfaces("He said the average 3.5GHz price was 22% above his estimate.")


def test_an_amount_of_spectrum_is_a_figure() -> None:
    assert "10MHz" in _surfaces("Each licence covers 10MHz of spectrum.")
    assert "100MHz" in _surfaces("The operator won 100MHz in the 3.5GHz band.")
