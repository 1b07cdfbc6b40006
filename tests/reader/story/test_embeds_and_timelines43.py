"""An embedded post's counts and links are furniture ("1,388 likes", "View more on
Instagram"); a timeline's entries ("March 2033: 96 days") are no stamps, so they never make a
headline block that opens a story (blind set singles43, session 43)."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.patterns import is_promo, is_timestamp


def test_an_embedded_posts_counts_and_links_are_promo() -> None:
    assert is_promo("1,388 likes")
    assert is_promo("View more on Instagram")
    assert is_promo("Watch on YouTube")
    assert not is_promo("The 12 likes were all from staff.")


def test_a_timeline_entry_is_no_stamp() -> None:
    assert not is_timestamp("March 2033: 96 days")
    assert not is_timestamp("2035/36: Sh74")
    assert is_timestamp("March 3, 2037")
    assert is_timestamp("March 3, 2037: 4:15pm")


_ARTICLE = [
    "Hospital to open second MRI scanner as waits reach record",
    "",
    "By Dana Pruitt",
    "",
    "Medicine Hat Regional Hospital will open a second MRI scanner next spring after waits for"
    " non-urgent scans reached a record 178 days, the health authority said on Tuesday.",
    "",
    "The authority said the scanner, costing $3.2 million, would double the hospital's capacity"
    " and cut the median wait by about half within a year of opening.",
    "",
    "Timeline: median wait for a non-urgent MRI",
    "",
    "March 2033: 96 days",
    "",
    "March 2035: 141 days",
    "",
    "March 2036: 178 days",
    "",
    "Patients' groups said the new scanner was welcome but overdue, and that the authority"
    " should publish its waits for every hospital in the zone each month.",
    "",
    "View more on Instagram",
    "",
    "1,388 likes",
    "",
    "April 26, 2037",
    "",
    "The authority said it expected to hire four technologists to run the scanner, and that"
    " recruitment would begin in the autumn.",
]


def test_an_article_with_a_timeline_and_an_embedded_post_is_one_story() -> None:
    stories = split_document(Document("mri.txt", _ARTICLE, ""))
    assert len(stories) == 1
    assert stories[0].title == "Hospital to open second MRI scanner as waits reach record"
