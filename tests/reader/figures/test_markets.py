"""Traded things own their prices: commodities, fuels and currencies (markets.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.markets import (
    coordinated_traded,
    currency_owner,
    forecast_of,
    is_index,
    traded_measure,
)


def _subjects(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs)}


def test_a_commodity_price_is_the_commoditys_not_the_storys_firm() -> None:
    subjects = _subjects(
        [
            "Dunhallow Mining said on Monday its zinc output fell 8% in the quarter.",
            "Nickel prices rose 3.1% to $17,250 a tonne, while Dunhallow shares fell 2%.",
            "Diesel prices have dropped about 9% since March.",
        ]
    )
    assert subjects["3.1%"] == "Nickel"
    assert subjects["$17,250"] == "Nickel"
    assert subjects["9%"] == "Diesel"
    assert subjects["8%"] == "Dunhallow Mining"  # the miner's output stays the miner's


def test_a_producers_output_of_a_commodity_stays_the_producers() -> None:
    subjects = _subjects(
        [
            "Quarrow Resources raised its guidance on Tuesday.",
            "Chief executive Ann Pike said iron ore output would reach 210 million tonnes.",
        ]
    )
    assert subjects["210 million tonnes"] == "Quarrow Resources"


def test_currencies_and_coordinated_commodities() -> None:
    subjects = _subjects(
        [
            "Halvard Bank shares rose 1% on Friday.",
            "The Swiss franc weakened 0.4% against the euro.",
            "Silver fell 1.2% to $28.10 an ounce and platinum gained 0.7%.",
        ]
    )
    assert subjects["0.4%"] == "Swiss franc"
    assert subjects["0.7%"] == "platinum"
    assert subjects["1.2%"] == "Silver"


def test_helpers_recognise_only_traded_things() -> None:
    assert currency_owner("pound") == "pound"
    assert currency_owner("real wages") is None
    assert traded_measure("Jet fuel")
    assert not traded_measure("Food")
    s = "Brent fell 2% and gold added 0.5%."
    assert coordinated_traded(s, s.index("0.5%")) == "gold"
    s = "Sales fell 2% and profit added 0.5%."
    assert coordinated_traded(s, s.index("0.5%")) is None


def test_an_index_is_never_the_storys_firm() -> None:
    figures = extract_figures(
        [
            "Frankfurt's DAX index rose 0.6% to 18,420 points on Wednesday, led by Veltmann "
            "after it raised its forecast.",
            "Veltmann, the German chemicals maker, now expects sales of €9.1 billion this year.",
            "Analysts at Brauer & Co raised their target price for the stock to €74 from €66.",
        ],
        title="DAX edges up as Veltmann lifts outlook",
    )
    subjects = {f.surface: f.subject for f in figures}
    assert subjects["€74"] == "Veltmann"
    assert subjects["€66"] == "Veltmann"
    assert is_index("DAX", "DAX index rose", 0)
    assert is_index("Kospi", "the Kospi fell", 4)
    assert not is_index("Veltmann", "Veltmann rose", 0)


def test_a_commodity_forecast_and_a_countrys_imports_of_a_commodity() -> None:
    subjects = _subjects(
        [
            "Oil rose on Monday as Gulf producers said they would cut output.",
            "Analysts at Marden & Co raised their Brent forecast for the third quarter to $88 "
            "from $79.",
            "Indian imports of wheat reached 6.1 million tonnes in May, customs data showed.",
        ]
    )
    assert subjects["$88"] == "Brent"
    assert subjects["$79"] == "Brent"
    assert subjects["6.1 million tonnes"] == "wheat"
    s = "Analysts raised their forecast for the group's profit to £90m."
    assert forecast_of(s, s.index("£90m")) is None


def test_a_commodity_that_moves_names_its_price() -> None:
    from reader.figures import extract_figures

    figs = extract_figures(
        [
            "Palm oil prices have dropped about 12% since May, to around $810 a tonne.",
            "Dutch TTF gas rose 5% on Friday, while Norrland Oil fell 2%.",
            "Zinc futures rose 3% to $2,840 a tonne, up from $2,760 on Monday.",
        ],
        title="Commodities",
    )
    by = {f.surface: f.metric for f in figs}
    assert by["12%"] == "palm oil price"
    assert by["$810"] == "palm oil price per tonne"
    assert by["5%"] == "gas price"
    assert by["$2,840"] == by["$2,760"] == "zinc price per tonne"  # a price per unit, its base
    assert by["2%"] != "oil price"  # a company's name, not the commodity
