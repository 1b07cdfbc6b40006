"""An outlook verb reaching its figure across a long subject (reader/figures/far_outlook.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.far_outlook import far_outlook


def _status(*paragraphs: str) -> dict[str, str | None]:
    return {f.surface: f.status for f in extract_figures(list(paragraphs), title="x")}


def test_a_trading_statements_range_under_expects_is_a_forecast_with_its_increase() -> None:
    got = _status(
        "Marula Stores expects headline earnings per share (HEPS) for the 26 weeks ending "
        '28 December 2026 (the "period") to be between 318.2 cents and 341.9 cents, an '
        "increase of between 14% and 22.5%."
    )
    assert got["318.2 cents"] == "forecast"
    assert got["341.9 cents"] == "forecast"
    assert got["14%"] == "forecast"


def test_to_be_without_an_outlook_verb_or_after_a_full_stop_is_no_forecast() -> None:
    text = "Marula expects a busy year. Its store count for the year turned out to be 412 in all"
    assert not far_outlook(text, text.index("412"))
    text = "The cost of the new warehouse and its fittings in Polokwane proved to be R84m"
    assert not far_outlook(text, text.index("R84m"))
    text = "Marula expects sales at its 412 stores across the region in the year to be about R9bn"
    assert far_outlook(text, text.index("R9bn"))
