"""A run of briefs each opening with a new subject that a relative clause defines ("A woman who
…", "Two men who …") in a lede's tense: in a file judged to hold several articles the repeated
lede shape opens each brief, however short, as a byline over each would
(``reader.story.start_evidence.shaped_ledes``)."""

from __future__ import annotations

import math

from reader.story.boundary.scorer import Score
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import shaped_ledes
from reader.story.starts import find_story_starts

BRIEFS = [
    "A driver who parked on a zebra crossing outside a school has been fined £200.",
    "He was also given three penalty points.",
    "A shopkeeper who sold cigarettes to a 15-year-old has been ordered to pay £900.",
    "Trading standards officers carried out the test purchase.",
    "Two brothers who dumped tyres in a field near the bypass have been given a curfew.",
    "The farmer who owns the field said the clean-up cost him £1,400.",
]


def _paras(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(t, k + 1, k + 1) for k, t in enumerate(texts)]


def test_three_ledes_of_the_shape_open_briefs() -> None:
    assert shaped_ledes(_paras(BRIEFS)) == {2, 4}


def test_two_are_no_layout() -> None:
    # one article that happens to open two sentences so is no run of briefs
    assert shaped_ledes(_paras(BRIEFS[:4])) == set()


def _scores(log_odds: list[float]) -> list[Score]:
    return [Score(1.0 / (1.0 + math.exp(-v))) for v in log_odds]


def test_briefs_of_two_paragraphs_split_at_each_lede(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # judged to hold several articles (stories of 3+ by the odds): the odds alone could not
    # part three briefs of two paragraphs; the repeated lede shape does
    import reader.story.boundary.scorer as scorer

    log_odds = [0.0, -3.0, -1.0, -3.0, 2.0, -2.0]
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (_scores(log_odds), 3))
    assert find_story_starts(_paras(BRIEFS)) == [2, 4]


def test_not_read_in_a_file_judged_one_article(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import reader.story.boundary.scorer as scorer

    log_odds = [0.0, -3.0, -1.0, -3.0, -1.0, -2.0]
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (_scores(log_odds), 0))
    assert 2 not in find_story_starts(_paras(BRIEFS))
