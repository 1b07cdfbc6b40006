"""A blank line in a gap where the file usually puts none is a layout mark, like a byline or a
stamp over a brief: in a file judged to hold several articles it opens a story where the odds
favour one, however short the story before it (``reader.story.start_evidence.page_marks``)."""

from __future__ import annotations

import math

from reader.story.boundary.scorer import Score
from reader.story.lines.line import Line
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import MARKED_CUE, page_marks
from reader.story.starts import find_story_starts


def _paras(blocks: list[list[str]], blank_between: int = 1) -> list[Paragraph]:
    """Paragraphs a line each, ``blank_between`` blank lines between the blocks, none inside."""
    out: list[Paragraph] = []
    no = 1
    for k, block in enumerate(blocks):
        if k:
            no += blank_between
        for text in block:
            out.append(Paragraph(text, no, no))
            no += 1
    return out


def test_a_blank_line_between_items_counts_as_a_mark() -> None:
    paras = _paras(
        [
            ["A bakery in the market square has closed after 60 years.", "Its owner is 71."],
            ["The town's swimming pool will reopen in May.", "Repairs cost £1.2m.", "It shut."],
        ]
    )
    marks = page_marks(paras)
    assert marks[2] == MARKED_CUE
    assert marks[1] == 0.0 and marks[3] == 0.0


def test_blank_lines_between_every_paragraph_are_no_mark() -> None:
    paras = _paras([["A kiosk on the pier has reopened."], ["It sells ice cream."], ["Rent rose."]])
    assert page_marks(paras) == [0.0, 0.0, 0.0]


def _scores(log_odds: list[float]) -> list[Score]:
    return [Score(1.0 / (1.0 + math.exp(-v))) for v in log_odds]


def test_a_blank_gap_opens_a_short_brief_before_a_byline(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # three briefs set apart by blank lines, a byline over the first and the third: the byline
    # cut leaves a run of five paragraphs (2 + 3), too short for two stories of 3+ by the odds;
    # the blank line inside it, where the odds favour a start, opens the second brief
    import reader.story.boundary.scorer as scorer

    paras = _paras(
        [
            ["A ferry firm has ordered two electric boats.", "They will enter service in 2028."],
            [
                "Dock workers at the port walked out on Monday over pay.",
                "The union said talks had broken down.",
                "The port said cargo was still moving.",
            ],
            [
                "A seaside hotel has been sold to a chain for £4m.",
                "The new owners plan to add a spa.",
                "Staff will keep their jobs.",
            ],
        ]
    )
    for i in (0, 5):
        paras[i].head = [Line(paras[i].first - 1, "By Ann Example", "byline")]
        paras[i].first -= 1
        paras[i].cue = 0.9
    log_odds = [0.0, -4.0, 3.0, -4.0, -2.0, 6.0, -4.0, -3.0]
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (_scores(log_odds), 3))
    assert find_story_starts(paras) == [2, 5]
