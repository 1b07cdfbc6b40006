"""Decoding short files by the boundary scorer's log-odds alone (``boundary.decode``)."""

from __future__ import annotations

from itertools import pairwise

from reader.story.boundary.decode import cut_by_odds, marked_starts


def test_cuts_where_the_odds_are_for_a_story_start() -> None:
    odds = [0.0, -3.0, -2.0, 4.0, -1.0, -2.0, 2.5, -3.0, -1.0]
    assert cut_by_odds(odds, 3) == [3, 6]
    assert cut_by_odds(odds, 1) == [3, 6]


def test_no_cut_when_every_gap_is_against_one() -> None:
    assert cut_by_odds([0.0, -1.0, -0.5, -2.0, -1.0, -3.0], 2) == []
    assert cut_by_odds([], 3) == []


def test_every_story_is_at_least_the_shortest() -> None:
    # two likely starts a paragraph apart: with stories of 3+ paragraphs only the surer stands
    odds = [0.0, -2.0, -2.0, 1.0, 3.0, -2.0, -2.0, -1.0]
    assert cut_by_odds(odds, 1) == [3, 4]
    assert cut_by_odds(odds, 3) == [4]
    for shortest in (1, 2, 3):
        cuts = cut_by_odds(odds, shortest)
        edges = [0, *cuts, len(odds)]
        assert all(b - a >= shortest for a, b in pairwise(edges))


def test_a_run_too_short_for_two_stories_stays_whole() -> None:
    assert cut_by_odds([0.0, -1.0, 5.0, -1.0, -1.0], 3) == []


def test_the_sum_decides_not_the_single_best_gap() -> None:
    # cutting at 3 and 6 (2 + 2) beats cutting at 4 alone (3): they cannot all stand
    odds = [0.0, -5.0, -5.0, 2.0, 3.0, -5.0, 2.0, -5.0, -5.0]
    assert cut_by_odds(odds, 3) == [3, 6]


def test_marked_starts_need_the_mark_and_the_odds() -> None:
    marks = [1.0, 0.0, 0.7, 0.3, 0.9, 0.8]
    odds = [9.0, 4.0, 1.5, 2.0, -0.5, 0.2]
    # 1: odds but no mark; 3: a weak mark (a plain heading); 4: marked, odds against
    assert marked_starts(marks, odds, 0.5) == {2, 5}


def test_a_two_paragraph_story_is_cut_only_where_its_odds_pay_the_cost() -> None:
    # three items: 3 + 3 + 2 paragraphs, the last opening on a sure lede
    odds = [0.0, -3.0, -3.0, 4.0, -3.0, -3.0, 7.0, -3.0]
    assert cut_by_odds(odds, 3) == [3]  # no story under three paragraphs
    assert cut_by_odds(odds, 3, short_cost=5.0) == [3, 6]
    # a weaker lede does not pay for a story that short
    weaker = [*odds[:6], 4.0, -3.0]
    assert cut_by_odds(weaker, 3, short_cost=5.0) == [3]
    # no story under two paragraphs, whatever the odds
    assert cut_by_odds([0.0, -3.0, -3.0, 9.0, -3.0, -3.0, -3.0, 9.0], 3, short_cost=1.0) == [3]


def test_with_no_cost_the_decoding_is_unchanged() -> None:
    for odds in ([0.0, -2.0, -2.0, 1.0, 3.0, -2.0, -2.0, -1.0], [0.0, -1.0, 5.0, -1.0, -1.0]):
        assert cut_by_odds(odds, 3, short_cost=float("inf")) == cut_by_odds(odds, 3)
