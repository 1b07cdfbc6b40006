"""A lede told in the simple past with the day it happened ("Police arrested a man in Tain on
Sunday night", "Early on Tuesday, heavy rain flooded ...") opens a story after page junk, as a
lede in the news tense does (``lede.dated_past``; blind set paste108, session 56)."""

from __future__ import annotations

from pathlib import Path

from reader.pipeline import Document, read_document, split_document
from reader.story.boundary.lede import dated_past


def test_past_tense_ledes_with_their_day() -> None:
    assert dated_past(
        "Police arrested a 41-year-old man in Tain on Sunday night after a shop window was smashed."
    )
    assert dated_past(
        "Early on Tuesday, heavy rain flooded the main road through Dornoch and closed two schools."
    )
    assert dated_past("Fire crews fought a blaze at a boatyard in Wick overnight.")


def test_not_a_continuation_nor_an_undated_past() -> None:
    assert not dated_past("He said on Monday the plan had failed.")
    assert not dated_past("But the council voted on Tuesday to keep the pool open.")
    assert not dated_past("The scheme cost far more than planned.")  # no day: no lede's shape
    assert not dated_past("Residents said on Friday they would appeal.")  # a reported opening


PASTE = """Harbour dues to rise for fishing boats

Fishing boats landing at Scrabster will pay 6% more in harbour dues from July, the harbour trust has said.

The trust said the rise would pay for a new ice plant and repairs to the west quay, which was damaged in January's storms.

Skippers' leaders said the rise came at a bad time, with fuel costs still high and quotas cut for a second year.

The trust said it would meet the fishermen's association next month to discuss a discount for the smallest boats.

Read more: Ferry timetable changes for summer

Police arrested a 41-year-old man in Thurso on Sunday night after a shop window was smashed on Traill Street.

He is expected to appear at Wick Sheriff Court on Tuesday.

Officers thanked members of the public who had called them.
"""


def test_a_dated_past_brief_after_read_more_is_its_own_story(tmp_path: Path) -> None:
    path = tmp_path / "paste.txt"
    path.write_text(PASTE, encoding="utf-8")
    doc = read_document(str(path))
    assert isinstance(doc, Document)
    stories = split_document(doc)
    assert len(stories) == 2
    assert stories[1].paragraphs[0].startswith("Police arrested a 41-year-old man in Thurso")
