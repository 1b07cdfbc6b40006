"""How a figure moved (reader/figures/change.py), read through parse_sentence."""

from __future__ import annotations

import pytest

from reader.figures import parse_sentence
from reader.model import Figure


def fig(sentence: str, surface: str) -> Figure:
    return next(f for f in parse_sentence(sentence) if f.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "direction", "amount", "period"),
    [
        (
            "Revenue was $18.1 billion, growing only 2% year-over-year.",
            "$18.1 billion",
            "up",
            "2%",
            "year-over-year",
        ),
        ("Initech reported an 8% increase in revenue.", "8%", "up", "8%", None),
        (
            "Sales showed a 3% decline from a year earlier.",
            "3%",
            "down",
            "3%",
            "from a year earlier",
        ),
        ("Sales rose 12% from last year.", "12%", "up", "12%", "from last year"),
        ("Profit slid 7% to $2 billion.", "$2 billion", "down", "7%", None),
    ],
)
def test_change(
    sentence: str, surface: str, direction: str, amount: str, period: str | None
) -> None:
    change = fig(sentence, surface).change
    assert change is not None
    assert (change.direction, change.amount, change.period) == (direction, amount, period)


def test_no_change_without_a_movement_word() -> None:
    assert fig("Initech holds 40% of the market.", "40%").change is None
