"""status25: figures of an imagined case (scenario.py) and other non-actuals."""

from __future__ import annotations

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).status


def test_a_figure_under_a_scenario_is_hypothetical() -> None:
    sentence = (
        "Dunmore Bank fared worst under a scenario with a sharp slump and a 40% drop in "
        "commercial property values."
    )
    assert _status(sentence, "40%") == "hypothetical"


def test_what_a_stress_test_imagines_is_hypothetical() -> None:
    sentence = "The exercise imagines inflation climbing to 9% and the jobless rate reaching 6.5%."
    assert _status(sentence, "9%") == "hypothetical"
    assert _status(sentence, "6.5%") == "hypothetical"


def test_losses_under_the_test_are_hypothetical() -> None:
    sentence = "Its projected credit losses under the test came to £4.6bn."
    assert _status(sentence, "£4.6bn") == "hypothetical"


def test_a_test_match_is_no_scenario() -> None:
    sentence = "Patel scored 212 runs in the test at Lord's on Saturday."
    assert _status(sentence, "212 runs") is None


def test_passing_a_test_is_a_fact() -> None:
    sentence = "All seven lenders passed the stress test, with capital ratios above 9%."
    assert _status(sentence, "9%") is None


def test_what_a_planned_cut_saves_is_planned() -> None:
    sentence = "The brewer will shut its Leeds plant and cut 120 jobs, saving about £6m a year."
    assert _status(sentence, "£6m") == "planned"


def test_what_a_past_cut_saved_stays_actual() -> None:
    sentence = (
        "The brewer shut its Leeds plant last year and cut 120 jobs, saving about £6m a year."
    )
    assert _status(sentence, "£6m") is None
