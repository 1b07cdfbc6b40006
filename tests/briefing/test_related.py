"""Grouping: the same event, not a shared theme word; complete linkage; bounded work."""

from __future__ import annotations

import pytest

from briefing import related
from briefing.related import group_stories
from reader.model import Figure, Source, Story


def _story(sid: str, title: str, paras: list[str], date: str | None = None) -> Story:
    story = Story(sid, title, False, [Source(f"{sid}.txt", 1, 3)], paras, date=date)
    story.published = date  # dated by its own stamp, not by when it was read
    return story


QUARRY = [
    "Brackwell Quarries agreed to buy Tessaly Aggregates for $410 million in cash, the "
    "companies said on Monday, creating the largest gravel supplier in the Harrow valley.",
    "The deal needs approval from the Harrow competition board, which blocked a smaller "
    "Brackwell purchase in 2019. Tessaly shareholders will receive $12 a share.",
    "Brackwell chief executive Mina Oduya said the combined group would close two depots.",
]


def test_a_rewrite_of_one_event_is_grouped_and_a_theme_word_is_not() -> None:
    stories = [
        _story("a", "Brackwell to buy Tessaly Aggregates", QUARRY),
        _story("b", "Gravel merger: Brackwell bids $410m", [QUARRY[1], QUARRY[0]]),
        # shares the theme ("deal", "shareholders", "approval") but not the event
        _story(
            "c",
            "Orvane Foods deal approved",
            [
                "Orvane Foods won approval from regulators for its deal to buy a dairy in "
                "Lissel, and shareholders will receive $8 a share.",
                "The dairy employs 300 people and makes cheese for export.",
            ],
        ),
    ]
    assert group_stories(stories) == [[0, 1], [2]]


def test_no_chain_puts_two_unrelated_stories_together() -> None:
    a = _story("a", "Brackwell to buy Tessaly Aggregates", QUARRY)
    b = _story("b", "Brackwell Tessaly deal", [QUARRY[0], "Orvane Foods won approval."])
    c = _story(
        "c",
        "Orvane Foods dairy deal",
        ["Orvane Foods won approval from regulators for its dairy deal in Lissel."] * 2
        + [QUARRY[0][:60]],
    )
    groups = group_stories([a, b, c])
    assert not any(0 in g and 2 in g for g in groups)


def _profit(story: Story, surface: str, value: float, metric: str | None) -> Story:
    sentence = story.paragraphs[0]
    story.figures = [Figure(surface, "money", value, "USD", metric, "Brackwell", None, sentence)]
    return story


FIRST = [
    "Brackwell Quarries reported record profit for the year. Brackwell said demand for "
    "gravel rose. Brackwell shares rose 4% as Brackwell raised its dividend, Brackwell said.",
]
REACTION = [
    "Investors cheered Brackwell Quarries after its best year, and Brackwell shares hit a high. "
    "Brackwell earned $81 million for the full year. Analysts lifted targets on Brackwell, "
    "and Brackwell rose again.",
]
NEW_SITE = [
    "Brackwell Quarries will open a new site in the north. Brackwell expects to hire "
    "staff. Brackwell said the record profit year paid for it, Brackwell added. Brackwell.",
]


def test_one_company_s_results_and_a_reaction_the_same_day_are_one_group() -> None:
    def day(second: str) -> list[Story]:
        return [
            _profit(
                _story("a", "Brackwell profit at a record", FIRST, "2026-11-20T08:00"),
                "$81 million",
                81e6,
                "profit",
            ),
            _profit(
                _story("b", "Why investors cheered Brackwell", REACTION, second),
                "$81 million",
                81e6,
                None,
            ),
        ]

    assert group_stories(day("2026-11-20T15:00")) == [[0, 1]]
    assert group_stories(day("2026-12-02T15:00")) == [[0], [1]]  # not one news cycle
    same_day = day("2026-11-20T15:00")
    for story in same_day:  # read the same day, no publication stamp: no news cycle known
        story.published = None
    assert group_stories(same_day) == [[0], [1]]


def test_one_company_s_results_and_its_other_news_the_same_day_are_two_events() -> None:
    """The same lead name the same day is not one event: results and a new site differ in
    kind (the site story gives no results figure)."""
    same_day = [
        _profit(
            _story("a", "Brackwell profit at a record", FIRST, "2026-11-20T08:00"),
            "$81 million",
            81e6,
            "profit",
        ),
        _story("b", "Brackwell to open a new site", NEW_SITE, "2026-11-20T15:00"),
    ]
    assert group_stories(same_day) == [[0], [1]]


def test_work_is_bounded_by_blocking_not_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = related.cosine

    def counting(a: dict[str, float], b: dict[str, float]) -> float:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(related, "cosine", counting)
    # 400 stories sharing theme words, each about its own firm
    stories = [
        _story(
            str(i),
            f"Firm{i} market update",
            [
                f"Zor{i} Vex{i} shares rose in market trading as Qim{i} profit rose and "
                f"investors bought Zor{i} stock on the market."
            ],
        )
        for i in range(400)
    ]
    groups = group_stories(stories)
    assert len(groups) == 400
    assert calls <= 4 * len(stories)  # not 400 * 399 / 2
