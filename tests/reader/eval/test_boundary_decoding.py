"""How the boundary trainer chooses the decoding of short files: surely better, singles kept."""

from __future__ import annotations

from reader.eval.boundary_decoding import (
    SHORT_SHIFTS,
    SURE,
    beats,
    choose_short_decoding,
    keeps_whole,
)
from reader.story.boundary.scorer import shipped


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
