"""A text that speaks as "we" gives the figures of its "we" sentences to its writer."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.first_person import speaks_as_we, writer

UPDATE = [
    "Thank you all: the campaign closed at $412,860 from 5,318 backers, eight times our goal.",
    "We will manufacture 7,500 copies at our factory, at a cost of $171,000.",
    "Freight to our four hubs has been quoted at $48,500.",
    "We expect boxes to reach you in August, and we will write again in March.",
]


def _owners(paragraphs: list[str], title: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_the_figures_of_a_text_written_as_we_are_its_writers() -> None:
    owners = _owners(UPDATE, "Lanterns of Kesh: we're funded, and here is what happens next")
    # (the headline's first name-run: "Lanterns" alone is an English word)
    assert owners["$171,000"] == owners["$48,500"] == owners["7,500 copies"] == "Kesh"


def test_a_news_story_quoting_someone_who_says_we_is_not_written_as_we() -> None:
    story = [
        "Harwick Foods will close its Leeds bakery, with the loss of 240 jobs.",
        "The site lost £4.2m in the year to March, the company said.",
        '"We have tried everything," said its chief executive.',
        "Unions said the plant employed 300 people at its peak.",
        "The firm will offer redeployment to 60 staff.",
    ]
    titled = _owners(story, "Bakery to close")
    untitled = _owners(story, "")
    assert titled == untitled  # no writer is read into it


def test_a_country_in_capitals_is_no_we() -> None:
    assert not speaks_as_we("Sales in the US rose 4%.")
    assert speaks_as_we("Our sales rose 4%.")
    assert not speaks_as_we('"Our sales rose 4%," she said.')


def test_a_letters_salutation_and_signature_do_not_dilute_its_we() -> None:
    letter = [
        "Dear members and friends of Harrowgate Rowing Club,",
        "Our boat fund grew by 9% to £48,200 thanks to your support.",
        "The regatta cost us £6,400 and raised £11,900.",
        "We will buy two new coxless fours in the spring.",
        "Hull repairs came to £3,100.",
        "Yours,",
        "Ellen Marsh",
        "Treasurer",
    ]
    # three "we" sentences: 0.375 of the eight lines, 0.6 of the five prose sentences
    names = frozenset(["Harrowgate Rowing Club", "Ellen Marsh"])
    assert writer(None, letter, names) == "Harrowgate Rowing Club"
    assert writer(None, letter[1:5], names) is None  # four lines, no name in the opening
