"""A gapped series after a count shares its noun: "Construction added 71,000 jobs, trade
58,000 and ... 49,000, while manufacturing shed 23,000" counts jobs throughout; a base after a
comma ("nearly double the 12,300 a year earlier", "up from the 22,000") keeps none, as the
labels give a base."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def test_a_gapped_series_after_a_comma_shares_the_noun() -> None:
    figs = extract_figures(
        [
            "Construction added 71,000 jobs, trade 58,000 and community services 49,000, "
            "while manufacturing shed 23,000 and mining lost 8,000."
        ]
    )
    assert [f.unit for f in figs] == ["jobs"] * 5


@pytest.mark.parametrize(
    ("sentence", "base"),
    [
        ("The carrier flew 23,900 passengers, nearly double the 12,300 a year earlier.", "12,300"),
        ("It will hold 28,000 spectators, up from the 22,000 in the first design.", "22,000"),
    ],
)
def test_a_base_after_a_comma_keeps_no_noun(sentence: str, base: str) -> None:
    (fig,) = [f for f in extract_figures([sentence]) if f.surface == base]
    assert fig.unit is None
