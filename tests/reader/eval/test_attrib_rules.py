"""The attribution eval's rules of agreement: metric names, owners and periods compared as a
reader would."""

from __future__ import annotations

from reader.eval.attrib_rules import (
    change_answered,
    metric_right,
    period_right,
    status_answered,
    subject_right,
)


def test_metric_synonyms_and_word_containment() -> None:
    assert metric_right("revenue", "sales")
    assert metric_right("net income", "quarterly net income")
    assert metric_right("market value", "market cap")
    assert not metric_right("net income", "revenue")
    assert not metric_right("eps", None)
    assert metric_right("copies", "units sold")  # copies sold are units sold
    assert metric_right("staff", "employees")
    assert not metric_right("staff", "jobs cut")
    assert metric_right("workers", "employees")
    assert metric_right("market value", "valuation")
    # singular and plural name one measure, but the words must still all be there
    assert metric_right("cost", "costs")
    assert metric_right("prices", "price")
    assert metric_right("rate", "rates")
    assert not metric_right("share price", "shares")
    assert not metric_right("net loss", "loss")
    assert metric_right("operating income", "operating profit")
    assert metric_right("operating profit", "operating income")
    assert metric_right("unemployment rate", "unemployment")
    assert metric_right("hiring", "jobs added")
    assert metric_right("betting levy", "betting levies")
    assert metric_right("fishing quotas", "fishing quota")
    # one measure named by its act or by its noun, either way round; a home's price is a house
    # price, a gift a donation, a firm's closing price its share price
    assert metric_right("store openings", "stores opened")
    assert metric_right("stores opened", "store openings")
    assert metric_right("mill closures", "mills closed")
    assert metric_right("median house price", "median home price")
    assert metric_right("average donation", "average gift")
    assert metric_right("share price", "closing price")
    assert not metric_right("stores opened", "store closures")
    assert not metric_right("house price", "price")
    # not a synonym: income is not revenue, nor a rate of something else
    assert not metric_right("operating income", "revenue")
    assert not metric_right("unemployment rate", "interest rate")


def test_period_agreement_reads_quarters_and_halves_and_ignores_little_words() -> None:
    assert period_right("Q3", "third quarter")
    assert period_right("H1 2025", "first half of 2025")
    assert period_right("by 2030", "2030")
    assert period_right("third quarter", "the third quarter of 2025")
    assert not period_right("third quarter", "fourth quarter")
    assert not period_right("last year", "")
    assert not period_right("", "")  # a label with no period is not scored


def test_subject_shares_a_name_word_whatever_the_case() -> None:
    assert subject_right(["Harborline Systems"], "Harborline")
    assert subject_right(["brent crude"], "Brent")
    assert not subject_right(["Carden Bank"], "Financial Conduct Authority")
    assert subject_right([], None)
    # a shared function word names no owner: "the group" is not "brightwave, the uk"
    assert not subject_right(["fibrenet", "the group"], "brightwave, the uk")
    assert not subject_right(["Bank of England"], "Office of Rail")
    assert subject_right(["fibrenet", "the group"], "Fibrenet Group")
    assert not subject_right([], "Boeing")


def test_a_hissing_plural_names_the_same_measure_as_its_singular() -> None:
    # "losses" folds to "loss", not "losse"; "taxes" to "tax"
    assert metric_right("insured losses", "insured loss")
    assert metric_right("pre-tax loss", "pre-tax losses")
    assert metric_right("taxes paid", "tax paid")
    assert metric_right("branch closures", "branches closures")
    assert not metric_right("insured losses", "insured premiums")


def test_a_label_holding_two_names_of_one_measure_asks_for_one() -> None:
    # takings are the box office; sales are revenue: the other name says nothing more
    assert metric_right("box office takings", "box office")
    assert metric_right("sales revenue", "revenue")
    assert not metric_right("box office takings", "ticket price")
    assert not metric_right("gross margin", "margin")  # "gross" names no measure here


def test_an_amount_word_of_a_label_is_not_asked_for() -> None:
    assert metric_right("index level", "index")
    assert metric_right("inventory levels", "inventory")
    assert not metric_right("index level", "shares")
    assert metric_right("level", "level")  # alone it is the label


def test_capital_spending_is_capex() -> None:
    assert metric_right("capital spending", "capex")
    assert metric_right("capex", "capital expenditure")
    assert not metric_right("capital spending", "spending cuts")


def test_jobs_created_membership_and_arrivals_are_one_measure_under_two_names() -> None:
    assert metric_right("jobs created", "jobs added")  # "will create 600 jobs"
    assert metric_right("members", "membership")
    assert metric_right("tourist arrivals", "visitors")
    assert not metric_right("jobs created", "jobs cut")
    assert not metric_right("members", "employees")


def test_a_labelled_change_word_is_answered_by_a_callout_signed_the_same_way() -> None:
    # "revenue +9.6%" says revenue growth; "share price -4.1%" a share price change
    assert metric_right("revenue growth", "revenue", "+9.6%")
    assert metric_right("share price change", "share price", "-4.1%")
    assert metric_right("index falls", "index", "~-2%")
    assert metric_right("fare rise", "fares", "+≤$0.30")
    # the words stay asked for without a signed callout, against its direction, or when the
    # change word is the whole label
    assert not metric_right("revenue growth", "revenue")
    assert not metric_right("revenue growth", "revenue", "-3%")
    assert not metric_right("export decline", "exports", "+1%")
    assert change_answered("growth", "+3%") == "growth"
    assert change_answered("net loss", "-3%") == "net loss"
    assert change_answered("revenue growth", "") == "revenue growth"
    # (session 71) a cut is a fall and a hike a rise: "base rate -25bp" says the base rate was
    # cut; unsigned, "85 jobs cut" still needs the word
    assert metric_right("base rate cut", "base rate", "-25bp")
    assert metric_right("fare hike", "fares", "+5%")
    assert not metric_right("base rate cut", "base rate", "+25bp")
    assert not metric_right("jobs cut", "jobs")


def test_a_labelled_forecast_or_plan_word_is_answered_by_the_status_shown_beside_the_metric() -> (
    None
):
    # "revenue (forecast)" says revenue guidance; "subscribers (planned)" a subscriber target
    assert metric_right("revenue guidance", "revenue", status="forecast")
    assert metric_right("subscriber target", "subscribers", status="planned")
    assert metric_right("profit forecast", "profit", status="expected")
    # not without that status shown, nor a plan's word for a forecast
    assert not metric_right("revenue guidance", "revenue")
    assert not metric_right("subscriber target", "subscribers", status="forecast")
    assert status_answered("forecast", "forecast") == "forecast"
    assert status_answered("net profit", "forecast") == "net profit"


def test_a_function_word_joining_a_labels_words_is_not_asked() -> None:
    assert metric_right("revenue from operations", "operations revenue")
    assert metric_right("sales in Japan", "Japan sales")
    assert metric_right("diesel price a litre", "diesel price per litre")
    # its words are still asked: other revenue is not revenue from operations
    assert not metric_right("revenue from operations", "revenue")
    # one at the end says something: votes for a motion are not all the votes
    assert not metric_right("votes for", "votes")
