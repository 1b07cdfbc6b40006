"""A lede's dateline that no dash ends: an agency's place, date and source ("New Delhi, Dec 3
(PTI) The ..."), a Title-case place before a colon ("Mumbai: Shares ..."); cut from the lede
and kept as the story's dateline, never read from a label or a speaker's turn
(reader/story/lines/shape.py ``split_lede_dateline``). Written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.shape import split_dateline, split_lede_dateline

_LEDE = (
    "Shares of Kaveri Looms jumped 9.4 per cent on Wednesday after the company reported a profit."
)


def test_a_sourced_or_colon_dateline_opens_a_lede() -> None:
    for text, place in (
        (f"Pune, Dec 3 (PTI) {_LEDE}", "Pune, Dec 3 (PTI)"),
        (f"Wuhan, December 2 (Reporter Chen Lei) {_LEDE}", "Wuhan, December 2 (Reporter Chen Lei)"),
        (f"Kochi: {_LEDE}", "Kochi"),
        (f"Hubballi (Dharwad district): {_LEDE}", "Hubballi (Dharwad district)"),
    ):
        assert split_lede_dateline(text) == (place, _LEDE)
        assert split_dateline(text)[0] is None  # (the boundary features' reading is unchanged)


def test_a_label_a_value_or_a_speakers_turn_is_no_dateline() -> None:
    for text in (
        f"Analysis: {_LEDE}",
        f"Background: {_LEDE}",
        "Revenue: INR 4.26 billion (+17%)",
        "Menon: We expect revenue to grow by about a tenth next year, she said on the call.",
    ):
        assert split_lede_dateline(text)[0] is None


def test_the_story_keeps_the_dateline_apart_from_its_lede() -> None:
    lines = ["Kochi: " + _LEDE, "Revenue rose 17 per cent to Rs 2,840 crore, the company said."]
    (story,) = split_document(Document("paste.txt", lines, "0" * 64))
    assert story.dateline == "Kochi"
    assert story.paragraphs[0] == _LEDE
