"""The Swiss franc written "Sfr" (as well as "SFr") and the Maldivian rufiyaa's "Rf" before a
sum are money in those currencies; "RF" (radio frequency) is not."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Net profit was Sfr 1.12 billion last year.", "Sfr 1.12 billion", "CHF"),
        ("The board proposed a dividend of Sfr 3.40 a share.", "Sfr 3.40", "CHF"),
        ("The resort charges Rf 1,200 a night in high season.", "Rf 1,200", "MVR"),
    ],
)
def test_the_letters_name_the_currency(sentence: str, surface: str, unit: str) -> None:
    f = extract_figures([sentence])[0]
    assert (f.surface, f.kind, f.unit) == (surface, "money", unit)


def test_radio_frequency_is_no_money() -> None:
    assert all(f.kind != "money" for f in extract_figures(["The chip has an RF 5 module."]))
