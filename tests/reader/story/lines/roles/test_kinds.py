"""Merging the decoded roles into line kinds: a list run into one long line is no text."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.roles.kinds import is_name_dump

REGIONS = (
    "Choose your region: Northland Eastmarch Westvale Southmoor Highcombe Lowbridge Fenwick "
    "Ashford Brackley Carrowmore Dunmere Elmstead Farrow Glenholt Harrowgate Ilkridge Jessop "
    "Kellmouth Larkhill Marrowgate Norbury Oakhampton Pellworth Quarry Ridge Rosslyn Stanmore "
    "Tarrow Upwood Vexley Wendover Yarrow Zennor Abbotsford Bramley Castleton Dalry Evesham"
)
PROSE = (
    "The council voted on Tuesday to close the old harbour bridge to cars from next spring, and "
    "the leader said it had become too costly to repair after decades of neglect by the county "
    "while cyclists and walkers will still be able to cross and a ferry will run every ten minutes"
)
CODE = (
    "<html> <head> <title>Badge</title> <style> .badge { width: 250px; height: 80px; } </style> "
    "</head> <body> <div class=badge> <span class=name>{{ username }}</span> <span class=points>"
    "{{ points }}</span> </div> <script src=badge.js></script> </body> </html> end of the file"
)
TABLE = (
    "Asset 2013 2014 change HTML 57Kb 59Kb 4% CSS 46Kb 57Kb 24% JavaScript 276Kb 295Kb 7% Images "
    "1030Kb 1243Kb 21% Flash 87Kb 76Kb 13% Other 112Kb 120Kb 7% Total 1608Kb 1850Kb 15% Requests "
    "93 99 6% Domains 16 18 12% Fonts 2 3 50% Videos 0 1 100% Pages 300 300 0%"
)


def test_a_long_line_without_sentences_or_function_words_is_a_name_dump() -> None:
    assert is_name_dump(REGIONS)
    assert not is_name_dump(PROSE)  # no sentence mark, but it reads as prose
    assert not is_name_dump(CODE)  # code run into one line is the article's
    assert not is_name_dump(TABLE)  # and so is a table of figures
    assert not is_name_dump(" ".join(REGIONS.split()[:20]))  # a short line is left to the roles


def test_a_region_picker_closing_a_page_is_dropped() -> None:
    body = [
        "The harbour board of Kellmouth approved a new container terminal on Thursday after two years of talks.",
        "The terminal will double the port's capacity and is due to open in the spring of 2029, officials said.",
        "Shipping lines that call at the port welcomed the plan, though fishermen fear for their moorings.",
        "The board said the dredging work would start in the autumn and last for about eighteen months.",
    ]
    page = ["Home", "News", "Sport", "Harbour board approves terminal", "By Ada Brennan", *body]
    page.append(REGIONS)  # the page's last line: the roles alone would keep it with the article
    stories = split_document(Document("page.txt", page, ""))
    assert [p for s in stories for p in s.paragraphs] == body
