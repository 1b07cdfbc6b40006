"""Where stories start: furniture that heads the file's first story and heads a later
paragraph again opens a new item there."""

from __future__ import annotations

import hashlib

from reader.pipeline import Document, split_document


def _stories(lines: list[str]) -> list[list[str]]:
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return [s.paragraphs for s in split_document(Document("t.txt", lines, digest))]


_FIRST = [
    "Posted 09:10",
    "",
    "The city's tram network will shut for three weeks in July while engineers replace 2km of "
    "worn track on the western line.",
    "",
    "The operator said replacement buses would run every ten minutes.",
    "",
    "About 40,000 people use the western line on a typical weekday.",
    "",
]
_SECOND = [
    "Posted 12:40",
    "",
    "Tram drivers have voted to strike during the three-week shutdown of the western line, "
    "saying they were not consulted about the work.",
    "",
    "The union said 230 drivers had taken part in the vote.",
    "",
    "The operator said it was disappointed and would meet union officials on Friday.",
]


def test_a_stamp_over_the_first_story_and_again_later_opens_a_new_item() -> None:
    stories = _stories([*_FIRST, *_SECOND])
    assert len(stories) == 2
    assert stories[1][0].startswith("Tram drivers have voted")


def test_a_stamp_only_later_is_no_such_cue() -> None:
    # the first story has no stamp over it: a stamp further down is left to the other cues
    body = [ln for ln in _FIRST[2:] if ln]
    stories = _stories([body[0], "", body[1], "", "Updated 12:40", "", body[2]])
    assert len(stories) == 1
