"""What a sum is the worth of, where no rule named a measure (``reader/figures/worth.py``)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return next(f for f in extract_figures([sentence]) if f.surface == surface).metric


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("The grower ordered 1,150 new hopper cars, worth about C$180 million, for next year.",
         "C$180 million", "hopper cars value"),
        ("It financed invoices worth ₦1.9 trillion last year.", "₦1.9 trillion",
         "invoices financed"),
        ("The mill has already awarded contracts worth $184 million.", "$184 million",
         "contracts awarded"),
        ("The fall left the company worth about NT$212.5 billion.", "NT$212.5 billion",
         "market value"),
        ("The first vouchers, worth £250 each, will be sent in January.", "£250",
         "vouchers value"),
    ],
)  # fmt: skip
def test_the_thing_worth_the_sum_names_it(sentence: str, surface: str, metric: str) -> None:
    assert _metric(sentence, surface) == metric


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # an exchange rate, not a euro's value
        ("The dollar edged higher, with one euro worth $1.3218.", "$1.3218"),
        # an adjective, not a verb done to the homes
        ("Buyers of established homes worth up to $850,000 pay no duty.", "$850,000"),
    ],
)  # fmt: skip
def test_no_thing_or_no_verb(sentence: str, surface: str) -> None:
    got = _metric(sentence, surface)
    assert got is None or ("euro" not in got and "established" not in got)


def test_a_firm_worth_a_sum_is_its_market_value_over_a_story_default() -> None:
    # a games studio's story reads as one about a release, whose default measure is the box
    # office: the company's worth is still its market value
    paras = [
        "A Wroclaw games studio is cutting 60 of its 340 jobs after pushing back the release of "
        "its flagship role-playing game to 2028.",
        "The studio's shares fell 14% to 38.20 zlotys in Warsaw on Tuesday, leaving the company "
        "worth about 610 million zlotys.",
    ]
    got = extract_figures(paras, title="Games studio cuts 60 jobs after delay to flagship title")
    assert next(f for f in got if f.surface == "610 million zlotys").metric == "market value"
