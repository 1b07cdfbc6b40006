"""In a file judged to hold several articles, a brief's own headline-shaped heading marks a
story start where the boundary odds favour one, even when the heading shares few words with
its story (``reader.story.start_evidence.page_marks``)."""

from __future__ import annotations

import math

from reader.story.boundary.scorer import Score
from reader.story.lines.line import Kind, Line
from reader.story.paragraph import Paragraph
from reader.story.start_evidence import MARKED_CUE, page_marks
from reader.story.starts import find_story_starts


def _para(
    text: str, no: int, heading: str | None = None, cue: float = 0.0, kind: Kind = "heading"
) -> Paragraph:
    head = [Line(no - 1, heading, kind)] if heading else []
    return Paragraph(text, no, no, head, cue)


def test_a_headline_shaped_heading_counts_as_a_mark() -> None:
    paras = [
        _para("The ferry to the island will run twice a day from March.", 2, "Ferry timetable"),
        _para("The operator said demand had doubled.", 3),
        _para("A new bakery has opened on the quay.", 5, "Baker opens shop on the old quay", 0.3),
    ]
    assert page_marks(paras)[2] == MARKED_CUE


def test_a_caption_read_as_a_heading_is_no_mark() -> None:
    paras = [
        _para("The ferry to the island will run twice a day from March.", 2, "Ferry timetable"),
        _para("The operator said demand had doubled.", 3),
        _para("Its captain has sailed for 30 years.", 5, "The ferry at the quay (Photo: PA)", 0.3),
    ]
    assert page_marks(paras)[2] == 0.3


def test_a_section_label_is_no_mark() -> None:
    paras = [
        _para("The ferry to the island will run twice a day from March.", 2, "Ferry news"),
        _para("The operator said demand had doubled.", 3),
        _para("Tickets cost £4 each way.", 5, "Prices", -0.2),
    ]
    assert page_marks(paras)[2] == -0.2


def test_a_heading_under_a_bare_greeting_is_no_mark() -> None:
    # a newsletter's greeting, then its first item's heading: the greeting is no story
    paras = [
        _para("Hello, and welcome to this month's letter from the allotment society.", 1),
        _para("Plots on the east field are to be drained.", 3, "Drainage work starts soon", 0.3),
    ]
    assert page_marks(paras)[1] == 0.3


def _scores(log_odds: list[float]) -> list[Score]:
    return [Score(1.0 / (1.0 + math.exp(-v))) for v in log_odds]


def test_a_weak_heading_between_marked_briefs_opens_a_story(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # four briefs of two paragraphs (the last under a photo) in a file judged to hold several (stories of 3+ by the
    # odds): the third brief's heading shares no words with its text (plain heading cue 0.3),
    # the odds favour a start there, and it sits between two marked briefs
    import reader.story.boundary.scorer as scorer

    texts = [
        (
            "Otters return to the river",
            "Otters have been filmed on the river for the first time.",
            0.95,
        ),
        (None, "A camera near the weir recorded two adults and a cub.", 0.0),
        (
            "Council agrees to new bus lane",
            "Councillors have approved a bus lane on the main road.",
            0.5,
        ),
        (None, "Work is expected to take four months.", 0.0),
        (
            "Brass band takes the top prize",
            "The town's brass band has won the northern championships.",
            0.3,
        ),
        (None, "It will now compete in the national finals in October.", -0.5),
        (
            "Library roof appeal hits its goal",
            "Friends of the library have raised £9,500 for its roof.",
            0.5,
        ),
        (None, "The money came from a book sale and a quiz night.", 0.0),
    ]
    paras = [_para(t, 2 * k + 2, h, c) for k, (h, t, c) in enumerate(texts)]
    paras[0].head[0].kind = "title"
    # a photo over the last brief: its heading is not the last line over it, so the file is
    # no newsletter digest (reader.story.digest) and the odds decide
    paras[6].head = [Line(13, "Library roof appeal hits its goal", "caption")]
    paras[6].head.append(
        Line(14, "Photo: Volunteers sort books (Friends of the Library)", "credit")
    )
    paras[6].cue = 0.9
    log_odds = [0.0, -3.0, 5.0, -3.0, 4.0, -8.0, 6.0, -3.0]
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda _p: (_scores(log_odds), 3))
    assert find_story_starts(paras) == [2, 4, 6]
