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
    # (a batter's runs are a score, no figure since session 66: a crowd stands in for them)
    sentence = "A crowd of 21,200 people watched the test at Lord's on Saturday."
    assert _status(sentence, "21,200 people") is None


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


def test_what_it_will_do_with_money_is_planned() -> None:
    assert _status(
        "Harwick will use $400 million of the proceeds to repay debt.", "$400 million"
    ) == ("planned")
    assert _status("The group will take a charge of £60m on the closure.", "£60m") == "planned"
    assert _status("It would book an impairment of €210 million.", "€210 million") == "planned"
    assert _status("The bank's owner will hold 35% of the merged group.", "35%") == "planned"


def test_a_rate_that_will_hold_at_a_level_is_not_planned() -> None:
    assert _status("The central bank rate will hold at 4.5% until spring.", "4.5%") != "planned"


def test_what_a_device_will_hold_is_not_planned() -> None:
    assert _status("The new player will hold about 300 albums.", "300 albums") != "planned"


def test_an_analysts_price_target_is_an_expectation() -> None:
    # the analyst's expectation of the share price (labels/attrib/README's "expected")
    sentence = "Another broker, Ashby Kerr, kept its 'hold' rating and a 480p target."
    assert _status(sentence, "480p") == "expected"
    sentence = (
        "Mara Olsen at Fjell Research, who has a price target of $72, said the sale was cheap."
    )
    assert _status(sentence, "$72") == "expected"


def test_a_fundraising_target_is_no_price_target() -> None:
    sentence = "The appeal has raised £40,000 of its £90,000 target."
    assert _status(sentence, "£90,000") not in ("forecast", "expected")


def test_a_level_now_set_against_a_goal_is_actual() -> None:
    sentence = "The port plans to handle 3 million containers by 2030, against 1.9 million today."
    assert _status(sentence, "1.9 million") is None


def test_another_partys_figure_set_against_is_actual() -> None:
    sentence = "Pupils at Linden Academy scored 71%, compared with 64% for the county as a whole."
    assert _status(sentence, "64%") is None
    sentence = "The average fare at Skyway is £48, against £55 at Corvair."
    assert _status(sentence, "£55") is None


def test_the_same_period_before_is_still_a_base() -> None:
    sentence = "Revenue was $3.1bn, compared with $2.8bn for the same period last year."
    assert _status(sentence, "$2.8bn") == "base"


def test_a_count_the_subject_already_has_is_actual() -> None:
    sentence = "Marlby said it would raise the pay of its 6,400 shop workers by 5% from May."
    assert _status(sentence, "6,400 shop workers") is None
    assert _status(sentence, "5%") == "planned"


def test_its_planned_count_stays_planned() -> None:
    sentence = "The operator will open 12 of its 60 planned depots next year."
    assert _status(sentence, "60 planned depots") == "planned"
