"""What was done to counted things, written after them, is their metric: "6,412 properties
sold", "1,200 homes built" (reader/figures/acts.py, ``_AFTER``)."""

from __future__ import annotations

from reader.figures import parse_sentence


def test_what_was_done_to_counted_things_after_them_is_their_metric() -> None:
    sentence = "The institute counted 6,412 properties sold across the country in May."
    assert _metric(sentence, "6,412 properties") == "properties sold"
    sentence = "Builders completed 1,200 homes built to the new standard last year."
    assert _metric(sentence, "1,200 homes") == "homes built"


def _metric(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).metric
