"""A deal's completion date is no reporting period (session 62): "The deal is expected to
complete in the third quarter" does not date the deal's value, while a results story's quarter
still dates its figures."""

from __future__ import annotations

from briefing.periods import figure_period
from reader.figures import extract_figures
from reader.model import Story


def _period(paragraphs: list[str], surface: str) -> str:
    story = Story(id="s", title="Deal", title_generated=False, sources=[], paragraphs=paragraphs)
    fig = next(f for f in extract_figures(paragraphs) if f.surface == surface)
    return figure_period(fig, story)


def test_a_completion_date_does_not_date_the_deal() -> None:
    paragraphs = [
        "Harbour Energy has agreed to buy a 40% stake in the Ravenspurn gas field for $310m.",
        "The deal is expected to complete in the third quarter.",
    ]
    assert "quarter" not in _period(paragraphs, "$310m")


def test_a_results_quarter_still_dates_its_figures() -> None:
    paragraphs = [
        "Harbour Energy reported third-quarter results on Tuesday.",
        "Revenue rose 8% to $1.2bn.",
    ]
    assert "third" in _period(paragraphs, "$1.2bn")
