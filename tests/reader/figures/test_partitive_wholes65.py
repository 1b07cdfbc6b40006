"""A part of a whole counted in a sentence's opening "Of the N things ..." phrase counts those
things: "Of the 61,200 services scheduled, 1,315 were cancelled" is 1,315 services (the labels'
convention: a count's unit is the noun its phrase elides)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "part", "unit"),
    [
        ("Of the 61,200 services scheduled, 1,315 were cancelled in part.", "1,315", "services"),
        (
            "Of the 2,870 submissions the council received on the plan, 1,940 opposed it.",
            "1,940",
            "submissions",
        ),
        (
            "Of the airline's 4,200 employees, about 1,150 remain on its rolls.",
            "1,150",
            "employees",
        ),
        ("Of Acme's 900 stores, 120 will close next year.", "120", "stores"),
    ],
)
def test_a_part_after_an_of_whole_opening_takes_the_whole_s_noun(
    sentence: str, part: str, unit: str
) -> None:
    (fig,) = [f for f in extract_figures([sentence]) if f.surface.endswith(part)]
    assert fig.kind == "count"
    assert fig.unit == unit


def test_a_sum_after_an_of_whole_opening_stays_a_sum() -> None:
    figs = extract_figures(["Of the £1.2bn raised, £400m went to schools."])
    assert [f.unit for f in figs] == ["GBP", "GBP"]
