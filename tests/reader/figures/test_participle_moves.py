"""A participle of change after a main clause moves that clause's subject
(``reader/figures/heads.py``): "International fares went the other way, rising 7%"."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("International fares went the other way, rising 7% to $1,127.", "7%",
         "international fares"),
        ("Freight volumes held up better, falling 2% to 212,000 trailers.", "2%",
         "freight volumes"),
    ],
)  # fmt: skip
def test_the_main_clauses_subject_is_what_moved(sentence: str, surface: str, metric: str) -> None:
    got = next(f for f in extract_figures([sentence]) if f.surface == surface)
    assert got.metric == metric
