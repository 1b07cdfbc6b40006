"""What "from" before a figure marks (``reader/figures/bases.py``) and a quantity that is no
owner (``reader/figures/noun_phrase.py``)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _figure(sentence: str, surface: str) -> Figure:
    return next(f for f in extract_figures([sentence]) if f.surface == surface)


def test_what_something_came_from_is_no_base_and_a_quantity_no_owner() -> None:
    fig = _figure(
        '"Almost 41 percent of what we raised last year came from 260 members," she said.',
        "260 members",
    )
    assert fig.status != "base"
    assert not (fig.subject or "").lower().startswith("almost")


def test_a_value_moved_from_is_still_a_base() -> None:
    assert _figure("Membership rose to 310 from 287 in the year.", "287").status == "base"
    assert _figure("Its share came from 12% to 15% of sales.", "12%").status == "base"
