"""Statuses carried across a sentence (session 57; sentences written here): a measure listed
after a base under a forecasting verb ("expects revenue of €205m, against €181m in 2035, and
EBITDA of around €67m"), the next payer after a base under a planning verb ("will cost ₦3,500
instead of ₦2,900, the Standard plan ₦6,900"), a second verb under one "will" ("will add 1,200
jobs, and lift ..."), a forecast label some words before its colon ("kept its forecast for the
year unchanged: sales of ..."), and a worked example a sentence opens on ("For a borrower with a
$600,000 mortgage, ...")."""

from __future__ import annotations

from reader.figures import extract_figures


def _status(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.status for f in extract_figures([sentence], title="News")}


def test_a_measure_listed_after_a_base_is_forecast_too() -> None:
    got = _status(
        "For the full year Veltmann expects revenue of between €205 million and €210 million, "
        "against €181.3 million in 2035, and EBITDA of around €67 million."
    )
    assert got["€67 million"] == "forecast"
    assert got["€181.3 million"] == "base"


def test_the_next_payer_after_a_base_is_as_planned() -> None:
    got = _status(
        "From March 1 the Basic plan will cost ₦3,500 a month instead of ₦2,900, the Family plan "
        "₦6,900 instead of ₦5,800, and the Sports plan ₦11,000, up from ₦9,500."
    )
    assert got["₦6,900"] not in (None, "actual", "base")
    assert got["₦5,800"] == "base"


def test_a_label_some_words_before_its_colon() -> None:
    got = _status(
        "Tamaki kept its forecast for the year ending March 2038 unchanged: sales of ¥182 billion "
        "and an operating profit of ¥52 billion."
    )
    assert got["¥182 billion"] == "forecast"


def test_a_worked_example_is_hypothetical() -> None:
    got = _status(
        "For a family borrowing €200,000 over 30 years, the cut means a monthly payment of about "
        "€858, roughly €30 less than a year ago."
    )
    assert got["€200,000"] == "hypothetical"
    assert got["€858"] == "hypothetical"


def test_a_typical_case_is_the_fact_it_stands_for() -> None:
    got = _status("For a typical household, the bill rose 5% in April.")
    assert got["5%"] in (None, "actual")


def test_a_second_verb_under_one_will_is_planned_too() -> None:
    got = _status(
        "Harlow Mills will invest £40 million in a new plant, and double the site's output to "
        "90,000 tonnes a year."
    )
    assert got["90,000 tonnes"] == "planned"


def test_what_an_analyst_forecasts_is_expected() -> None:
    got = _status(
        "Tevragh Capital, a Nouakchott brokerage, expects the miner to ship about 14.8 million "
        "tonnes this year."
    )
    assert got["14.8 million tonnes"] == "expected"


def test_a_company_outlook_stays_a_forecast() -> None:
    got = _status("Harlow Mills expects revenue of £210 million next year.")
    assert got["£210 million"] == "forecast"
