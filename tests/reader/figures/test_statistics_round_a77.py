"""What blind round attrib_a77 taught (issue 14, session 43: official statistics): the gram's
units in British spelling are quantities ("142.7 million kilogrammes"); a change written as an
adjective is in percentage points ("a 1.5-percentage-point increase"); a level below one after
"to" is a ratio, no count ("the Gini coefficient fell to 0.431")."""

from __future__ import annotations

from tests.reader.figures.helpers import by_surface as _figs


def test_kilogrammes_are_a_quantity() -> None:
    fig = _figs("Tea exports rose to 151.2 million kilogrammes in the quarter.")[
        "151.2 million kilogrammes"
    ]
    assert (fig.kind, fig.value) == ("other", 151_200_000.0)


def test_a_percentage_point_adjective_is_a_change_in_points() -> None:
    figs = _figs("Excluding the 2.5-percentage-point rise in contribution rates, pay rose 4.8%.")
    fig = figs["2.5-percentage-point"]
    assert (fig.kind, fig.value, fig.unit) == ("percent", 2.5, "pp")


def test_a_level_below_one_is_no_count() -> None:
    figs = _figs("The Gini coefficient fell to 0.428 from 0.433, the statistics office said.")
    assert not any(f.kind == "count" for f in figs.values())
