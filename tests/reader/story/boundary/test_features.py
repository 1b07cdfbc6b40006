"""Boundary features computed from paragraph dot products equal the Counter-bag formulas."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from reader.story.boundary.features import (
    WINDOW,
    WINDOW_TERMS,
    WORD_WINDOW,
    Units,
    _cosine,
    _Dots,
    cohesion_at,
    windows,
)


def _bag_cohesion(terms: list[Counter[str]]) -> list[float]:
    """The definition: cosine of the summed counts WINDOW paragraphs each side of a gap."""
    out = [1.0] * len(terms)
    for i in range(1, len(terms)):
        before: Counter[str] = Counter()
        after: Counter[str] = Counter()
        for t in terms[max(0, i - WINDOW) : i]:
            before.update(t)
        for t in terms[i : i + WINDOW]:
            after.update(t)
        out[i] = _cosine(before, after)
    return out


def test_cohesion_from_dot_products_is_the_same_float_as_from_bags() -> None:
    rng = random.Random(5)
    for _ in range(300):
        n = rng.randint(1, 12)
        terms = [
            Counter(rng.choice("abcdefghij") for _ in range(rng.choice([0, 0, 1, 3, 8, 20])))
            for _ in range(n)
        ]
        units = Units(terms=terms, names=[frozenset()] * n, lengths=[1] * n)
        assert cohesion_at(units) == _bag_cohesion(terms)
        dots = _Dots(terms)
        for i in range(1, n):
            near = dots.bags(range(i - 1, i), range(i, i + 1))
            assert near == _cosine(terms[i - 1], terms[i])


def test_dot_products_are_a_band_bounded_by_the_window() -> None:
    terms = [Counter({"a": k + 1}) for k in range(40)]
    band = _Dots(terms).band
    assert len(band) == 40 and max(len(row) for row in band) == 2 * WINDOW
    assert band[3][2] == 4 * 6  # terms[3] · terms[5]


def test_word_windows_hold_about_as_many_words_for_short_paragraphs() -> None:
    # paragraphs of 30 terms: three each side; of 10 terms: up to WORD_WINDOW each side
    long = windows([Counter({f"w{k}": 30}) for k in range(20)])
    short = windows([Counter({f"w{k}": 10}) for k in range(20)])
    assert all(len(a) == len(b) == 3 for a, b in long[5:15])
    assert all(len(a) == len(b) == WORD_WINDOW for a, b in short[8:12])
    assert 10 * WORD_WINDOW < WINDOW_TERMS  # so the short windows are capped, not full


def test_word_window_cohesion_from_dot_products_is_the_bag_cosine() -> None:
    rng = random.Random(9)
    for _ in range(200):
        n = rng.randint(2, 14)
        terms = [
            Counter(rng.choice("abcdefghij") for _ in range(rng.choice([0, 1, 5, 12, 40])))
            for _ in range(n)
        ]
        runs = windows(terms)
        dots = _Dots.over(terms, runs)
        for i in range(1, n):
            first, second = runs[i]
            before: Counter[str] = Counter()
            after: Counter[str] = Counter()
            for j in first:
                before.update(terms[j])
            for j in second:
                after.update(terms[j])
            assert dots.bags(first, second) == pytest.approx(_cosine(before, after), abs=1e-12)


def test_sentence_ends_and_times_are_found_as_the_plain_patterns_find_them() -> None:
    # the patterns open with the characters a match begins with (the engine skips to them):
    # the same matches as written plainly, look-behind or word boundary first
    import re

    from reader.story.boundary import features

    plain_end = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")
    plain_time = re.compile(features._TIME.pattern.removeprefix("(?=[oMTWFSytlJANOD])"))
    assert plain_time.pattern != features._TIME.pattern
    words = ["It rose.", "”", "’", '"', " ", "  ", "\n", "A", "b", "!", "?", "on", "On ",
             "October", "Monday", "this week", "last night", "today", "xMay", "May", "é"]  # fmt: skip
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
        assert features._SENTENCE_END.split(text) == plain_end.split(text), repr(text)
        want = [m.span() for m in plain_time.finditer(text)]
        assert [m.span() for m in features._TIME.finditer(text)] == want, repr(text)
