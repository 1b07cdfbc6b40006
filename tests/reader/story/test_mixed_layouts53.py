"""A pile whose articles were pasted from different sites: most paragraphs on lines of their own
with blank lines between them, and one article pasted with no blank lines, a paragraph a line.
Its lines are paragraphs (each ends a sentence), not one paragraph wrapped at some width, so
it stands as a story of its own (line_joins.lines_are_paragraphs; session 53's user paste merged
such a three-line article into the wire story above it). Texts written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document

_PILE = """Harbour council cuts 600 jobs as costs climb
By Dana Whitcombe
2 hours ago

Ardmore Harbour Council will cut 600 jobs, about 8% of its staff, after its energy bill rose for a third straight year, the council said on Thursday.

Spending on heating and lighting rose 16% to £41 million in the year to March, and the council expects a deficit of £9.3 million next year.

Council leader Priya Sandhu said the cuts would save about £28 million a year from 2038, and that no library would close.

Advertisement

MUMBAI, Dec 3 (Wire) - Indian budget airline SkyKite said on Wednesday it had ordered 40 narrowbody jets worth about $4.4 billion at list prices, its biggest order yet.

The carrier, which flies 62 aircraft, expects the first deliveries in 2039, and airlines usually win steep discounts on list prices.

SkyKite carried 21.5 million passengers in the year to March, up 17% from 18.4 million a year earlier.

Photo: A SkyKite jet at Mumbai airport (Reuben Dsouza/Wire)

The city of Tallinn will raise public transport fares for non-residents by 20% from February, the city council said on Tuesday, while residents keep riding free.
A single ticket bought on a phone will cost visitors €2.40, up from €2, and a three-day pass €12.
The council expects the change to bring in about €3.5 million a year for new trams.
"""


def test_an_article_pasted_a_paragraph_a_line_among_blank_parted_ones_stands_alone() -> None:
    stories = split_document(Document("pile.txt", _PILE.split("\n"), ""))
    assert len(stories) == 3
    assert stories[2].paragraphs[0].startswith("The city of Tallinn")
    assert len(stories[2].paragraphs) == 3


def test_a_wrapped_paragraph_in_a_blank_parted_file_is_still_joined() -> None:
    lines = [
        "Councillors in Port Alder voted on Tuesday to keep the town's passenger ferry",
        "running until at least 2040, ending a two-year fight over its cost.",
        "",
        "The crossing carries about 140,000 passengers a year and loses roughly",
        "£310,000, which the council covers from its parking income.",
        "",
        "Islanders packed the public gallery for the vote, many holding placards.",
        "",
    ]
    stories = split_document(Document("ferry.txt", lines, ""))
    assert len(stories) == 1
    assert len(stories[0].paragraphs) == 3
