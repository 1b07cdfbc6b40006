"""Status carried between the figures of one sentence (figures/carry.py): sentences written
for the tests."""

from __future__ import annotations

from reader.figures import parse_sentence


def _statuses(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.status for f in parse_sentence(sentence)}


def test_a_gapped_second_change_after_a_base_takes_the_first_changes_status() -> None:
    got = _statuses("Parking fees will rise to £8 from £6, and the weekly permit to £35.")
    assert got == {"£8": "planned", "£6": "base", "£35": "planned"}


def test_a_gapped_change_after_a_reported_change_stays_actual() -> None:
    got = _statuses("Revenue rose to £8m from £6m, and operating profit to £3m.")
    assert got == {"£8m": None, "£6m": "base", "£3m": None}


def test_a_new_clause_with_its_own_verb_is_not_gapped() -> None:
    got = _statuses("Parking fees will rise to £8 from £6, and the council said permits cost £35.")
    assert got["£35"] is None


def test_a_participle_clause_hung_on_a_long_intention_is_planned() -> None:
    got = _statuses(
        "The council plans to introduce a congestion charge on the inner ring road around the "
        "old market town centre from next spring, raising about £4m a year."
    )
    assert got["£4m"] == "planned"


def test_a_participle_clause_hung_on_a_result_stays_actual() -> None:
    got = _statuses(
        "The council introduced a congestion charge on the inner ring road around the old "
        "market town centre last spring, raising about £4m a year."
    )
    assert got["£4m"] is None


def test_the_next_periods_step_of_a_planned_change_is_planned() -> None:
    got = _statuses("The employer has offered 3.5% this year and 2% next year.")
    assert got == {"3.5%": "planned", "2%": "planned"}


def test_a_next_years_figure_after_a_reported_one_stays_a_forecast() -> None:
    got = _statuses("Sales rose 3.5% this year and could rise 2% next year.")
    assert got["2%"] == "forecast"


def test_what_a_planned_figure_makes_is_planned_too() -> None:
    got = _statuses(
        "The union said staff would receive 40% of the savings, which will take the average "
        "driver's salary to £41,000."
    )
    assert got == {"40%": "planned", "£41,000": "planned"}


def test_what_a_forecast_makes_stays_a_forecast() -> None:
    got = _statuses("Sales could grow 40% next year, which would take the group's revenue to £41m.")
    assert got["£41m"] == "forecast"
