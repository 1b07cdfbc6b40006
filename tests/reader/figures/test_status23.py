"""Status rules of issue 14 (status23): bases, expectations and plans no longer read as actuals."""

from __future__ import annotations

import pytest

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    fig = next(f for f in parse_sentence(sentence) if f.surface == surface)
    return fig.status


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # an adverb between "had" and "expected"
        (
            "Profit came in at $80 million. Analysts had on average expected $95 million.",
            "$95 million",
            "expected",
        ),
        ("Economists had broadly forecast 2.1% growth for the quarter.", "2.1%", "expected"),
        # a base written with a bound ("from more than", "from as much as")
        ("Daily sales slid to 14,000 copies, from more than 40,000 in 2015.", "40,000", "base"),
        ("Fees fell to 0.5% of the loan, from as much as 2% last spring.", "2%", "base"),
        ("Fees fell to 0.5% of the loan, from as much as 2% last spring.", "0.5%", None),
        # the period's possessive before the base
        ("The plan is 8% bigger than this year's €210 million.", "€210 million", "base"),
        ("The plan is 8% bigger than this year's €210 million.", "8%", None),
        # the qualifier after "of"
        ("Staff turnover was 14%, against a regional average of about 9%.", "9%", "base"),
        # a swing from the other result
        (
            "The miner swung to a loss of $40 million in the half, from a profit of $65 million a year earlier.",
            "$65 million",
            "base",
        ),
        (
            "The miner swung to a loss of $40 million in the half, from a profit of $65 million a year earlier.",
            "$40 million",
            None,
        ),
        # a level of its own the new one is set against, after an adverb of degree
        (
            "Revenue reached $2.1 billion, well below the $2.8 billion it earned in 2022.",
            "$2.8 billion",
            "base",
        ),
        (
            "The album sold 400,000 copies, far ahead of the 250,000 its predecessor managed.",
            "250,000",
            "base",
        ),
        # ... but not a peer's level
        (
            "Its budget will be €12 million, still well below the €40 million spent by the top clubs.",
            "€40 million",
            None,
        ),
    ],
)
def test_bases_and_expectations(sentence: str, surface: str, want: str | None) -> None:
    assert _status(sentence, surface) == want


def test_a_source_is_no_base() -> None:
    assert (
        _status("The charity raises money from a network of 2,500 parishes.", "2,500 parishes")
        is None
    )
    # a named giver, not an earlier level
    assert (
        _status("Its biggest gift was a legacy from Agnes Hollow of nearly £90,000.", "£90,000")
        is None
    )
    # a capitalised month before the noun is still a base
    assert (
        _status(
            "It now sees sales of $4 billion, up from its June guidance of $3.6 billion.",
            "$3.6 billion",
        )
        == "base"
    )


def test_put_is_planned_only_before_its_amount() -> None:
    assert (
        _status("The owners will put in $300 million of fresh capital.", "$300 million")
        == "planned"
    )
    assert (
        _status("The region will put in a weak showing, with growth of only 0.9%.", "0.9%")
        == "forecast"
    )


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a second action verb after a comma, under the same modal
        (
            "The bank said it would close 90 branches, or 12% of its network, and save £60 million a year.",
            "12%",
            "planned",
        ),
        (
            "The bank said it would close 90 branches, or 12% of its network, and save £60 million a year.",
            "£60 million",
            "planned",
        ),
        (
            "The insurer said it would spend $300 million on new systems, and cut 800 jobs in claims.",
            "800 jobs",
            "planned",
        ),
        (
            "The trust plans to treat 4,000 more patients next year, against 3,100 this year, and to hire 60 nurses.",
            "60 nurses",
            "planned",
        ),
        # ... not a verb of its own that is done
        ("Sales fell 6% to $4 billion last year, and the group cut 700 jobs.", "700 jobs", None),
        ("The group cut 700 jobs last year, and sales fell 6% to $4 billion.", "6%", None),
        # the level a planned change reaches after a comma
        ("The port said berth fees would rise 3% in June, to £410 per call.", "£410", "planned"),
        # an actor of any organisation class, and more action verbs
        ("She said the corporation would cut 75 jobs at its depot.", "75 jobs", "planned"),
        (
            "The union said the festival would give away 3,000 tickets next year.",
            "3,000 tickets",
            "planned",
        ),
        (
            "The works council said it would put 320 of its staff on short hours.",
            "320 of its staff",
            "planned",
        ),
        ("Members will each receive £150 under the scheme.", "£150", "planned"),
        ("The closures will save about £12m a year.", "£12m", "planned"),
        ("The utility must cut leaks by 15% by 2030.", "15%", "planned"),
        # what a planned figure is worth, holds or includes
        (
            "Customers will get a 4% rebate in March, worth about $25 million.",
            "$25 million",
            "planned",
        ),
        (
            "The city plans to expand the scheme to 900 bikes by 2028, with about 60 new docks.",
            "60 new docks",
            "planned",
        ),
        (
            "The ministry has pledged $90 million over three years, including grants of up to $20,000 per school.",
            "$20,000",
            "planned",
        ),
        # what someone else expects, values or prices in
        (
            "It will sell the unit, which analysts value at between $200 million and $240 million.",
            "$200 million",
            "expected",
        ),
        (
            "It will sell the unit, which analysts value at between $200 million and $240 million.",
            "$240 million",
            "expected",
        ),
        (
            "The bank held its rate at 4%, with markets pricing a rate of 3.25% by next summer.",
            "3.25%",
            "expected",
        ),
        # the speaker's own range
        (
            "The airport said it expected between 3.1 million and 3.3 million passengers this year.",
            "3.1 million",
            "forecast",
        ),
    ],
)
def test_plans_and_outlooks(sentence: str, surface: str, want: str | None) -> None:
    assert _status(sentence, surface) == want


def test_an_effect_is_a_forecast_not_a_plan() -> None:
    assert _status("He said the tariff would cut exports by 10%.", "10%") == "forecast"


def test_the_change_to_a_planned_or_forecast_level_shares_its_status() -> None:
    text = "The crop will shrink to 12 million tonnes this year, down 18% from 14.6 million tonnes."
    assert _status(text, "18%") == "forecast"
    assert _status(text, "14.6 million tonnes") == "base"
    assert _status("The club will raise ticket prices to $45 in May, up 12%.", "12%") == "planned"
    assert _status("Revenue rose to $3bn, up 9% from $2.75bn.", "9%") is None


def test_the_start_of_a_move_with_its_time_between() -> None:
    text = "The regulator said the average fare would go from $3.10 this year to $3.60 by 2029."
    assert _status(text, "$3.10") == "base"
    assert _status("The shop trades from 312 stores this year.", "312 stores") is None


def test_a_base_that_was_a_plan() -> None:
    text = "It cut next year's budget to £40 million from a planned £52 million."
    assert _status(text, "£52 million") == "base"


def test_what_another_body_estimates_of_what_is_to_come_is_expected() -> None:
    text = "Fees will rise with inflation, which the charity estimates will be worth about £40m to the sector."
    assert _status(text, "£40m") == "expected"
    text = "The pilots' union estimates that 300 flights will be cancelled this summer."
    assert _status(text, "300 flights") == "expected"
