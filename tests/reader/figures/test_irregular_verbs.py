"""A count's measure named by its verb (``reader/figures/verbed.py``): irregular verbs give
their own participle, and verbs that only place or leave a thing add nothing to its noun."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _metric(sentence: str, surface: str) -> str | None:
    return next(f.metric for f in extract_figures([sentence]) if f.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("If we were at full strength, I could put about 90 more officers on foot patrol.",
         "90 more officers"),
        ("Computer failures at Comair left 30,000 passengers stranded.", "30,000 passengers"),
    ],
)  # fmt: skip
def test_a_verb_that_places_or_leaves_names_no_measure(sentence: str, surface: str) -> None:
    metric = _metric(sentence, surface) or ""
    assert "putted" not in metric and "left" not in metric and "put" not in metric.split()


def test_a_verb_done_to_counted_things_reaches_past_quantity_words() -> None:
    # (session 71) "fewer than", "all", "a cumulative" stand between the verb and the count
    for sentence, surface, metric in [
        ("The jacket had sold fewer than 40,000 units since October.", "40,000 units",
         "units sold"),
        ("The developer sold all 486 units in its new tower within a day.", "486 units",
         "units sold"),
        ("The farm group sold a cumulative 14.92 million hogs this year.", "14.92 million hogs",
         "hogs sold"),
    ]:  # fmt: skip
        got = next(f for f in extract_figures([sentence]) if f.surface == surface)
        assert got.metric == metric
