"""In a file judged to hold several articles, the odds decoding's own shortest story (chosen by
the file-kind trainer) is the only minimum: the later rule that an unmarked story in a file
with page marks runs to three paragraphs does not undo a two-paragraph brief the odds found
(``reader.story.starts.find_story_starts``)."""

from __future__ import annotations

import math

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
