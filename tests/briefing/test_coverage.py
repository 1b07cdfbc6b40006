"""Results coverage: one subject's results from several outlets is one item; its other news,
its results a release earlier, or another firm's results are not."""

from __future__ import annotations

from briefing.coverage import coverage_links, merge_groups
from briefing.kinds import RESULTS, news_kind
from reader.model import Figure, Source, Story


def _story(
    sid: str, title: str, paras: list[str], figures: list[Figure], date: str | None = None
) -> Story:
    story = Story(sid, title, False, [Source(f"{sid}.txt", 1, 3)], paras, figures=figures)
    story.date = story.published = date
    return story


def _money(surface: str, subject: str, metric: str | None, sentence: str, at: int) -> Figure:
    return Figure(surface, "money", 1e9, "USD", metric, subject, None, sentence, at)


RESULTS_LEAD = "Tolvane reported revenue of $3.1 billion for the quarter."
RIVAL = "Brisk Corp reported revenue of $3.1 billion for the quarter."
BOSS = "Ada Kerr defended pay at Tolvane's shops after profit of $3.1bn in the quarter."
REACTION = "Tolvane took in about $3.1bn in the three months to June, ahead of forecasts."


def test_results_kind_needs_a_results_figure_of_the_subject_leading_the_story() -> None:
    wire = _story("a", "Tolvane revenue rises", [RESULTS_LEAD],
                  [_money("$3.1 billion", "Tolvane", "revenue", RESULTS_LEAD, 0)])  # fmt: skip
    # money in a sentence naming a reporting period counts, without a metric
    reaction = _story("b", "Why investors cheered Tolvane", [REACTION],
                      [_money("$3.1bn", "Tolvane", None, REACTION, 1)])  # fmt: skip
    # another subject's revenue, or a results figure deep in a merger story, does not
    rival = _story("c", "Tolvane rival", [RIVAL],
                   [_money("$3.1 billion", "Brisk Corp", "revenue", RIVAL, 0)])  # fmt: skip
    # a results figure whose sentence names the subject counts, whoever the figure's subject
    boss = _story("f", "Tolvane boss defends pay", [BOSS],
                  [_money("$3.1bn", "Ada Kerr", "profit", BOSS, 0)])  # fmt: skip
    merger = _story("d", "Tolvane shares up on merger talk", ["Talks were held."],
                    [_money("$3.1 billion", "Tolvane", "revenue", RESULTS_LEAD, 9)])  # fmt: skip
    ceo = _story("e", "Tolvane names a new chief", ["Tolvane named a chief."], [])
    assert [news_kind(s, "Tolvane") for s in (wire, reaction, rival, merger, ceo, boss)] == [
        RESULTS, RESULTS, None, None, None, RESULTS,
    ]  # fmt: skip
    assert news_kind(wire, None) is None


def test_coverage_links_one_subject_s_results_within_a_week_only() -> None:
    fig = [_money("$3.1 billion", "Tolvane", "revenue", RESULTS_LEAD, 0)]
    stories = [
        _story("a", "Tolvane revenue rises", [RESULTS_LEAD], fig, "2026-03-04T08:00"),
        _story("b", "Tolvane beats forecasts", [RESULTS_LEAD], fig, "2026-03-06T08:00"),
        _story("c", "Tolvane revenue a year ago", [RESULTS_LEAD], fig, "2025-03-04T08:00"),
        _story("d", "Tolvane names a new chief", ["Tolvane named a chief."], [], "2026-03-05"),
    ]
    subjects = ["Tolvane"] * 4
    assert coverage_links(stories, subjects) == {(0, 1)}
    for s in stories:  # no publication dates: nothing tells two releases apart
        s.published = None
    assert coverage_links(stories, subjects) == {(0, 1), (0, 2), (1, 2)}
    # a name leading more results stories than SUBJECT_MAX is a theme, not one subject's season
    assert coverage_links(stories * 3, subjects * 3) == set()


def test_merge_groups_joins_linked_event_groups_within_the_size_cap() -> None:
    assert merge_groups([[0, 2], [1], [3]], {(1, 2)}) == [[0, 1, 2], [3]]
    assert merge_groups([[0, 1, 2], [3, 4, 5], [6]], {(0, 3), (5, 6)}) == [
        [0, 1, 2, 3, 4, 5],
        [6],
    ]
    assert merge_groups([[0, 1, 2, 3], [4, 5, 6]], {(0, 4)}) == [[0, 1, 2, 3], [4, 5, 6]]
