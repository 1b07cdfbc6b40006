"""What blind set singles59 taught (session 48: single articles whose own structure tempts a
splitter): a hard-wrapped headline keeps its byline on a line of its own (``unwrap``); a menu's
section names parted by spaces alone are furniture (``patterns.spaced_menu``); a live page's
"Key events" list, whose entry reads as a headline with the page's stamp past two more
entries, is no headline block (``furniture_starts.headline_block``). Texts written here."""

from __future__ import annotations

import textwrap

from reader.story.furniture_starts import headline_block
from reader.story.lines.line import Line
from reader.story.lines.patterns import is_furniture, spaced_menu
from reader.story.paragraph import Paragraph
from reader.story.unwrap import unwrap

_PROSE = (
    "The council's plan to shut three of the town's branch libraries at six in the evening "
    "has been sold as a saving, and on paper it is one. But a library after dark is where "
    "a great many people go when there is nowhere else warm and quiet to sit, and the "
    "savings will be paid for by the people least able to pay them."
)


def _wrapped(text: str, width: int = 72) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False)


def test_a_wrapped_headline_keeps_its_byline() -> None:
    head = "A town that shuts its libraries at six has forgotten who uses them"
    lines = [head, "By Maren Solberg", "Tuesday 6 October 2037", "", *_wrapped(_PROSE), ""]
    lines += [*_wrapped(_PROSE), "", *_wrapped(_PROSE)]
    out = unwrap(lines).lines
    assert head in out
    assert "By Maren Solberg" in out


def test_section_names_parted_by_spaces_are_a_menu() -> None:
    assert spaced_menu("News Norway Bergen Business Sport Culture")
    assert is_furniture("Home News Sport Weather")
    assert not spaced_menu("Business Leaders Meet Bankers")
    assert not spaced_menu("Sport Club Wins Local Cup Final")


def _head(*kinds: str) -> Paragraph:
    lines = [Line(no, f"line {no}", kind) for no, kind in enumerate(kinds, 1)]  # type: ignore[arg-type]
    return Paragraph("A paragraph of the article.", len(kinds) + 1, len(kinds) + 1, head=lines)


def test_a_headline_block_is_a_headline_beside_its_byline_or_stamp() -> None:
    assert headline_block(_head("title", "byline", "timestamp"))
    assert headline_block(_head("timestamp", "title"))
    # its own lines between them: a standfirst, a photo, a share line, the outlet's name
    assert headline_block(_head("title", "standfirst", "caption", "credit", "promo", "byline"))
    assert headline_block(_head("masthead", "title", "masthead", "timestamp"))
    # one line read wrongly between them (a standfirst taken for a menu's) is tolerated
    assert headline_block(_head("nav", "masthead", "title", "nav", "byline", "timestamp"))


def test_a_list_entry_with_a_stamp_past_more_entries_is_none() -> None:
    # a live page's "Key events": an entry read as a headline, two more entries, then the
    # first update's stamp and heading
    assert not headline_block(_head("heading", "title", "nav", "nav", "timestamp", "heading"))
    assert not headline_block(_head("title", "linklist", "linklist", "linklist", "byline"))
    assert not headline_block(_head("title", "heading"))
