"""Hedges (reader/figures/hedge.py): the words before a figure make it approximate, a lower
bound or an upper bound, and the figure keeps that."""

from __future__ import annotations

import pytest

from reader.figures import parse_sentence
from reader.figures.hedge import hedge_for


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ("prices rose almost ", "~"),
        ("a market value of about ", "~"),
        ("an estimated fortune of ", "~"),
        ("sales of more than ", ">"),
        ("just over ", ">"),
        ("fewer than ", "<"),
        ("up to ", "<"),
        ("profit rose ", None),
    ],
)
def test_hedge_words_before_a_figure(head: str, want: str | None) -> None:
    assert hedge_for(head + "50%", len(head)) == want


def test_hedge_is_kept_on_the_figure() -> None:
    fig = parse_sentence("Cloud now makes up almost 45% of sales.")[0]
    assert (fig.value, fig.hedge) == (45.0, "~")
