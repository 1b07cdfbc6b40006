"""A market report's figures measured by what their owner is (markets.market_measure)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.markets import market_measure
from reader.model import Figure


def _metrics(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures([sentence])}


def test_a_currency_moved_against_another_is_an_exchange_rate() -> None:
    got = _metrics("The Swiss franc slipped 0.4% against the euro to 0.93.")
    assert got["0.4%"] == "exchange rate"
    got = _metrics("The rupee weakened 1.2% against the dollar on Tuesday.")
    assert got["1.2%"] == "exchange rate"


def test_a_number_quoted_per_another_currency_is_that_currencys_exchange_rate() -> None:
    figures = extract_figures(
        ["Kestrel Mining said costs rose, and the kwacha traded at 27.35 per dollar on Monday."]
    )
    (rate,) = [f for f in figures if f.surface == "27.35"]
    assert (rate.metric, rate.subject) == ("exchange rate", "kwacha")  # not the firm's
    (rate,) = extract_figures(["Against the dollar the lira ended at 42.6 to the dollar."])
    assert (rate.metric, rate.subject) == ("exchange rate", "lira")


def test_a_share_index_move_is_the_index() -> None:
    assert _metrics("The Nikkei 225 rose 0.7% in Tokyo.")["0.7%"] == "index"


def test_a_firm_or_a_priced_currency_figure_is_left() -> None:
    f = Figure("3%", "percent", 3.0, "%", metric=None, subject="Harlow Foods")
    assert market_measure(f, "Harlow Foods rose 3% against expectations.", 17) is None
    g = Figure("$40", "money", 40.0, "USD", metric="price", subject="pound")
    assert market_measure(g, "A pound of beef costs $40.", 22) is None  # no other currency


def test_a_currencys_own_move_is_its_exchange_rate() -> None:
    assert _metrics("The rand firmed 1.3% on the day, helped by foreign buying.")["1.3%"] == (
        "exchange rate"
    )
