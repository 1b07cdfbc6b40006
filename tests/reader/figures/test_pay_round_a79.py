"""What blind round attrib_a79 taught (issue 14, session 44: work, pay, pensions and household
money): a worked example's sums are hypothetical ("A worker earning C$78,000 a year would pay
about C$1,365 more", "On a $600,000 loan ..., the increase would add about $32"); an assumed
rate is a forecast ("against an assumed 5.25% a year"); a pension plan's own accounts ("a 2.1%
return on plan assets") are no plan."""

from __future__ import annotations

from tests.reader.figures.helpers import by_surface as _figs


def test_a_worked_examples_sums_are_hypothetical() -> None:
    figs = _figs("A nurse earning £41,000 a year would pay about £310 more under the change.")
    assert figs["£41,000"].status == "hypothetical"
    assert figs["£310"].status == "hypothetical"
    figs = _figs(
        "On a $450,000 loan over 30 years, the rise would add about $41 a fortnight to"
        " repayments, the bank said."
    )
    assert figs["$450,000"].status == "hypothetical"
    assert figs["$41"].status == "hypothetical"


def test_a_real_group_on_a_plan_is_no_example() -> None:
    figs = _figs("Households on the standard tariff paid £1,920 last year, the regulator said.")
    assert figs["£1,920"].status is None


def test_an_assumed_rate_is_a_forecast_and_the_plans_return_a_fact() -> None:
    figs = _figs(
        "The scheme blamed a 1.8% return on plan assets in the half year, against an assumed"
        " 6.1% a year."
    )
    assert figs["1.8%"].status is None
    assert figs["6.1%"].status == "forecast"
    # what a body assumes happens is the body's own measure, labelled as a fact
    figs = _figs("The regulator assumes a home uses 3,100 kWh of electricity a year.")
    assert figs["3,100 kWh"].status is None
