"""Boundary features computed from paragraph dot products equal the Counter-bag formulas, and
cohesion windows hold about as many words whatever the paragraphs' length."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from reader.story.boundary.features import (
    WINDOW,
    WINDOW_TERMS,
    Units,
    _cosine,
    _Dots,
    _turns,
    cohesion_at,
    windows,
)


def _bag(terms: list[Counter[str]]) -> Counter[str]:
    out: Counter[str] = Counter()
    for t in terms:
        out.update(t)
    return out


def _bag_cohesion(terms: list[Counter[str]]) -> list[float]:
    """The definition: cosine of the summed counts of each side's window of a gap."""
    out = [1.0] * len(terms)
    for i, (first, second) in enumerate(windows(terms)):
        if i:
            out[i] = _cosine(
                _bag(terms[first.start : first.stop]), _bag(terms[second.start : second.stop])
            )
    return out


def _random_terms(rng: random.Random) -> list[Counter[str]]:
    n = rng.randint(1, 12)
    return [
        Counter(rng.choice("abcdefghij") for _ in range(rng.choice([0, 0, 1, 3, 8, 20, 60])))
        for _ in range(n)
    ]


def test_cohesion_from_dot_products_is_the_same_float_as_from_bags() -> None:
    rng = random.Random(5)
    for _ in range(300):
        terms = _random_terms(rng)
        n = len(terms)
        units = Units(terms=terms, names=[frozenset()] * n, lengths=[1] * n)
        assert cohesion_at(units) == _bag_cohesion(terms)


def test_lede_ahead_and_closer_back_are_cosines_of_neighbours() -> None:
    rng = random.Random(7)
    for _ in range(300):
        terms = _random_terms(rng)
        n = len(terms)
        dots = _Dots.over(terms, windows(terms))
        for i in range(1, n):
            ahead = _cosine(terms[i], _bag(terms[i + 1 : i + 3]))
            behind = _cosine(terms[i], _bag(terms[max(0, i - 2) : i]))
            back = _cosine(terms[i - 1], _bag(terms[max(0, i - 3) : i - 1]))
            on = _cosine(terms[i - 1], _bag(terms[i : i + 2]))
            got = _turns(dots, i, n)
            assert got == pytest.approx((ahead - behind, back - on), abs=1e-12)


def test_windows_hold_about_as_many_words_for_short_paragraphs() -> None:
    # paragraphs of 30 terms: three each side; of 10 terms: up to WINDOW each side
    long = windows([Counter({f"w{k}": 30}) for k in range(20)])
    short = windows([Counter({f"w{k}": 10}) for k in range(20)])
    assert all(len(a) == len(b) == 3 for a, b in long[5:15])
    assert all(len(a) == len(b) == WINDOW for a, b in short[8:12])
    assert 10 * WINDOW < WINDOW_TERMS  # so the short windows are capped, not full


def test_dot_products_are_a_band_bounded_by_the_windows() -> None:
    terms = [Counter({"a": k + 1}) for k in range(40)]
    band = _Dots.over(terms, windows(terms)).band
    assert len(band) == 40 and max(len(row) for row in band) <= 2 * WINDOW
    assert band[3][2] == 4 * 6  # terms[3] · terms[5]
