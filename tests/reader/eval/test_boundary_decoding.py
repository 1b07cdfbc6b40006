"""How the boundary trainer chooses the decoding of short files: surely better, singles kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.eval.boundary_decoding import (
    SHORT_SHIFTS,
    SURE,
    beats,
    choose_short_decoding,
    keeps_whole,
    within_noise,
)
from reader.story.boundary.scorer import Weights, shipped


def test_short_decoding_stays_lexical_with_no_shift_when_nothing_beats_it() -> None:
    # no files: every setting ties, so the lexical search and no extra shift
    chosen = choose_short_decoding([], shipped())
    assert chosen.short_shift == 0.0 and chosen.short_min == 0
    assert 0.0 in SHORT_SHIFTS


def test_a_short_file_decoding_must_keep_as_many_single_articles_whole() -> None:
    base = [True, True, False, True]
    one = [True, True, False, False]  # the first two files are single articles
    # more pastes right, a single article split: refused
    assert not keeps_whole([False, True, True, True], base, one)
    # pastes lost or gained, the singles kept: allowed
    assert keeps_whole([True, True, True, False], base, one)
    assert keeps_whole(base, base, one)
    assert keeps_whole([False, False], [True, True], None)  # no single articles: no guard


def test_a_shift_must_beat_none_surely_on_the_same_files() -> None:
    base = [True] * 10 + [False] * 10
    assert beats(base, base) == 0.0
    # two more files right and none lost: z = 2 / sqrt(2), not sure enough
    two = [True] * 12 + [False] * 8
    assert 0 < beats(two, base) < SURE
    # six more, one lost: z = 5 / sqrt(7)
    six = [False] + [True] * 9 + [True] * 6 + [False] * 4
    assert beats(six, base) > SURE
    assert beats(base, six) < -SURE


def test_the_shift_is_the_smallest_within_the_noise_of_the_best() -> None:
    # two files of 400 move the top of a flat curve: the choice stays where it was
    assert within_noise({0.0: 326, 1.0: 335, 2.0: 343, 3.0: 343, 4.0: 328}, 400) == 2.0
    assert within_noise({0.0: 327, 1.0: 335, 2.0: 343, 3.0: 345, 4.0: 329}, 400) == 2.0
    # a clear gain moves it
    assert within_noise({0.0: 300, 1.0: 320, 2.0: 330, 3.0: 360, 4.0: 340}, 400) == 3.0


def test_the_hand_written_singles_veto_a_short_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    # the generated files: +0.5 gets the most right, +1.0 fewer, both surely better than none
    from reader.eval import boundary_decoding

    def hits(files: object, w: Weights) -> list[bool]:
        right = {0.5: 40, 1.0: 35}.get(w.short_shift, 20) if w.short_min == 0 else 0
        return [True] * right + [False] * (50 - right)

    monkeypatch.setattr(boundary_decoding, "decode_hits", hits)
    w = replace(shipped(), short_shift=0.0, short_min=0)  # (as the fit gives it)
    assert choose_short_decoding([], w).short_shift == 0.5
    # +0.5 splits a hand-written single article no extra shift keeps whole: the next best
    singles = {0.0: 900, 0.5: 899, 1.0: 900}
    chosen = choose_short_decoding([], w, whole=lambda c: singles[c.short_shift])
    assert (chosen.short_shift, chosen.short_min) == (1.0, 0)
    # every setting that beats none splits one: none
    singles[1.0] = 898
    chosen = choose_short_decoding([], w, whole=lambda c: singles[c.short_shift])
    assert (chosen.short_shift, chosen.short_min) == (0.0, 0)
