"""What blind set singles32 taught (session 40): a broadcaster's embedded video, its title and
then its running time alone on a line ("2:14"), is a caption and its credit, not a headline
over a stamp that opens a story (``captions.mark_video_titles``); "Watch the video above ..."
is page furniture (``patterns.PROMO``); a live blog's entry time after a paragraph stays a
stamp."""

from __future__ import annotations

from reader.story.lines.classify import classify_lines
from reader.story.lines.patterns import is_promo

BODY = (
    "Crews shut nearly six miles of the riverside path after water spilled over its edge at "
    "several points on Monday, the city said."
)
LATER = (
    "The river rose past flood stage at the Glenwood Bridge gauge on Monday afternoon and is "
    "expected to stay high for most of the week, forecasters said."
)


def _kinds(lines: list[str]) -> dict[str, str]:
    return {ln.text: ln.kind for ln in classify_lines(lines) if ln.text}


def test_a_video_title_and_its_running_time_are_a_caption() -> None:
    title = "Greenbelt closures: where the river is over the path"
    kinds = _kinds([BODY, "", title, "2:14", "", LATER])
    assert kinds[title] == "caption"
    assert kinds["2:14"] == "credit"


def test_a_live_blogs_entry_time_after_a_paragraph_stays_a_stamp() -> None:
    kinds = _kinds([BODY, "", "14:02", "", LATER])
    assert kinds["14:02"] == "timestamp"


def test_a_pointer_to_the_video_above_is_furniture() -> None:
    assert is_promo("Watch the video above for a report from the pass.")
    assert not is_promo("Watch the skies tonight for the meteor shower.")
