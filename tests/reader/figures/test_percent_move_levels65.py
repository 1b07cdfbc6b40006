"""A plain number a move by a percentage reached is the level it reached ("Complaints rose 17%
to 388"), kept as a count like the ends of a move between two numbers ("rose to 730 from 615");
before, a plain number under 1,000 there was dropped as a possible label or age."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Complaints about food businesses rose 17% to 388, the council said.", "388"),
        ("Visitors rose 8 per cent to 640 in June.", "640"),
        ("Staff numbers fell by about 12% to 210.", "210"),
    ],
)
def test_the_level_a_percentage_move_reached_is_kept(sentence: str, level: str) -> None:
    (fig,) = [f for f in extract_figures([sentence]) if f.surface == level]
    assert fig.kind == "count"


def test_a_plain_number_after_a_percentage_with_no_move_is_still_dropped() -> None:
    figs = extract_figures(["The fund returned 6% in 2025, and was rated 4 by analysts."])
    assert [f.surface for f in figs] == ["6%"]
