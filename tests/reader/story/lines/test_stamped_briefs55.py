"""A radio station's or a council's list of news items, each a headline, a stamp and one
paragraph, blank lines between: each item's paragraph is its body, not a deck (standfirst) of
the next item's head, so each item is its own story (reader/story/lines/headlines.py,
``mark_standfirsts``). Text written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_lines

ITEMS = [
    ("Harbour road to close overnight for resurfacing", "4th March 2037 7:15am",
     "The harbour road in Kilrush will close between 8pm and 6am from Monday for a week while "
     "the council resurfaces the stretch between the marina and the ferry slip, with diversions "
     "signposted through the town centre."),
    ("Library extends Saturday opening hours", "4th March 2037 8:40am",
     "Ennistymon library will open until 5pm on Saturdays from next month after the county "
     "council approved funding for an extra part-time post, the librarian told the station."),
    ("Creamery confirms milk price for February", "4th March 2037 9:55am",
     "West Clare Creamery will pay its suppliers 44 cent a litre for February milk, unchanged "
     "from January, the co-operative said in a note to its 640 members on Tuesday morning."),
]  # fmt: skip


def _text() -> list[str]:
    lines: list[str] = []
    for head, stamp, body in ITEMS:
        lines += [head, stamp, body, ""]
    return lines[:-1]


def test_an_items_only_paragraph_is_no_deck() -> None:
    kinds = [ln.kind for ln in classify_lines(_text()) if ln.text.strip()]
    assert kinds == ["title", "timestamp", "body"] * 3


def test_each_stamped_brief_is_its_own_story() -> None:
    stories = split_document(Document("radio.txt", _text(), "0" * 64))
    assert [s.title for s in stories] == [head for head, _, _ in ITEMS]
    assert [s.paragraphs for s in stories] == [[body] for _, _, body in ITEMS]
