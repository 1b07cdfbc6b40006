"""A fraction before a spelled scale is part of the amount ("half a billion euros"); "pc" and
"pct" after a number are per cent."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The town will spend half a billion euros on trams.", "half a billion euros", 5e8),
        (
            "She left a quarter of a million pounds to the hospice.",
            "a quarter of a million pounds",
            2.5e5,
        ),
        (
            "Three-quarters of a million people lost power.",
            "Three-quarters of a million people",
            7.5e5,
        ),
        (
            "The fund lost two thirds of a billion dollars.",
            "two thirds of a billion dollars",
            2e9 / 3,
        ),
        ("About a million people visited the fair.", "a million people", 1e6),
    ],
)
def test_the_fraction_scales_the_amount(text: str, surface: str, value: float) -> None:
    got = {f.surface: f.value for f in extract_figures([text])}
    assert surface in got, got
    assert got[surface] == pytest.approx(value)


def test_pc_and_pct_written_after_a_number_are_per_cent() -> None:
    got = {
        f.surface: (f.kind, f.value)
        for f in extract_figures(
            ["Shares fell 3.5pc while the index lost 1.2 pct, and 5 pc games were sold."]
        )
    }
    assert got["3.5pc"] == ("percent", 3.5) and got["1.2 pct"] == ("percent", 1.2)
    assert all(kind != "percent" for s, (kind, _) in got.items() if s.startswith("5 "))
