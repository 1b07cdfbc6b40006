"""A headline may open on a brand written with a lower-case first letter ("iPhone", "eBay",
"easyJet"): its shape is a headline's (reader/story/lines/shape.py, ``capital_start``)."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.shape import capital_start, headlike


def test_a_brands_case_is_a_capital_start() -> None:
    assert all(map(capital_start, ["iPhone", "eBay", "easyJet", "ePOS", "Fargo", "2026"]))
    assert not any(map(capital_start, ["phone", "ebay", "and", ""]))
    assert headlike("iPhone repair chain to open 12 more shops")
    assert not headlike("iphone repair chain to open 12 more shops")


PASTE = """Courier costs rise for online sellers, trade body warns
By Dana Whitcombe
9 December 2026
Small businesses selling on online marketplaces face paying about £1,200 a year more for deliveries after two courier firms raised their prices, a trade body said.
The sellers' association said its survey of 700 members found most could not pass the rise on to customers.
Advertisement
iPhone repair chain Mendly to open 12 more high street shops
Updated 3 hours ago
Mendly, the phone and laptop repair chain, will open 12 shops in the first half of next year, taking its total to 58.
Chief executive Omar Lattimer said the company was taking empty units in towns where rents had fallen.
The first openings will be in Kettering, Stafford and Yeovil."""


def test_a_pasted_item_under_a_brand_led_headline_is_its_own_story() -> None:
    stories = split_document(Document("paste.txt", PASTE.split("\n"), "0" * 64))
    assert len(stories) == 2
    assert stories[1].title.startswith("iPhone repair chain")
