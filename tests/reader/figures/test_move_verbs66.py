"""A percentage after a verb of moving is the move itself, with its direction, whatever verb
the writer chose ("slumped 18%", "sank 12.7%", "leapt 55%", "after gaining 6%"); after the verb
and "below" or "above" it is the new level ("dipped below 20%"), and "shed 4% of its workforce"
is a cut, not a move of a measure."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.format import format_lead


def _percent(sentence: str) -> tuple[str | None, str | None]:
    f = next(f for f in extract_figures([sentence]) if f.kind == "percent")
    return (f.change.direction, f.change.amount) if f.change else (None, None)


@pytest.mark.parametrize(
    ("sentence", "direction", "amount"),
    [
        ("Shares in Brightwater Foods slumped 18% on Monday.", "down", "18%"),
        ("US sales at GM sank 12.7% in February.", "down", "12.7%"),
        ("Tate's shares have leapt 55% this year.", "up", "55%"),
        ("Copper rose on Monday, after gaining 6% last week.", "up", "6%"),
        ("The currency has strengthened 4% since late December.", "up", "4%"),
        ("Revenue dipped 1.4% in 2004.", "down", "1.4%"),
        ("The yen weakened 0.8% against the dollar.", "down", "0.8%"),
    ],
)
def test_a_move_verb_makes_the_percentage_a_signed_change(
    sentence: str, direction: str, amount: str
) -> None:
    assert _percent(sentence) == (direction, amount)


def test_the_list_shows_the_move_signed() -> None:
    f = extract_figures(["Shares in Brightwater Foods slumped 18% on Monday."])[0]
    assert format_lead(f) == "-18%"


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Annual house price inflation dipped below 20% in December.", ("down", None)),
        ("The firm shed 4% of its workforce.", (None, None)),
    ],
)
def test_a_level_or_a_cut_is_no_signed_move(
    sentence: str, change: tuple[str | None, str | None]
) -> None:
    assert _percent(sentence) == change


@pytest.mark.parametrize(
    ("sentence", "direction", "amount"),
    [
        ("It lifted revenue from hauling other miners' ore by 31 per cent.", "up", "31 per cent"),
        ("Nestle is to raise its dividend by 11% after paying back debt.", "up", "11%"),
        ("The group cut production in North America by 3%.", "down", "3%"),
        ("The quarter showed annual growth of 6.3%.", "up", "6.3%"),
        ("Real wages were about 4% higher than a year earlier.", "up", "4%"),
        ("The Dow Jones index closed 0.5% higher.", "up", "0.5%"),
        ("GE's shares ended Friday 0.24% lower.", "down", "0.24%"),
    ],
)
def test_a_move_told_around_the_percentage(sentence: str, direction: str, amount: str) -> None:
    assert _percent(sentence) == (direction, amount)


def test_basis_points_move_as_percentages_do() -> None:
    figures = extract_figures(["The central bank cut its main rate by 25 basis points to 3.25%."])
    points = next(f for f in figures if f.surface == "25 basis points")
    assert points.change is not None
    assert (points.change.direction, points.change.amount) == ("down", "25 basis points")
    assert format_lead(points) == "-25 basis points"


@pytest.mark.parametrize(
    ("sentence", "surface", "lead"),
    [
        ("The company cut its price by VND40 million in July.", "VND40 million", "-40M VND"),
        ("The number of people out of work dropped by 9,000 to 118,000.", "9,000", "-9,000"),
        ("Internet customers rose to 3.62 million, an increase of 41,000.", "41,000", "+41K"),
        ("Overall, mortgage lending rose by £7.2bn in January.", "£7.2bn", "+£7.2B"),
    ],
)
def test_a_sum_or_count_a_measure_moved_by_is_shown_signed(
    sentence: str, surface: str, lead: str
) -> None:
    f = next(f for f in extract_figures([sentence]) if f.surface == surface)
    assert format_lead(f) == lead


@pytest.mark.parametrize(
    "sentence",
    [
        "Mitsubishi Motors reported a net loss of 472bn yen for the year.",
        "The firm raised $50 million from investors.",
    ],
)
def test_a_loss_or_a_sum_raised_is_a_level(sentence: str) -> None:
    assert all(f.change is None for f in extract_figures([sentence]))


def test_the_level_a_move_started_from_is_no_move() -> None:
    figures = extract_figures(["Monthly churn fell to 4.8% from 6.1%, the company said."])
    old = next(f for f in figures if f.surface == "6.1%")
    assert old.change is None
    assert old.status == "base"


@pytest.mark.parametrize(
    ("sentence", "old"),
    [
        ("The big three will get about 38%, down from roughly 60% of the money.", "60%"),
        (
            "Its gross margin narrowed to 27.4 percent from 28.9 percent as it cut prices.",
            "28.9 percent",
        ),
    ],
)
def test_an_old_level_is_no_move_of_its_own(sentence: str, old: str) -> None:
    f = next(f for f in extract_figures([sentence]) if f.surface == old)
    assert f.change is None


def test_a_move_with_its_conversion_is_shown_signed_once() -> None:
    # the conversion in brackets is no part of the move's amount: "+$5M revenue", not
    # "$5M revenue, +$5m (£4m)"
    f = next(
        f for f in extract_figures(["Revenue rose by $5m (£4m) to $80m."]) if f.surface == "$5m"
    )
    assert f.change is not None
    assert f.change.amount == "$5m"
    assert format_lead(f) == "+$5M"
