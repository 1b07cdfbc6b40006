"""Closures of '-ies' nouns read as their singular; an obligation reported in the past."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _figure(sentence: str, surface: str):  # type: ignore[no-untyped-def]
    found = [f for f in extract_figures([sentence]) if f.surface == surface]
    assert found, f"{surface!r} not found in {sentence!r}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        (
            "The council must save £3m, including closing two of its five libraries.",
            "two",
            "library closures",
        ),
        ("The firm is closing three of its 20 factories this year.", "three", "factory closures"),
        ("It plans to shut four of its 12 branches.", "four", "branch closures"),
    ],
)
def test_closures_name_the_singular(sentence: str, surface: str, metric: str) -> None:
    assert _figure(sentence, surface).metric == metric


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The council said it still had to find £6.4m of savings before March.", "planned"),
        ("The council still has to find £6.4m of savings.", "planned"),
        # a sum found in the past without "still" is what happened
        ("Last year the council had to find £6.4m to balance its books.", None),
    ],
)
def test_obligation_still_to_be_met(sentence: str, status: str | None) -> None:
    assert _figure(sentence, "£6.4m").status == status
