"""A figure moved by a relative clause's verb (``status.RELATIVE_PAST``, ``np_metric``): what
the clause says has happened is actual whatever the sentence plans, and the clause's antecedent
is what moved; a noun's "-ing" word after a determiner names a measure ("a waiting list", "its
manufacturing index"), not a participle's object."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _figure(sentence: str, surface: str) -> Figure:
    return next(f for f in extract_figures([sentence]) if f.surface == surface)


def test_a_level_a_relative_clause_says_was_reached_is_actual() -> None:
    fig = _figure(
        "The Ashdown trust will open two theatres next spring as it tries to cut a waiting list "
        "that has grown to 48,200.",
        "48,200",
    )
    assert fig.status in (None, "actual")
    assert fig.metric == "waiting list"


def test_a_measure_named_with_an_ing_word_after_a_determiner() -> None:
    fig = _figure("The purchasing managers said its manufacturing index dropped to 61.2.", "61.2")
    assert fig.metric == "manufacturing index"
