"""A paste's last item (after a headed story and a headless one) under a one-word section label, written as figure-dense sentences of a
market report ("MARKETS" / "The FTSE 100 closed 0.4% higher at 8,214 points ..."): its text
stays in the stories (session 61: the line roles read the label and the three lines under it
as a "most read" list, and the report's words vanished; a sentence's figures are no content
words when ``listed.sentence_item`` weighs its function words)."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.roles.listed import sentence_item

_PASTE = [
    "Ferry fares to Arran to rise 6% from March",
    "By Isla Reid",
    "2 hours ago",
    "Clyde Isles Ferries, the operator that runs most sailings on the Firth of Clyde, will raise fares by an average of 6% from March, blaming a 12% rise in crew costs and the end of a government fuel grant.",
    "A return ticket for a car and driver between Ardrossan and Brodick will go up to £78.40 from £74.00.",
    "The operator carried 870,000 passengers on the route last year, up from 812,000, the company said.",
    '"Nobody wants a fare rise, but we cannot sail at a loss," managing director Fiona Baird said.',
    "Advertisement",
    "In a filing to the ASX on Monday, the Perth-based gold miner said output at its Laverton North project fell 4% to 61,200 ounces in the December quarter.",
    "Quartz Ridge Gold blamed a flooded haul road, which shut the pit for six days, and cut its full-year guidance to between 240,000 and 255,000 ounces.",
    "All-in sustaining costs rose to A$2,410 an ounce from A$2,150.",
    "Gold miner Quartz Ridge Gold fell 2.7% to A$3.18 after the update.",
    "MARKETS",
    "The FTSE 250 closed 0.6% higher at 21,480 points on Thursday, helped by housebuilders.",
    "Housebuilder Lomond Homes jumped 5.1% to 388p after it said first-half completions rose to 2,140 from 1,960.",
    "Sterling slipped 0.3% to $1.262.",
]


def test_a_market_reports_sentences_are_prose() -> None:
    assert sentence_item(
        "The FTSE 250 closed 0.6% higher at 21,480 points on Thursday, helped by housebuilders."
    )
    # (a headline of a list of links is none)
    assert not sentence_item("FTSE 250 closes higher as housebuilders rally on rate hopes")


def test_a_labelled_market_report_is_kept() -> None:
    stories = split_document(Document("paste.txt", _PASTE, "0" * 64))
    text = "\n".join(p for s in stories for p in s.paragraphs)
    assert "Lomond Homes jumped 5.1%" in text
    assert "Sterling slipped 0.3%" in text
    assert "21,480 points" in text
