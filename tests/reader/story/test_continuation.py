"""A paragraph that points back is no story's lead; short uncued stories (reader.story.assemble)."""

from __future__ import annotations

import pytest

import reader.story.segment
from reader.story.assemble import find_story_starts, paragraphs_of
from reader.story.boundary import features, scorer
from reader.story.cues import CONTINUES_CUE, continues_story
from reader.story.lines.classify import classify_lines
from reader.story.paragraph import Paragraph

CONTINUING = [
    "He said the ferry would run again once the river rose.",
    "It is the third cut this year.",
    "Their cooperative asked the council for help.",
    "But the operators said the channel was too shallow.",
    "However, the river authority disagreed.",
    "Meanwhile, freight firms moved to the coastal road.",
    "In addition, two crossings will close at night.",
    "\u201cWe cannot run loaded ferries,\u201d one captain said.",
    '"It is the worst summer we remember," a pilot said.',
    "Mr Okafor said the cuts were temporary.",
    "Ms Lind, who runs the operators' association, agreed.",
    "The company said it would refund season tickets.",
    "The river authority told reporters that dredging would take months.",
    "- Two crossings a day instead of three",
]
LEADS = [
    "Ferry companies on the lower Senn cut crossings by a third as the river fell to a record low.",
    "A sixteen-year-old from Vilnius won the European junior chess championship on Sunday.",
    "Mr Marek Lind, the head of the ferry operators' association, resigned on Tuesday.",
    "So-called smart meters will be fitted in every home in the valley by next year.",
    "Italy's largest orchard cooperative expects the smallest apple harvest in a decade.",
    "Theatre owners in the capital reported record ticket sales for the summer season.",
    "Heavy snow closed mountain roads and left villages without power overnight.",
    "The European Union will fund a new bridge over the Senn, officials announced on Monday.",
]


@pytest.mark.parametrize("text", CONTINUING)
def test_openings_that_point_back_continue_a_story(text: str) -> None:
    assert continues_story(text)


@pytest.mark.parametrize("text", LEADS)
def test_lead_openings_do_not_continue_a_story(text: str) -> None:
    assert not continues_story(text)


def test_an_uncued_paragraph_that_points_back_weighs_against_a_boundary() -> None:
    lines = [
        "He said the ferry would run again once the river rose.",
        LEADS[0],
        "He said the ferry would run again once the river rose.",
        "Ferry operators said the channel was too shallow near the estuary.",
        "A ferry moored at the estuary pier in low water.",
        "Ana Petrauskas | Baltic Photo",
        "But the operators said the channel was too shallow.",
    ]
    paras, _ = paragraphs_of(classify_lines(lines))
    assert [p.text for p in paras] == [lines[0], lines[1], lines[2], lines[3], lines[6]]
    assert paras[0].cue == 0.0  # the first paragraph starts the file: no boundary to weigh
    assert paras[1].cue == 0.0
    assert paras[2].cue == CONTINUES_CUE
    assert paras[3].cue == 0.0
    assert paras[4].cue > 0  # a photo before it: the page's cue stands


@pytest.fixture
def lexical(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file decoded by the segmentation search (these short paragraphs would otherwise be
    read off the boundary scorer alone, ``reader.story.boundary.decode``)."""
    real = scorer.scores_and_shortest
    monkeypatch.setattr(scorer, "scores_and_shortest", lambda paras: (real(paras)[0], 0))


def _paras(n: int) -> list[Paragraph]:
    return [Paragraph(f"Paragraph number {i} of the pile.", i + 1, i + 1) for i in range(n)]


def test_in_a_file_without_marks_a_two_paragraph_uncued_story_is_kept_a_one_paragraph_one_not(
    monkeypatch: pytest.MonkeyPatch, lexical: None
) -> None:
    cuts: list[int] = []
    monkeypatch.setattr(reader.story.segment, "find_boundaries", lambda units, cues: list(cuts))
    cuts[:] = [5, 7]
    assert find_story_starts(_paras(9)) == [5, 7]
    cuts[:] = [5, 6]  # the story at 5 would be one paragraph: an aside, not a story
    assert find_story_starts(_paras(9)) == [6]
    cuts[:] = [8]
    assert find_story_starts(_paras(9)) == []


def test_in_a_file_that_marks_its_stories_a_two_paragraph_uncued_story_is_an_aside(
    monkeypatch: pytest.MonkeyPatch, lexical: None
) -> None:
    monkeypatch.setattr(reader.story.segment, "find_boundaries", lambda units, cues: [5, 7])
    # (the numbered paragraphs alike to the scorer: the lede-wording model reads their digits)
    monkeypatch.setattr(features, "lede_words", lambda text: 0.0)
    paras = _paras(9)
    paras[7].cue = 0.9  # a photo and its credit before paragraph 7
    assert find_story_starts(paras) == [7]
    paras = _paras(9)
    paras[0].head = classify_lines(["By Ines Okafor", "Ferry crossings cut."])[:1]
    assert paras[0].head[0].kind == "byline"
    assert find_story_starts(paras) == []
