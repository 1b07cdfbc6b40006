"""Money a body plans to spend is planned: the verb's own object ("The company plans capital
expenditure of ₹1,400 crore through FY40") and money set aside "over three years for marketing"
(blind round attrib_a122, session 63)."""

from __future__ import annotations

from reader.figures import extract_figures


def _status(sentence: str, surface: str) -> str | None:
    (fig,) = [f for f in extract_figures([sentence], title="News") if f.surface == surface]
    return fig.status


def test_planned_spending_is_planned() -> None:
    text = "The company plans capital expenditure of ₹1,400 crore through FY40."
    assert _status(text, "₹1,400 crore") == "planned"


def test_money_set_aside_over_years_for_a_purpose_is_planned() -> None:
    text = "The board has set aside S$450 million over three years for marketing."
    assert _status(text, "S$450 million") == "planned"


def test_a_provision_for_bad_loans_is_not() -> None:
    assert _status("The bank set aside $40m for bad loans.", "$40m") != "planned"
    assert _status("The bank set aside $40m over two years for bad loans.", "$40m") != "planned"


def test_a_rise_a_regulator_allows_or_is_asked_to_approve_is_planned() -> None:
    text = "The regulator on Friday allowed the utility to raise its average tariff by Rs3.28."
    assert _status(text, "Rs3.28") == "planned"
    text = (
        "Fraser Valley Water is asking the utilities commission to approve average rate "
        "increases of 6.8 per cent a year."
    )
    assert _status(text, "6.8 per cent") == "planned"
