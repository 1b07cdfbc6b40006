"""Outlooks and analysts' own numbers (reader/figures/status.py): a speaker who "expected the
net interest margin to settle at" gives a forecast, and so does a measure "now expected at"; a
broker's estimate cut "to £141m" or "our own 3% estimate" is an expectation."""

from __future__ import annotations

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).status


def test_what_a_speaker_expects_a_measure_to_settle_at_is_a_forecast() -> None:
    sentence = "She said she expected the bank's net interest margin to settle at around 1.8% in the current financial year."  # fmt: skip
    assert _status(sentence, "1.8%") == "forecast"
    assert _status("The margin settled at 1.8% last year, she said.", "1.8%") is None


def test_a_measure_now_expected_at_a_level_is_a_forecast() -> None:
    sentence = "Full-year output is now expected at 2.15 million to 2.25 million ounces."
    assert _status(sentence, "2.15 million") == "forecast"
    assert _status(sentence, "2.25 million ounces") == "forecast"
    assert _status("Output was 2.15 million ounces last year.", "2.15 million ounces") is None


def test_an_analysts_own_estimate_is_an_expectation() -> None:
    sentence = "We cut our full-year pre-tax profit estimate to £141m from £157m."
    assert _status(sentence, "£141m") == "expected"
    assert _status(sentence, "£157m") == "base"
    sentence = "Like-for-like sales rose 1.8%, short of our own 3% estimate."
    assert _status(sentence, "3%") == "expected"
    assert _status(sentence, "1.8%") is None
