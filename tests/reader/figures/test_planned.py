"""Planned status (figures/planned.py and the planned rules of intent.py): sentences written
for the tests, not taken from any eval or seed text."""

from __future__ import annotations

import pytest

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    fig = next(f for f in parse_sentence(sentence) if f.surface == surface)
    return fig.status


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Zoo admission prices will rise 6% in the spring.", "6%", "planned"),
        ("The arts council's grant will fall to £3.1 million.", "£3.1 million", "planned"),
        ("A day pass for the ski lift will go up to €54.", "€54", "planned"),
        ("A monthly season ticket from Slough will rise by £19.", "£19", "planned"),
        (
            "Prize money for the spring handicap at the county ground will rise to £50,000.",
            "£50,000",
            "planned",
        ),
        # a level the market reaches, not one someone sets
        ("Ticket sales will rise to 40,000 this year, the promoter expects.", "40,000", "forecast"),
        ("Copper prices will rise to $9,800 a tonne.", "$9,800", "forecast"),
    ],
)
def test_a_price_or_grant_someone_sets_that_will_change_is_planned(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The bakery chain expects to open 45 new shops next year.", "45 new shops", "planned"),
        (
            "Brindle said it expected to shut three plants, affecting 900 jobs.",
            "900 jobs",
            "planned",
        ),
        # a level it expects to reach, or what others expect of it, is a forecast
        (
            "The bakery chain expects to sell 45 million loaves next year.",
            "45 million loaves",
            "forecast",
        ),
        ("The minister is also expected to cut the £40 fee.", "£40", "forecast"),
    ],
)
def test_what_an_organisation_expects_to_do_itself_is_planned(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The group will fund the deal with £700 million of new loans.", "£700 million", "planned"),
        ("The board would cap annual bonuses at 120% of salary.", "120%", "planned"),
        ("Growth will slow to 1.2% next year.", "1.2%", "forecast"),
    ],
)
def test_how_someone_will_fund_or_cap_something_is_planned(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


def test_what_a_failure_threatens_is_not_yet_lost_and_the_threat_does_not_carry() -> None:
    got = {
        f.surface: f.status
        for f in parse_sentence(
            "The shipyard collapsed on Monday, putting 2,300 jobs at risk and halting work on "
            "six of its nine vessels."
        )
    }
    assert got["2,300 jobs"] == "planned"
    assert got["six"] is None
    assert _status("The mill shut in May and 400 jobs were lost.", "400 jobs") is None


def test_the_whole_a_part_is_taken_from_is_planned_only_when_written_as_a_plan() -> None:
    assert (
        _status("It said 40 of its 260 planned depots had been delayed.", "260 planned depots")
        == "planned"
    )
    assert _status("It said 40 of its 260 depots had been delayed.", "260 depots") is None


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("A gym membership costs £30 a month, rising to £34 in March.", "£34", "planned"),
        ("Membership rose to £30 a month, rising to £34 in March.", "£34", None),
        ("A gym membership costs £30 a month, rising to £34 in March 2004.", "£34", None),
    ],
)
def test_a_present_tense_change_in_a_month_to_come_is_planned(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        (
            "The hauliers agreed last week to raise drivers' pay by 6% over two years.",
            "6%",
            "planned",
        ),
        ("The club has agreed to invest £12m in its academy.", "£12m", "planned"),
        # a settlement or a deal agreed is the news itself
        ("The bank agreed to pay $90m to settle the lawsuit.", "$90m", None),
    ],
)
def test_a_commitment_agreed_but_not_yet_carried_out_is_planned(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want
