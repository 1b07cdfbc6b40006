"""period33: when a body was founded is no figure's period."""

from __future__ import annotations

from briefing.periods import figure_period
from reader.figures import extract_figures
from reader.model import Story


def _period(paragraphs: list[str], surface: str) -> str:
    story = Story(id="s", title="Results", title_generated=False, sources=[], paragraphs=paragraphs)
    fig = next(f for f in extract_figures(paragraphs) if f.surface.endswith(surface))
    return figure_period(fig, story)


def test_the_most_since_it_was_founded_dates_nothing() -> None:
    paragraphs = [
        "The Severn Vale Wildlife Trust now has 38,900 members, the most since it was founded "
        "in 1961, its annual report shows."
    ]
    assert "1961" not in _period(paragraphs, "38,900 members")


def test_a_year_the_figure_is_of_still_dates_it() -> None:
    paragraphs = ["The Severn Vale Wildlife Trust had 38,900 members in 2025, its report shows."]
    assert _period(paragraphs, "38,900 members") == "2025"
