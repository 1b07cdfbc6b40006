"""Who reports a figure nothing else owns (reader/figures/sources.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.sources import reported_by


def _subjects(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs)}


def test_the_source_named_after_according_to_reports_the_figure() -> None:
    text = "The cost of a school uniform rose 6% this year, according to charity Kids First Trust."
    assert reported_by(text, frozenset()) == "Kids First Trust"


def test_a_survey_by_a_body_names_its_source() -> None:
    text = "Most tenants face higher rents, a survey of 2,400 renters by the Tenants Forum found."
    assert reported_by(text, frozenset()) == "Tenants Forum"


def test_a_person_is_no_source_of_this_kind() -> None:
    text = "Fares will rise 5%, according to Mr Daniel Oduya, who campaigns on transport."
    assert reported_by(text, frozenset({"\x00Oduya"})) is None


def test_a_whole_markets_measure_is_no_ones() -> None:
    text = "Global tablet shipments rose 3% to 41 million units, according to researcher UnitTrack."
    assert reported_by(text, frozenset()) is None


def test_a_story_with_no_firm_gives_an_ownerless_figure_its_source() -> None:
    found = _subjects(
        [
            "Fewer people are taking the bus to work.",
            "Bus journeys fell to 3.1 billion in the year to March, figures from the "
            "Transport Statistics Office show.",
        ]
    )
    assert found["3.1 billion"] == "Transport Statistics Office"


def test_a_firms_story_keeps_its_firm() -> None:
    found = _subjects(
        [
            "Harrowgate Foods said sales rose 4% to £812m in the year to June.",
            "Harrowgate Foods also said its margin improved.",
            "Its sales volumes rose 2%, according to researcher ShelfCount.",
        ]
    )
    assert found["2%"] == "Harrowgate Foods"
