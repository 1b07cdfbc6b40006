"""A measure named after a sum, in a clause a comma and "with", "while" or "as" open, is that
clause's subject, not the sum's metric ("ordered four ships for $520 million, with deliveries
due in 2028" had read "deliveries"; a user's paste, session 63)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    (fig,) = [f for f in extract_figures([sentence], title="News") if f.surface == surface]
    return fig.metric


def test_a_with_clause_after_the_sum_names_no_metric_of_it() -> None:
    got = _metric(
        "Shipping group Baltmar has ordered four container ships from a Korean yard for "
        "$520 million, with deliveries due between 2028 and 2029.",
        "$520 million",
    )
    assert got != "deliveries"
    got = _metric(
        "Harlow Rail has signed a contract with Kestrel Trains worth £140 million, while "
        "passengers will get new seats from 2030.",
        "£140 million",
    )
    assert got != "passengers"


def test_a_measure_right_after_the_figure_still_names_it() -> None:
    assert _metric("The chain posted £5m in sales, as expected.", "£5m") == "sales"


def test_a_participle_clause_after_the_sum_names_no_metric_of_it() -> None:
    got = _metric(
        "The group said it would spend $4.2 billion, citing higher sales in Asia.", "$4.2 billion"
    )
    assert "sales" not in (got or "")
