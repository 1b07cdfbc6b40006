"""metric25's rules: earnings per share in ranges and restated profits (money_metric.py), a
sized item's price (money_named.py), an index's points and a currency's rate (markets.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metrics(text: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([text])}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Halvorsen Foods forecast adjusted earnings of 62 cents to 70 cents a share for "
            "the year.",
            {"62 cents": "adjusted earnings per share", "70 cents": "adjusted earnings per share"},
        ),
        (
            "Halvorsen Foods said net profit was $214 million, or 55 cents a share.",
            {"55 cents": "earnings per share"},
        ),
        (
            "Halvorsen Foods said its net loss was $31 million, or 8 cents a share.",
            {"8 cents": "loss per share"},
        ),
    ],
)
def test_earnings_per_share(text: str, want: dict[str, str]) -> None:
    got = _metrics(text)
    assert {s: got[s] for s in want} == want


def test_a_dividend_a_share_stays_a_dividend() -> None:
    got = _metrics("Halvorsen Foods raised its dividend to 30 cents a share from 25 cents.")
    assert got["30 cents"] == "dividend"


def test_a_sized_item_is_priced_by_its_noun() -> None:
    got = _metrics("Each 40-foot trailer sells for about $61,000, the maker said.")
    assert got["$61,000"] == "trailer price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Nikkei 225 fell 1.2%, or 470 points, to close at 38,210 points.", "470 points"),
        ("The Nikkei 225 fell 1.2%, or 470 points, to close at 38,210 points.", "38,210 points"),
        ("The broader Topix edged up 0.3% on Friday.", "0.3%"),
    ],
)
def test_an_index_reports_points_and_moves(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "index"


def test_a_currency_moved_to_a_price_is_its_exchange_rate() -> None:
    got = _metrics("Traders cut bets on a rate rise, and the euro fell 0.4% to $1.0710.")
    assert got["0.4%"] == "exchange rate"
    assert got["$1.0710"] == "exchange rate"
