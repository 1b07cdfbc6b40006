"""One piece's key points set out under its own labels in capitals, each label over a list of
bullets, a blank line between sections and none between items: one story, not a digest's items
or a paste's (reader/story/digest.py ``_listed_sections``, reader/story/boundary/features.py
``blank_gaps``: the gaps inside a list are no paragraph gaps). Written here, after the figure
round a42's capital-markets-day briefing read as six stories."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.boundary.features import blank_gaps
from reader.story.paragraph import Paragraph

_BRIEFING = [
    "Harrowgate Rail investor day: what it promised",
    "Northern Business Briefing | Key points | 9 March 2037",
    "",
    "Harrowgate Rail, the Yorkshire train operator, set out its plans to investors in Leeds on"
    " Monday. What it said, under the headings it used:",
    "",
    "FARES",
    "- Regulated fares to rise by no more than inflation until 2040.",
    "- Off-peak tickets on the Wharfedale line cut by a fifth from June.",
    "- A new flexible season ticket for people who commute three days a week.",
    "",
    "FLEET",
    "- Forty-two battery trains, ordered from a Derby maker, will enter service from 2039 and"
    " replace diesel units on branch lines.",
    "- The first six arrive for testing next spring, and drivers start training on them in the"
    " autumn.",
    "",
    "STAFF",
    "- About 180 ticket office jobs will go over two years, mostly through retirements.",
    "- Guards stay on every train, the company said after talks with the unions.",
    "",
    "OUTLOOK",
    "- Passenger numbers are back above their 2019 level on most routes.",
    "- Chief executive Imogen Strand said the battery fleet was the biggest change to the"
    " network in a generation.",
]


def test_a_briefing_of_labelled_lists_is_one_story() -> None:
    (story,) = split_document(Document("briefing.txt", _BRIEFING, "0" * 64))
    assert story.title == _BRIEFING[0]
    assert any("Imogen Strand" in p for p in story.paragraphs)


def _para(first: int, last: int, *, listed: bool) -> Paragraph:
    return Paragraph("text", first, last, [], listed=listed)


def test_the_gaps_inside_a_list_are_not_the_usual_gap() -> None:
    # a paragraph, then two lists of three items: blank lines between sections, none inside
    paras = [
        _para(1, 1, listed=False),
        _para(3, 3, listed=True),
        _para(4, 4, listed=True),
        _para(5, 5, listed=True),
        _para(7, 7, listed=True),
        _para(8, 8, listed=True),
        _para(9, 9, listed=True),
    ]
    assert blank_gaps(paras) == [0.0] * 7
    # the same lines as prose paragraphs: the blank lines set two runs apart
    prose = [_para(p.first, p.last, listed=False) for p in paras]
    assert blank_gaps(prose) == [0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


_PILE = [
    "Ferrybridge Foods to close Wakefield bakery with loss of 210 jobs",
    "By Hannah Cole, Business Reporter",
    "Published 3 December 2037, 09:10",
    "",
    "A Wakefield bakery that has made bread rolls for supermarkets since 1962 is to close next"
    " spring, with the loss of 210 jobs.",
    "",
    "Ferrybridge Foods said on Wednesday that volumes at the site had fallen by a third in two"
    " years as supermarkets moved orders to larger plants.",
    "",
    "The company will move some production to its Doncaster site, where it plans to create 60"
    " jobs.",
    "",
    "Ferrybridge Foods reported revenue of £148m in the year to September, down from £161m a"
    " year earlier.",
    "",
    "Advertisement",
    "",
    "Harbour Line investor day: the key points",
    "Northern Business Briefing | Key points | 3 December 2037",
    "",
    "Harbour Line, the Hull ferry operator, set out its plans to investors in Leeds on Tuesday."
    " What it said, under the headings it used:",
    "",
    "FARES",
    "- Fares on the Rotterdam route to rise by 4% from April.",
    "- A new frequent traveller pass priced at £240 a year.",
    "",
    "FLEET",
    "- Two hybrid ferries, costing about £310m between them, will enter service in 2040.",
    "- The older of its current ships will be sold.",
    "",
    "OUTLOOK",
    "- Harbour Line expects revenue of £420m next year, up from £385m.",
    "- Chief executive Maria Lindgren said freight volumes had recovered faster than expected.",
]


def test_a_key_points_piece_pasted_after_an_advert_is_its_own_story() -> None:
    # (its labels over bullets are no link list, its outlet line with a lower-case label is a
    # stamp, and its lede ending on a colon opens the list, no deck: roles/kinds.py
    # ``_list_labels``, lines/patterns.py ``_OUTLET_LABELS``, lines/headlines.py; a paragraph
    # opening a list with a colon is prose: story/articles.py ``_prose``)
    first, second = split_document(Document("pile.txt", _PILE, "0" * 64))
    assert first.title == _PILE[0]
    assert second.title == "Harbour Line investor day: the key points"
    assert second.paragraphs[0].startswith("Harbour Line, the Hull ferry operator")
    assert any("Maria Lindgren" in p for p in second.paragraphs)
