"""A dividend a board declares or recommends is planned (still to be paid); a figure after
"than the previous quarter's" is a base (issue 14: no non-actual shown as a fact). Sentences
written here."""

from __future__ import annotations

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).status


def test_a_declared_or_recommended_dividend_is_planned() -> None:
    assert (
        _status("The directors declared a special dividend of 12 cents.", "12 cents") == "planned"
    )
    assert _status("Its board recommends a final dividend of 9.2p.", "9.2p") == "planned"


def test_declaring_a_loss_is_no_plan() -> None:
    assert _status("The chain declared a loss of £4.1m for the year.", "£4.1m") is None


def test_the_previous_periods_figure_after_than_is_a_base() -> None:
    sentence = "Sales of £8.4m were higher than the previous half's £7.9m."
    assert _status(sentence, "£8.4m") is None
    assert _status(sentence, "£7.9m") == "base"


def test_a_budget_set_is_planned_and_a_standing_one_is_not() -> None:
    sentence = "The authority has set a budget of £46.8 million for next year."
    assert _status(sentence, "£46.8 million") == "planned"
    assert _status("The club has a budget of £2m.", "£2m") is None
