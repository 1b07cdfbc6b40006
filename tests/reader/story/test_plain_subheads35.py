"""Sub-headings written as sentences (blind set singles15 and singles16): under one article's
head block, a clause heading that keeps a sentence's grammar ("The depot has been empty since
March") heads a section and opens no story, even when the line roles read it as a headline
after a photo caption; a headline that drops that grammar still opens one."""

from __future__ import annotations

import pytest

from reader.pipeline import Document, split_document
from reader.story.boundary.heading import is_plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("The depot has been empty since March", True),  # an article opens it
        ("Drivers say they were never asked", True),  # a pronoun, an auxiliary
        ("Repairs are running behind", True),
        ("Depot to be sold after council vote", False),  # "to be" is a headline's
        ("Bakery opens its second shop", False),  # and "its"
        ("Council backs new bus lanes in the city centre", False),  # "the" inside
    ],
)
def test_a_heading_that_keeps_a_sentences_grammar(text: str, plain: bool) -> None:
    assert is_plain(text) is plain


ARTICLE = """Ferry operator to double sailings to the islands next summer
By Marta Oyelaran
Published 14 May 2027, 07:10
Harbour Lines will run twice as many sailings between Westport and the outer islands from next June, the operator said on Tuesday, after a record season in which half its crossings sold out.
The company will lease a second vessel, the Kittiwake, from a Norwegian owner for three years.
Islanders have long complained that a single boat leaves them stranded when the weather turns.
The Kittiwake at its berth in Bergen last week. (Photo: Lars Eikeland/Fjord Press)
The vessel has room for 40 cars
Harbour Lines chief executive Owen Prothero said the leased boat carries 40 cars and 300 passengers, twice the capacity of the current ferry.
He said fares would not rise to pay for the lease, which the operator expects to cover from extra bookings.
Advertisement
Islanders say they were not consulted
The Outer Isles Community Council said it welcomed more sailings but had not been told about the timetable until Tuesday.
Its chair, Fiona MacRae, said early morning departures mattered more to workers than extra evening ones.
Harbour Lines said it would hold meetings on each island before the timetable is fixed in January."""

TWO = """Ferry operator to double sailings to the islands next summer
By Marta Oyelaran
Published 14 May 2027, 07:10
Harbour Lines will run twice as many sailings between Westport and the outer islands from next June, the operator said on Tuesday, after a record season in which half its crossings sold out.
The company will lease a second vessel, the Kittiwake, from a Norwegian owner for three years.
Islanders have long complained that a single boat leaves them stranded when the weather turns.
Advertisement
Westport library to open on Sundays
Westport's library will open on Sunday afternoons from September, the county council said, after a survey found weekend hours were residents' most common request.
The trial will run for a year and cost about 18,000 euro, paid from the council's arts budget.
Librarians said the children's floor would be staffed on Sundays by volunteers."""


def test_sentence_sub_headings_under_one_head_block_stay_one_article() -> None:
    stories = split_document(Document("ferry.txt", ARTICLE.split("\n"), "0" * 64))
    assert len(stories) == 1
    # both sub-headings stay with the story as its section headings, the one after the photo
    # caption too
    assert [h.text for h in stories[0].headings] == [
        "The vessel has room for 40 cars",
        "Islanders say they were not consulted",
    ]


def test_a_headline_under_the_first_items_head_block_still_opens_an_item() -> None:
    stories = split_document(Document("two.txt", TWO.split("\n"), "0" * 64))
    assert len(stories) == 2
    assert stories[1].title == "Westport library to open on Sundays"


def test_a_headline_with_no_byline_over_sentence_sub_headings_stays_one_article() -> None:
    # the same article with its byline and stamp left out in the copy
    lines = [ln for ln in ARTICLE.split("\n") if not ln.startswith(("By ", "Published"))]
    stories = split_document(Document("ferry.txt", lines, "0" * 64))
    assert len(stories) == 1
