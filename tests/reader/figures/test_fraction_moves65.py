"""A level a movement reached after a change written as a fraction ("grew by a third to
48,000", "rose by half to 1.2 million", "fell by two-thirds to $3bn") measures what moved, as
it does after a percentage ("grew 20% to 48,000")."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("Membership grew by a third to 48,000.", "48,000", "membership"),
        ("Membership grew by a fifth to 48,000 last year.", "48,000", "membership"),
        ("Visitor numbers rose by half to 1.2 million.", "1.2 million", "visitors"),
        ("The fund cut its fees by a quarter to $4m.", "$4m", "fees"),
    ],
)
def test_a_level_after_a_fraction_of_change_measures_what_moved(
    sentence: str, surface: str, metric: str
) -> None:
    (fig,) = [f for f in extract_figures([sentence]) if f.surface == surface]
    assert fig.metric == metric


def test_a_fraction_of_a_market_is_no_movement() -> None:
    """ "A third of the market" names no movement: the words after "by" must be the change."""
    figs = extract_figures(["A third of the 48,000 members voted for the merger."])
    assert all(f.metric != "membership" for f in figs)
