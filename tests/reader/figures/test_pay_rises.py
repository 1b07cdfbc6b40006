"""A rise people are given, with nothing it is in, is a pay rise (pay_rises.py; a user's paste,
session 69: "About 640 security, baggage and cleaning staff will get a 6% rise backdated to
April" showed the 6% as "employees")."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return {f.surface: f.metric for f in extract_figures([sentence])}[surface]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Some 1,200 porters and cleaners will get a 7% rise from July.", "7%"),
        ("Bus drivers were offered a 4% increase, the union said.", "4%"),
        ("Junior doctors have been awarded a further 3% uplift.", "3%"),
    ],
)
def test_a_rise_people_are_given_is_a_pay_rise(sentence: str, surface: str) -> None:
    assert _metric(sentence, surface) == "pay rise"


@pytest.mark.parametrize(
    ("sentence", "surface", "not_want"),
    [
        ("Passengers will get a 5% rise in fares next year.", "5%", "pay rise"),
        ("Members will get a 10% discount at the club shop.", "10%", "pay rise"),
        ("Staff numbers will rise 6% this year.", "6%", "pay rise"),
    ],
)
def test_a_rise_in_something_or_no_rise_given_is_not(
    sentence: str, surface: str, not_want: str
) -> None:
    assert _metric(sentence, surface) != not_want
