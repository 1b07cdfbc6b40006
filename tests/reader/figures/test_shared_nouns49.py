"""Blind round a95 (manufacturing): a count written with separators that shares the noun of the
counted phrase it is joined to, and a bare sum that shares the one currency of its sentence."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _by_surface(text: str) -> dict[str, tuple[str, str | None]]:
    return {f.surface: (f.kind, f.unit) for f in extract_figures([text])}


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Brightway sold 81,200 tractors and Agrola 37,900, down from 40,100.",
            "37,900",
            "tractors",
        ),
        ("The mill rolled 12,400 coils in May and 58,300 in the first half.", "58,300", "coils"),
        ("It treated 64,500 patients in the east and 21,700 in the west.", "21,700", "patients"),
    ],
)
def test_a_count_joined_to_a_counted_phrase_shares_its_noun(
    text: str, surface: str, unit: str
) -> None:
    assert _by_surface(text)[surface] == ("count", unit)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a target, a move and a further amount take no noun (the labels' convention)
        ("The club has 18,400 members already and wants 25,000 by June.", "25,000"),
        ("Factories lost 3,900 jobs, with car plants and suppliers down 2,800.", "2,800"),
        ("It employs 1,150 people directly and about 6,000 more through contractors.", "6,000"),
    ],
)
def test_a_target_a_move_or_a_further_amount_takes_no_noun(text: str, surface: str) -> None:
    assert _by_surface(text)[surface] == ("count", None)


def test_a_bare_sum_a_money_measure_governs_takes_the_sentences_currency() -> None:
    text = (
        "Sales fell 6% to 2.41 trillion won, and operating profit dropped to 96.3 billion "
        "from 118.5 billion, the company said."
    )
    found = _by_surface(text)
    assert found["96.3 billion"] == ("money", "KRW")
    assert found["118.5 billion"] == ("money", "KRW")


def test_a_count_in_a_clause_of_its_own_stays_a_count() -> None:
    # the money measure is the other clause's: visits are counted, not paid
    text = "Revenue grew 19% to Dh2.84 billion as patient visits climbed to 3.9 million."
    assert _by_surface(text)["3.9 million"] == ("count", None)
