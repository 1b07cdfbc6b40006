"""Starts the scorer is sure of, in a file the lexical search decides (session 57, text written
here): page junk, then a paragraph that opens on a name and goes on in prose, though its lede's
verb is in no lede tense the rules know ("Harwick ratepayers face a rates rise ...":
``reader.story.start_evidence.junk_backed``); and a headline-like heading where two such headings
already open stories (``_alike_headings``)."""

from __future__ import annotations

from reader.pipeline import read_document, split_document

PORT_THEN_RATES = """Harwick port handles record number of containers
By Dana Example
3 Dec, 2036 10:20am

The port of Harwick handled a record 412,000 containers in the year to September, up 8% on the year before, as new cranes cut the time ships spent at the quay.
Advertisement
Fruit exports through the port rose 11% to 96 million trays, and the port company said it would add a second rail siding next year.
Read more: Growers count the cost of a late frost
Harwick ratepayers face an average rates rise of 7.4% next year under a draft plan published by the district council, with most of the extra money going on sewer pipes.
Consultation on the plan opens in February and closes at the end of March.
Advertisement
By Sam Example
A surf lifesaving club in Harwick has raised the £410,000 it needed to rebuild its clubhouse, which was damaged by a storm last winter.
Building work is expected to start in April and take about a year.
"""

ONE_STORY_WITH_A_LINK = """Harwick port handles record number of containers
By Dana Example
3 Dec, 2036 10:20am

The port of Harwick handled a record 412,000 containers in the year to September, up 8% on the year before, as new cranes cut the time ships spent at the quay.
Read more: Growers count the cost of a late frost
The port company said the new cranes had cut the average time a ship spent at the quay to 31 hours.
It said it would add a second rail siding next year.
"""


def _firsts(tmp_path, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    path = tmp_path / "paste.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(str(path))
    return [s.paragraphs[0][:25] for s in split_document(doc)]  # type: ignore[arg-type]


def test_a_sure_start_after_a_link_opens_a_brief(tmp_path) -> None:  # type: ignore[no-untyped-def]
    firsts = _firsts(tmp_path, PORT_THEN_RATES)
    assert firsts == [
        "The port of Harwick handl",
        "Harwick ratepayers face a",
        "A surf lifesaving club in",
    ]


def test_a_story_going_on_past_a_link_stays_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert len(_firsts(tmp_path, ONE_STORY_WITH_A_LINK)) == 1


HEADED_BRIEFS = """Bakery chain shuts a third of its shops after poor summer
7 hours ago
The Carlow bakery chain Oven Door has closed 14 of its 42 shops after a summer in which sales fell far short of what it had planned for.
Its owner, a Dublin investment firm, said the remaining shops would open longer hours.
Advertisement
Milk prices rise as feed costs climb
Shop prices of milk in Ireland rose 6% in the year to October, the steepest rise in four years, as dairy farmers paid more for winter feed.
Butter prices held steady, according to the statistics office.
Cheese festival planned for Kilkenny
A three-day festival of farmhouse cheese made from the milk of Irish dairy farms is planned for Kilkenny next June, with 60 cheese makers and dairy farmers from around the country.
The organisers said they hoped to draw 20,000 visitors and would charge no entry fee.
Rare whiskey sells for €38,000
A bottle of whiskey distilled in Tullamore in 1948 has sold for €38,000 at an auction in Cork, a record for an Irish whiskey sold in the country.
The buyer, a collector from Germany, bid online.
"""


def test_a_heading_like_the_other_briefs_opens_a_brief(tmp_path) -> None:  # type: ignore[no-untyped-def]
    firsts = _firsts(tmp_path, HEADED_BRIEFS)
    assert firsts == [
        "The Carlow bakery chain O",
        "Shop prices of milk in Ir",
        "A three-day festival of f",
        "A bottle of whiskey disti",
    ]
