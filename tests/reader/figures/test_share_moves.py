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


def test_shares_that_moved_by_a_percentage_give_the_share_price() -> None:
    got = _metrics(
        [
            "Halvard saw its shares rise 11% on Tuesday after the ruling.",
            "Corran shares, which have gained almost 40% this year, were up nearly 2%.",
            "The Lisbon stock market has fallen about 4% since Friday.",
        ]
    )
    assert got["11%"] == got["40%"] == got["2%"] == "share price"
    assert got["4%"] != "share price"  # a market's move, not a company's shares


def test_a_sum_written_in_millions_is_no_share_price() -> None:
    got = _metrics(
        [
            "Veltra plans to sell 30 million new shares, raising as much as $410 million.",
            "The fund will trim its holdings of Asian shares and put 3 billion euros into bonds.",
            "Orbis shares rose 4% to 312p on Monday.",
            "Its shares closed at $1,250 in New York.",
        ]
    )
    assert got["$410 million"] != "share price"
    assert got["3 billion euros"] != "share price"
    assert got["312p"] == got["$1,250"] == "share price"


def test_an_apposition_between_the_company_and_its_move() -> None:
    got = _metrics(["Tarnview Properties, the day's biggest faller, lost 6.2% to 410p."])
    assert got["6.2%"] == "share price"
