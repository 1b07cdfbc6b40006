"""A long read's head: a headline of 20 to 32 words (in two parts or one long clause) over a
standfirst of two or three sentences, then its byline and date; and dated sections in its body
("3 March" over a few paragraphs). The headline is the title, the story starts at the lede under
the byline, and a dated section opens no story (blind singles73, session 53: 16 long reads, the
title right on 8, the start found on none). Texts written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document

_HEADLINE = (
    "Nine months on the night shift: inside the Aarhus bakery that feeds half of Jutland's"
    " supermarkets, and the baker who wants to sell it"
)
_STANDFIRST = (
    "Kornkammer Bageri bakes 310,000 loaves a week in a hall the size of two football pitches."
    " Our reporter spent the year with its night crew as energy bills doubled, a big customer"
    " left and its founder, now 71, began looking for a buyer."
)
_LEDE = (
    "At a quarter past ten on a February night the first dough of the shift drops from the mixer"
    " at Kornkammer Bageri, and Henrik Lauritsen is already on his second coffee."
)
_SECTIONS = [
    (
        "3 March",
        [
            "The letter from the energy company arrives on a Tuesday. From April the bakery will"
            " pay 2.4 kroner a kilowatt-hour for its ovens, more than twice last year's price.",
            "Lauritsen reads it twice in the office by the loading bay. The ovens run eighteen"
            " hours a day, and nobody has ever thought of switching them off.",
            "By the end of the week the crew has a new rota: the two oldest ovens will be cold on"
            " Sundays, and the rye breads move to the smaller line.",
        ],
    ),
    (
        "18 June",
        [
            "The supermarket chain that took a third of the bakery's bread says it will bake its"
            " own from the autumn, in stores fitted with small ovens.",
            "The news travels through the night shift in an hour. Two of the packers have worked"
            " here for twenty years and ask whether their jobs will go.",
            "Lauritsen tells them the truth as he sees it: the bakery has to find new customers"
            " before October, or the night shift will shrink.",
        ],
    ),
    (
        "9 September",
        [
            "A hotel group in Copenhagen signs for 40,000 rolls a week, and a chain of petrol"
            " stations for sandwiches baked in Aarhus and sold across the country.",
            "It is not the lost supermarket, but it keeps both lines running, and the packers stay."
            " The founder, Bent Kornerup, comes in at midnight to shake hands with the crew.",
            "Then he tells them the other news. He has hired an adviser to find a buyer, and he"
            " hopes it will be someone who keeps the ovens in Aarhus.",
        ],
    ),
]


def _long_read(*, headline: str = _HEADLINE, label: str = "WEEKEND | THE LONG READ") -> list[str]:
    lines = [label, "", headline, "", _STANDFIRST, "", "Words by Signe Holm",
             "Saturday 12 December 2037", "", _LEDE, ""]  # fmt: skip
    for day, paragraphs in _SECTIONS:
        lines += [day, ""]
        for p in paragraphs:
            lines += [p, ""]
    return lines


def test_a_long_two_part_headline_over_a_long_standfirst_is_the_title() -> None:
    stories = split_document(Document("long_read.txt", _long_read(), ""))
    assert len(stories) == 1
    story = stories[0]
    assert story.title == _HEADLINE
    # the lede under the byline opens the body; the standfirst is the head's
    assert story.paragraphs[0] == _LEDE
    assert story.standfirst == _STANDFIRST
    assert story.byline is not None and "Signe Holm" in story.byline


def test_a_long_headline_in_one_clause_is_the_title() -> None:
    headline = (
        "Bakers across Jutland paid twice as much for power this year while the energy company"
        " that supplies them paid its shareholders a record dividend of 1.9 billion kroner"
    )
    assert len(headline.split()) > 24
    stories = split_document(
        Document("long_read.txt", _long_read(headline=headline, label="INVESTIGATION"), "")
    )
    assert len(stories) == 1
    assert stories[0].title == headline


def test_dated_sections_under_a_dated_head_open_no_story() -> None:
    stories = split_document(Document("long_read.txt", _long_read(), ""))
    assert len(stories) == 1
    assert stories[0].paragraphs[-1] == _SECTIONS[-1][1][-1]
    assert [h.text for h in stories[0].headings] == [day for day, _ in _SECTIONS]


_BODY = [
    "The Port Louis ferry company will add a second boat to its Rodrigues crossing from March,"
    " cutting the wait for a berth from nine days to four, its managing director said.",
    "The company carried 61,000 passengers last year, 14% more than the year before, and turned"
    " away about 8,000 in the busiest months because its one boat was full.",
    "The second boat, a 2019 vessel bought from a Greek operator, is being refitted in Durban and"
    " should reach Mauritius in February.",
]
_DECK = (
    "The island's only passenger ferry has been full for months; a second boat from Greece should"
    " halve the wait for a berth, and fares will not rise this year, the company says."
)


def _story(head: list[str]) -> list[str]:
    lines = [*head, ""]
    for p in _BODY:
        lines += [p, ""]
    return lines


def test_a_magazine_byline_a_correspondents_place_and_a_dotted_date() -> None:
    # "Words: NAME" and "NAME in PLACE" over the date are bylines; "03.11.2037" is a stamp
    for byline in ("Words: Priya Ramgoolam", "Priya Ramgoolam in Port Louis"):
        head = ["Rodrigues ferry gets a second boat", "", _DECK, "", byline, "03.11.2037"]
        (story,) = split_document(Document("ferry.txt", _story(head), ""))
        assert story.title == "Rodrigues ferry gets a second boat"
        assert story.standfirst == _DECK
        assert story.paragraphs[0] == _BODY[0]
        assert story.byline is not None and "Ramgoolam" in story.byline


def test_a_long_headline_with_a_dash_under_a_section_label() -> None:
    headline = (
        "Rodrigues ferry to add a second boat in March \u2014 company says the wait for a berth"
        " will halve and fares stay frozen"
    )
    head = ["Transport & Islands", "", headline, "", _DECK, "", "By Priya Ramgoolam",
            "Tuesday 3 November 2037"]  # fmt: skip
    (story,) = split_document(Document("ferry.txt", _story(head), ""))
    assert story.title == headline
    assert story.paragraphs[0] == _BODY[0]


def test_a_photo_between_the_headline_and_its_deck() -> None:
    head = ["Rodrigues ferry gets a second boat", "",
            "The refitted ferry in dry dock in Durban last week.", "Photo: Island Post", "",
            _DECK, "", "By Priya Ramgoolam", "Tuesday 3 November 2037"]  # fmt: skip
    (story,) = split_document(Document("ferry.txt", _story(head), ""))
    assert story.standfirst == _DECK
    assert story.paragraphs[0] == _BODY[0]
