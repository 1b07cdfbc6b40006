"""The measure a figure is "of" (reader/figures/of_measure.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title="Annual accounts")}


def test_the_measure_a_figure_is_of_names_it() -> None:
    got = _metrics(
        [
            "The college now expects a deficit of £2.1m, against a surplus of £0.4m last year.",
            "Milk prices rose 6.1%, ahead of the 2.9% rate of food inflation.",
            "The network has a take-up rate of 41% where it is live.",
        ]
    )
    assert got["£0.4m"] == "surplus"
    assert got["2.9%"] == "food inflation"
    assert got["41%"] == "take-up rate"


def test_no_noun_phrase_a_bound_or_a_figure_that_modifies_a_noun_is_left() -> None:
    got = _metrics(
        [
            "Growth was 0.8%, ahead of the 0.6% forecast.",
            "The probe followed the discovery of a $3bn (£1.6bn) accounting fraud.",
            "Prices rose at an annual rate of 4.2% in May.",
            "Ferrovia's revenue rose to €2bn, an average of €40m a week.",
        ]
    )
    assert got["0.6%"] != "ahead"
    assert got["$3bn"] != "discovery"
    assert got["4.2%"] != "annual rate"
    assert got["€40m"] != "average"
