"""A wire's page of items, each opening on its agency's dateline, gives a story per item
however short; a translated page's notes ("Translated from Dutch · Show original") are
furniture (blind set paste70, session 43: translated news)."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.patterns import is_promo


def _item(place: str, lede: str, more: list[str], reporter: str) -> list[str]:
    return [
        f"{place} (ANTARA) - {lede}",
        *more,
        f"Reporter: {reporter}",
        "Editor: Laila Putri",
        "Copyright © ANTARA 2037",
    ]


_PAGE = [
    "Transjakarta to add 320 electric buses this year",
    "Tuesday, 10 March 2037 15:42 WIB",
    "Translated from Indonesian · Show original",
    *_item(
        "Jakarta",
        "PT Transportasi Jakarta will add 320 electric buses to its fleet this year and open 14"
        " new routes, its president director said on Tuesday.",
        [
            "The company said the new buses would bring electric vehicles to more than half of"
            " its fleet, and that the routes would open in stages from May.",
            "Daily ridership averaged 1.4 million passengers in February, up from 1.2 million"
            " a year earlier, the company said in a statement to reporters.",
        ],
        "Rina Ayu",
    ),
    *_item(
        "Bandung",
        "As many as 4,812 houses in three sub-districts of Bandung Regency were flooded on"
        " Monday night after the Citarum River overflowed its banks.",
        [
            "The head of the regency's disaster agency said 1,240 residents had been moved to"
            " mosques and schools, and that no one had been hurt in the flooding.",
            "The water began to recede on Tuesday afternoon, but more rain was forecast for the"
            " rest of the week across the southern part of the regency, the agency said.",
        ],
        "Yogi Hadi",
    ),
    *_item(
        "Surabaya",
        "The Corruption Court at the Surabaya District Court sentenced a village head to four"
        " years in prison for misusing village funds worth 1.1 billion rupiah.",
        [
            "The panel of judges said the defendant had used the money to buy land and a car,"
            " and ordered him to repay the funds within a month of the verdict.",
            "The sentence was lighter than the six years the public prosecutor had demanded,"
            " and both sides said they would consider an appeal to the high court.",
        ],
        "Dimas Rahardian",
    ),
    "Most read",
    "Jakarta to widen toll road by 2038",
    "Rupiah firms against the dollar",
    "Terms of use · Privacy · Contact",
]


def test_a_wire_page_gives_a_story_per_dateline() -> None:
    stories = split_document(Document("wire.txt", _PAGE, ""))
    firsts = [s.paragraphs[0] for s in stories]
    assert len(stories) == 3
    assert firsts[1].startswith("As many as 4,812 houses")
    assert firsts[2].startswith("The Corruption Court at the Surabaya")


def test_a_translated_pages_notes_are_promo() -> None:
    assert is_promo("Translated from Dutch · Show original")
    assert is_promo("Original article in German. This text was translated automatically.")
    assert is_promo("This news was automatically translated from Turkish.")
    assert is_promo("Was this translation helpful? Yes / No")
    assert not is_promo("Translated by Mariana Costa")
