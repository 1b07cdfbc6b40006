"""A listed company's percentage move is its share price (reader/figures/share_moves.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title="Miners drag index")}


def test_a_company_that_moves_by_a_percentage_is_its_share_price() -> None:
    got = _metrics(
        [
            "Among the fallers, Greystone Mining dropped 4.5% after cutting its guidance.",
            "Rival Tarn Resources, which has no mines in Peru, lost 2.1%.",
            "The housebuilder Oakfield Homes rose 3% after a trading update.",
        ]
    )
    assert got["4.5%"] == got["2.1%"] == got["3%"] == "share price"


def test_a_measure_a_place_or_a_preposition_is_not_a_share_move() -> None:
    got = _metrics(
        [
            "Greystone's revenue rose 4% to $2 billion.",
            "Sales in Germany rose 3%.",
            "Germany grew 0.3% in the quarter.",
        ]
    )
    assert got["4%"] == "revenue"
    assert got["3%"] != "share price"
    assert got["0.3%"] != "share price"
