"""What plans, leave and programmes are for is planned ("has lodged plans for a €185m
expansion", "has planning permission for 12 new sites", "the programme to build 26,000
affordable homes"), as are what a planned thing costs ("plans a 120-bed wing costing ₹185
crore") and the means of a plan ("expects to cut costs by $31 million, mostly by closing 16
branches"); building plans a statistic counts are no plan of the writer's ("municipalities
passed plans for 3,418 new units"; development rounds, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures


def _status(sentence: str, surface: str) -> str | None:
    found = [f for f in extract_figures([sentence], title="News") if f.surface == surface]
    assert found, surface
    return found[0].status


def test_plans_leave_and_programmes_are_planned() -> None:
    assert _status("Shannon Airport has lodged plans for a €185m expansion.", "€185m") == "planned"
    assert _status("Lidmark has planning permission for 12 new sites.", "12 new sites") == "planned"
    assert (
        _status(
            "Its programme to build 26,000 affordable homes by 2030 is behind.",
            "26,000 affordable homes",
        )
        == "planned"
    )


def test_a_planned_things_cost_and_means_are_planned() -> None:
    assert (
        _status("It also plans a 120-bed cancer wing costing ₹185 crore.", "₹185 crore")
        == "planned"
    )
    sentence = "Great Miami expects to cut costs by $31 million, mostly by closing 16 branches."
    assert _status(sentence, "16 branches") == "planned"


def test_building_plans_passed_are_a_statistic() -> None:
    assert (
        _status("Municipalities passed plans for 3,418 new homes in June.", "3,418 new homes")
        != "planned"
    )


def test_a_budget_adopted_is_planned() -> None:
    sentence = "The district board adopted a $412.7 million general fund budget for 2037-38."
    assert _status(sentence, "$412.7 million") == "planned"
