"""period26: the period that belongs to the figure's own clause."""

from __future__ import annotations

from briefing.periods import figure_period
from reader.figures import extract_figures
from reader.model import Story


def _period(paragraphs: list[str], surface: str) -> str:
    story = Story(id="s", title="Results", title_generated=False, sources=[], paragraphs=paragraphs)
    fig = next(f for f in extract_figures(paragraphs) if f.surface.endswith(surface))
    return figure_period(fig, story)


def test_a_base_takes_the_time_written_right_after_it() -> None:
    paragraphs = ["Marrow Mills made a profit of £14m last year, up from £9m in 2023."]
    assert _period(paragraphs, "£9m") == "2023"
    assert _period(paragraphs, "£14m") == "last year"


def test_a_base_of_the_year_before_is_not_the_current_years() -> None:
    paragraphs = ["The ferry line carried 4,100 cars last year, up from 3,650 the year before."]
    assert _period(paragraphs, "3,650") == "year before"


def test_a_rate_keeps_the_target_date_written_after_it() -> None:
    paragraphs = ["The brewer expects to bottle 40 million litres a year by 2029."]
    assert _period(paragraphs, "40 million litres") == "a year by 2029"


def test_a_rate_alone_is_its_own_period() -> None:
    paragraphs = ["The club will pay its new goalkeeper £45,000 a week."]
    assert _period(paragraphs, "£45,000") == "a week"


def test_an_annual_report_dates_nothing() -> None:
    paragraphs = [
        "A pay freeze in 2022 cost the union an estimated £3 million, its annual report said."
    ]
    assert _period(paragraphs, "£3 million") == "2022"
