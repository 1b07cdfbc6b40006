"""The subject of a level names what a figure measures: "Sponsorship was worth £740,000", "The
number of staff rose to 214 from 196", "Staff numbers reached 27,300" (no "staffs"), "the
company's workforce reached 27,300 people" (a group's size). Written from the development
rounds' metric misses (session 50)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Sponsorship was worth £740,000 last season.", "£740,000", "sponsorship value"),
        ("The number of staff rose to 214 from 196.", "214", "employees"),
        ("Staff numbers reached 27,300.", "27,300", "employees"),
        ("Meanwhile, the company's workforce reached 27,300 people.", "27,300 people", "employees"),
        ("Vessel utilisation improved to 81.5%.", "81.5%", "vessel utilisation"),
    ],
)
def test_the_subject_of_a_level_names_its_measure(text: str, surface: str, metric: str) -> None:
    found = {f.surface: f.metric for f in extract_figures([text])}
    assert found[surface] == metric


def test_the_cause_of_added_jobs_is_no_measure() -> None:
    found = {f.surface: f.metric for f in extract_figures(["The openings added 540 jobs."])}
    assert found["540 jobs"] == "jobs added"
