"""Money's metric by its clause (reader/figures/money_metric.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def test_a_sum_per_tonne_written_as_its_measures_of_is_that_measure() -> None:
    got = {
        f.surface: f.metric
        for f in extract_figures(
            ["The co-op paid growers a premium of $95 a tonne above the market price.",
             "Coffee traded at $4,100 a tonne in London."],
            title="Coffee growers",
        )
    }  # fmt: skip
    assert got["$95"] == "premium"
    assert got["$4,100"] == "coffee price"
