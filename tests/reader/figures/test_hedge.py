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
        ("up to ", "\u2264"),  # a bound the figure may reach: "up to 30 cents" is no "less than"
        ("at most ", "\u2264"),
        ("at least ", "\u2265"),
        ("less than ", "<"),
        ("profit rose ", None),
    ],
)
def test_hedge_words_before_a_figure(head: str, want: str | None) -> None:
    assert hedge_for(head + "50%", len(head)) == want


def test_hedge_is_kept_on_the_figure() -> None:
    fig = parse_sentence("Cloud now makes up almost 45% of sales.")[0]
    assert (fig.value, fig.hedge) == (45.0, "~")


def test_a_bound_it_may_reach_reads_as_such_in_the_callout() -> None:
    from reader.figures.format import format_figure

    fig = parse_sentence("Fares will fall by up to 30 cents a ticket, Tasman Ferries said.")[0]
    # down by at most 30 cents: "-≤$0.30", not "<-$0.3" (less than minus 30 cents)
    assert format_figure(fig).startswith("-\u2264$0.30 ")
