"""In a file judged to hold several articles, the odds decoding's own shortest story (chosen by
the file-kind trainer) is the only minimum: the later rule that an unmarked story in a file
with page marks runs to three paragraphs does not undo a two-paragraph brief the odds found
(``reader.story.starts.find_story_starts``)."""

from __future__ import annotations

import math

import pytest

from reader.story.boundary.scorer import Score
from reader.story.paragraph import Paragraph
from reader.story.starts import find_story_starts

# a byline-like mark over the first brief makes the file "marked"; the next briefs are not
BRIEFS = [
    "Harwick library will open on Sundays from March, the county council said.",
    "The pilot will run for six months at a cost of £40,000.",
    "Firefighters rescued two horses from a flooded field near Tolby on Monday night.",
    "Both animals were checked by a vet and were unhurt.",
    "A new bakery has opened in the old post office on Bridge Street in Marlow.",
    "Its owners said they had hired four people from the town.",
]


def _paras(texts: list[str], first_cue: float) -> list[Paragraph]:
    out = [Paragraph(t, k + 1, k + 1) for k, t in enumerate(texts)]
    out[0].cue = first_cue
    return out


def _scores(log_odds: list[float]) -> list[Score]:
    return [Score(1.0 / (1.0 + math.exp(-v))) for v in log_odds]


LOG_ODDS = [0.0, -3.0, 2.5, -3.0, 2.5, -3.0]


def test_two_paragraph_briefs_stand_when_the_decoding_allows_them(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import reader.story.boundary.scorer as scorer

    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (_scores(LOG_ODDS), 2))
    assert find_story_starts(_paras(BRIEFS, 1.0)) == [2, 4]


def test_a_decoding_of_three_paragraph_stories_keeps_them_whole(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import reader.story.boundary.scorer as scorer

    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (_scores(LOG_ODDS), 3))
    assert len(find_story_starts(_paras(BRIEFS, 1.0))) <= 1


def test_a_marked_two_paragraph_brief_stands_in_a_file_of_three_paragraph_stories(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The page marks the second and third briefs (a blank line where the file puts none, say)
    and the odds favour a start there: each opens a story, however short the one before, even
    where the decoding's own stories run to three paragraphs and the file has page marks."""
    import reader.story.boundary.scorer as scorer
    import reader.story.starts as starts

    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (_scores(LOG_ODDS), 3))
    monkeypatch.setattr(starts, "page_marks", lambda p, _odds=(): [0.0, 0.0, 0.5, 0.0, 0.5, 0.0])
    assert find_story_starts(_paras(BRIEFS, 1.0)) == [2, 4]


def test_a_short_unmarked_run_is_one_story_in_a_file_judged_several(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Four paragraphs, too few for two stories of the decoding's three: the lexical search's
    change of words (here: always at the third paragraph) cuts them only in a file the
    judgement leaves to it (shortest 0), not in one judged to hold several articles."""
    import reader.story.boundary.scorer as scorer
    import reader.story.segment as segment

    flat = [0.0, -3.0, -0.5, -3.0]
    monkeypatch.setattr(segment, "find_boundaries", lambda texts, cues: [2])
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (_scores(flat), 3))
    assert find_story_starts(_paras(BRIEFS[:4], 0.0)) == []
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (_scores(flat), 0))
    assert find_story_starts(_paras(BRIEFS[:4], 0.0)) == [2]
