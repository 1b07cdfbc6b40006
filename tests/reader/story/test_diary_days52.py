"""A diary's days on lines of their own ("Monday 28 September"), each over its entry, are the
article's section labels, not the stamps of pasted briefs (lines/timeline.py; blind set
singles69, session 52: a harvest diary read as eight stories)."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.timeline import date_key

_DAYS = [
    (
        "Monday 14 June",
        "We leave the harbour at 05:40 with 900 crab pots stacked on deck and the"
        " skipper, Ilse Brandvold, already on the radio to the fish buyer in Vardø.",
    ),
    (
        "Tuesday 15 June",
        "A hauler motor burns out at noon. The spare is in Kirkenes, and the boat"
        " sits at anchor for six hours while Ilse argues with the supplier by phone.",
    ),
    (
        "Wednesday 16 June",
        "The best day so far: 2.1 tonnes of king crab, most of it from the"
        " deep strings off the point. The buyer's price has held at 310 kroner a kilo.",
    ),
    (
        "Thursday 17 June",
        "Fog until lunch, then a swell that makes sorting slow. Two deckhands"
        " are seasick, and the catch falls to 1.3 tonnes.",
    ),
]


def _diary() -> list[str]:
    lines = [
        "Crab diary: four days on the last king crab boat out of Båtsfjord",
        "",
        "By Marte Olsen",
        "",
        "Every June the Båtsfjord crab boats race the quota, and this year I spent four days on"
        " the smallest of them, a 15-metre boat crewed by three people.",
        "",
    ]
    for day, entry in _DAYS:
        lines += [day, "", entry, ""]
    return lines


def test_a_bare_date_may_carry_its_weekday() -> None:
    assert date_key("Monday 28 September") == (0, 9, 28)
    assert date_key("Tuesday, March 3") == (0, 3, 3)
    assert date_key("Monday") is None  # a weekday alone is no date


def test_a_diary_of_dated_days_is_one_story() -> None:
    stories = split_document(Document("diary.txt", _diary(), ""))
    assert len(stories) == 1
    assert stories[0].title.startswith("Crab diary")
