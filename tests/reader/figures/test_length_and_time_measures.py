"""A length written as a size ("a 140-mile canal") and a big amount of time ("3.4 million
hours of video") are measures (kind other); a duration and a place's distance are not figures
(reader/figures/words.py, scan.py). Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _found(sentence: str) -> list[tuple[str, str, float, str | None]]:
    return [(f.surface, str(f.kind), f.value, f.unit) for f in extract_figures([sentence])]


def test_a_hyphenated_length_is_a_measure() -> None:
    assert _found("The trust restored a 140-mile canal near Derby.") == [
        ("140-mile", "other", 140.0, "miles")
    ]
    assert _found("Crews opened the 38.5-kilometre bypass on Friday.") == [
        ("38.5-kilometre", "other", 38.5, "kilometres")
    ]
    # a distance to somewhere: no figure
    assert _found("The depot is a 15-mile drive away from the port.") == []


def test_a_hyphenated_length_measures_length_not_capacity() -> None:
    figures = extract_figures(["The trust restored a 140-mile canal near Derby."])
    assert [f.metric for f in figures] == ["length"]
    figures = extract_figures(["The club is building a 12,000-seat stand."])
    assert [f.metric for f in figures] == ["capacity"]


def test_a_size_before_a_bare_number_lends_it_no_unit() -> None:
    found = _found("Some 9,100 riders finished the 120-kilometre stage, from 9,900 who set off.")
    assert ("9,900", "count", 9900.0, None) in found


def test_a_big_amount_of_hours_or_minutes_is_a_measure() -> None:
    assert _found("Viewers streamed 3.4 million hours of video in May.") == [
        ("3.4 million hours", "other", 3.4e6, "hours")
    ]
    assert _found("Nurses logged 12,600 hours of overtime.") == [
        ("12,600 hours", "other", 12600.0, "hours")
    ]
    # a duration is not a figure
    assert _found("The talks lasted 14 hours and the vote took 20 minutes.") == []
