"""A percentage in a noun phrase of its own ("a 10% rise in costs", after its determiner) moves
the way its noun says, not the way the clause's verb does (a user's paste, session 69: "Profit
fell after a 10% rise in costs" had shown the costs -10%)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _moves(sentence: str) -> dict[str, str | None]:
    return {
        f.surface: f.change.direction if f.change else None for f in extract_figures([sentence])
    }


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Margins fell after a 10% rise in freight charges.", "10%", "up"),
        ("Bookings rose despite a 5% fall in air fares.", "5%", "down"),
        ("The index slipped, short of the 0.8% gain in May.", "0.8%", "up"),
        ("Output climbed after an almost 7% drop in energy prices.", "7%", "down"),
        # the verb's own figure keeps the verb's way
        ("Profit fell 12% after a 10% rise in costs.", "12%", "down"),
    ],
)
def test_a_percentage_moves_the_way_its_own_noun_says(
    sentence: str, surface: str, want: str
) -> None:
    assert _moves(sentence)[surface] == want
