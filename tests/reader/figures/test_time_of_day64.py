"""A time of day before a measure is no part of it: "reported this morning revenue of $412.6
million" measures revenue, not "morning revenue" (blind round attrib_a124, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures


def test_a_time_of_day_is_no_measures_word() -> None:
    figures = extract_figures(
        ["Kinneret Chips reported this morning revenue of $412.6 million for the quarter."],
        title="News",
    )
    assert {f.metric for f in figures if f.surface == "$412.6 million"} == {"revenue"}
