"""A participle clause hung on a planned verb lends its figures that status ("will cut
sailings, limiting traffic to 3,500 vehicles a day"), but not a figure a relative clause inside
it gives a past verb of its own: "will cut winter sailings ..., blaming fuel costs that rose 22%
this year" is done, not planned (found in session 60's user paste)."""

from __future__ import annotations

from reader.figures import extract_figures


def _status(sentence: str, surface: str) -> str | None:
    return next(f.status for f in extract_figures([sentence]) if f.surface == surface)


def test_a_past_verb_inside_the_participle_clause_keeps_its_figure_actual() -> None:
    text = (
        "The ferry operator Baltlink will cut winter sailings to Bornholm to four a week from "
        "January, blaming fuel costs that rose 22% this year."
    )
    assert _status(text, "22%") is None


def test_a_participle_clause_without_a_verb_of_its_own_is_as_planned_as_its_clause() -> None:
    text = (
        "The park plans to introduce timed tickets from June, limiting traffic to 3,500 "
        "vehicles a day."
    )
    assert _status(text, "3,500 vehicles") == "planned"
