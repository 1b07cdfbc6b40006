"""What people copy from reader apps and read-later exports (blind paste91): an item's source
line ("via Harbour Post · 3 hours ago", "Saved from Delta Ledger · Read 4 min") is its byline;
its web address alone on a line between its title and its stamp hides neither; a read-later
stamp ("Saved Monday 6 July 2037") is a stamp; an app's tools in a bar are furniture."""

from __future__ import annotations

import pytest

from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_rules
from reader.story.lines.patterns import is_promo, is_timestamp


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Saved Monday 6 July 2037 · Read 4 min", True),
        ("Added: 3 May 2037", True),
        ("Bookmarked 12 March 2037", True),
        ("Thursday 9 July 2037 | Reading time: 6 minutes", True),
        ("Saved 12 swimmers from the flood on 3 May 2037", False),
        ("Read 4 min", False),
    ],
)
def test_a_read_later_stamp(text: str, stamp: bool) -> None:
    assert is_timestamp(text) is stamp


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("via Harbour Post · 3 hours ago", "byline"),
        ("Saved from Delta Ledger · Read 4 min", "byline"),
        ("Saved from north-coast-times.co.uk · Read 2 min", "byline"),
        ("via the ministry, officials said the scheme would go ahead next year.", "body"),
    ],
)
def test_an_items_source_line(text: str, kind: str) -> None:
    lines = classify_rules(
        ["Harbour cranes to be replaced", text, "", "The port will replace its cranes."]
    )
    assert lines[1].kind == kind


@pytest.mark.parametrize(
    ("text", "promo"),
    [
        ("Save · Share · Mark as read", True),
        ("Like · Show more", True),
        ("Show more about the plan to build a second runway", False),
    ],
)
def test_an_apps_tools_in_a_bar(text: str, promo: bool) -> None:
    assert is_promo(text) is promo


EXPORT = """Curragh Herald and others · exported 3 May 2037

Galway harbour will get two electric cranes by next spring
https://www.example-west-herald.ie/news/2037/05/01/galway-electric-cranes
Saved Friday 1 May 2037 · Read 3 min

The Port of Galway has ordered two electric cranes to replace its diesel ones, the port company said on Thursday, in a deal worth about 9 million euro.

The cranes will be built in Finland and shipped in sections. The port said they would cut its fuel bill by about a third.

Dock workers said they had been asked about the new machines and welcomed the quieter cabins.

---

Sligo library extends its opening hours for exam students
https://www.example-north-west-news.ie/local/2037/05/02/sligo-library-hours
Saved Saturday 2 May 2037 · Read 2 min

Sligo's central library will stay open until 10pm on weekdays from Monday until the end of the Leaving Certificate exams, the county council said.

Librarians said the study rooms had been full by mid-afternoon every day last June, and that extra staff would be paid from the council's education fund.

Students will need a library card, which is free, to use the rooms after 6pm."""


def test_a_read_later_exports_items_keep_their_headlines() -> None:
    stories = split_document(Document("export.txt", EXPORT.split("\n"), "0" * 64))
    assert [s.title for s in stories][-2:] == [
        "Galway harbour will get two electric cranes by next spring",
        "Sligo library extends its opening hours for exam students",
    ]
