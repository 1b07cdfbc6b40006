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


def test_a_change_of_a_measure_names_the_measure_and_the_change() -> None:
    got = _metrics(
        [
            "The transport council approved an overall fare increase of 5.4%.",
            "Hamilton faces tax increases of between 4 per cent and 6 per cent a year.",
            "Councillors voted for property tax increases of 3% next year.",
        ]
    )
    assert got["5.4%"] == "fare increase"
    # a verb before the measure is no part of it ("faces tax")
    assert got["4 per cent"] == got["6 per cent"] == "tax increase"
    assert got["3%"] == "property tax increase"


def test_a_sum_quoted_to_the_dollar_is_its_currency_s_exchange_rate() -> None:
    figs = extract_figures(
        ["The rand weakened to an average of R18.42 to the dollar during the month."],
        title="Fuel prices",
    )
    (rate,) = figs
    assert (rate.metric, rate.subject) == ("exchange rate", "rand")
