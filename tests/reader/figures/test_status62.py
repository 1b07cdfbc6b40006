"""What is not (yet) a result (session 62): a subject's own target written as one noun phrase
("above its $2.5-billion target") is planned, not the result; a cut someone "called for" is
sought, not made; but a target another body set ("the 80% target set by the WHO") is left as
the rounds label it; the closing price a discount or a yield is measured against is a base;
what a budget or a deal sets out ("Under the ordinance, social services get ₱14.2 billion") is
planned, but money brought in "under the agreement" is not; an IPO's indicative range is planned."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.model import Figure


def _figure(sentence: str, surface: str) -> Figure:
    return next(f for f in extract_figures([sentence], title="News") if f.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Kingsway Partners closed its fifth fund at $2.85-billion, above its $2.5-billion target.", "$2.5-billion"),
        ("The chain missed its 5% sales growth target for the year.", "5%"),
        ("The federation called for a further cut of 50 basis points as soon as possible.", "50 basis points"),
    ],
)  # fmt: skip
def test_a_target_or_a_demand_is_planned(sentence: str, surface: str) -> None:
    assert _figure(sentence, surface).status == "planned"


def test_the_result_beside_its_target_stays_a_result() -> None:
    sentence = (
        "Kingsway Partners closed its fifth fund at $2.85-billion, above its $2.5-billion target."
    )
    assert _figure(sentence, "$2.85-billion").status is None


def test_a_target_another_body_set_is_not_the_subjects_plan() -> None:
    sentence = "Coverage fell to 72%, below the 80% target set by the World Health Organization."
    assert _figure(sentence, "80%").status is None


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The shares were placed at 41p, a discount of 18.3 per cent below Wednesday's closing price of 50.2p.", "50.2p"),
        ("It pays NOK 27.40 a share, a yield of roughly 13% at Wednesday's closing price of NOK 211.60.", "NOK 211.60"),
    ],
)  # fmt: skip
def test_the_price_a_discount_or_a_yield_is_measured_against_is_a_base(
    sentence: str, surface: str
) -> None:
    assert _figure(sentence, surface).status == "base"


def test_what_a_budget_or_a_deal_sets_out_is_planned() -> None:
    sentence = "Under the ordinance, social services get the biggest slice at ₱14.2 billion."
    assert _figure(sentence, "₱14.2 billion").status == "planned"


def test_money_already_brought_in_under_a_deal_stays_a_result() -> None:
    sentence = (
        "Media rights brought in ₹640 crore this season under the agreement with the network."
    )
    assert _figure(sentence, "₹640 crore").status is None


def test_an_indicative_range_is_planned() -> None:
    sentence = "The company had set an indicative range of ¥2,150 to ¥2,340 earlier this month."
    assert _figure(sentence, "¥2,150").status == "planned"
