"""A writer's biography under the article is no body text; a story about a reporter keeps
its sentences."""

from __future__ import annotations

from reader.story.lines.bio import bio_name, is_author_bio
from reader.story.lines.classify import classify_rules

ARTICLE = [
    "Ferry operator cuts winter sailings",
    "By Aileen Brodie",
    "Islay Ferries said on Monday it would cut winter sailings by a third after fuel costs rose.",
    "The company said two islands would be left with one crossing a day until March.",
    "Island councillors said the cuts would hurt schools and hospitals.",
    "Aileen Brodie covers transport and the islands for the Herald. Follow her on Bluesky.",
]


def test_bio_lines_open_on_a_name_and_what_the_writer_does() -> None:
    assert is_author_bio("Charles Q. Choi is a contributing writer for Space.com.")
    assert bio_name("Aileen Brodie covers transport for the Herald.") == "Aileen Brodie"
    assert not is_author_bio("The company covers 40 countries and employs 2,000 people.")
    assert not is_author_bio("Islay Ferries said it would cut winter sailings.")


def test_the_bylines_biography_after_the_body_is_dropped() -> None:
    kinds = [ln.kind for ln in classify_rules(ARTICLE)]
    assert kinds[-1] == "credit"
    assert kinds[2:5] == ["body", "body", "body"]


def test_a_reporter_named_in_the_story_keeps_the_sentence() -> None:
    story = [
        "Reporter freed after a year in custody",
        "By Tom Reyes",
        "A journalist held for a year was freed on Friday, his newspaper said.",
        "Evan Park is a reporter for the Tribune who was detained while on assignment.",
        "His family said he was tired but well.",
        "The Tribune thanked the diplomats who had worked on his case.",
    ]
    assert classify_rules(story)[3].kind == "body"
