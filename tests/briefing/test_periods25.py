"""status25: a count is dated by its own sentence only."""

from __future__ import annotations

from briefing.periods import figure_period
from reader.figures import extract_figures
from reader.model import Story


def _period(paragraphs: list[str], surface: str) -> str:
    story = Story(id="s", title="Results", title_generated=False, sources=[], paragraphs=paragraphs)
    fig = next(f for f in extract_figures(paragraphs) if f.surface.endswith(surface))
    return figure_period(fig, story)


def test_a_headcount_takes_no_reporting_period_from_the_story() -> None:
    paragraphs = [
        "Brackwell Foods reported third-quarter revenue of £410 million.",
        "The company employs 3,900 people across 42 bakeries.",
    ]
    assert _period(paragraphs, "3,900 people") == ""
    assert _period(paragraphs, "£410 million") == "third quarter"


def test_a_count_its_own_sentence_dates_keeps_that_period() -> None:
    paragraphs = [
        "Brackwell Foods reported third-quarter revenue of £410 million.",
        "It opened 12 bakeries in 2025.",
    ]
    assert _period(paragraphs, "12 bakeries") == "2025"


def test_a_trading_updates_weeks_are_its_figures_period() -> None:
    paragraphs = [
        "Corrant Stores said like-for-like sales rose 3.1% in the five weeks to January 6.",
        "Total sales over the period climbed 4.4% to £288 million, it said in a trading update"
        " on Wednesday.",
    ]
    assert _period(paragraphs, "£288 million") == "five weeks to January 6"


def test_the_day_of_a_statement_is_no_figures_period() -> None:
    text = "Profit rose 6% to £41 million, the group said in a statement on Monday."
    assert _period([text], "£41 million") == ""
