"""Merging the decoded roles into line kinds: a list run into one long line is no text."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.roles.listed import is_name_dump

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


def test_a_name_dump_may_hold_a_rare_sentence_break() -> None:
    # "St. Kellan" reads as a sentence break, but one in 40-odd names is no prose ...
    picker = REGIONS.replace("Quarry", "St. Kellan")
    assert is_name_dump(picker)
    # ... two in as few words may be sentences: the line is left to the roles
    assert not is_name_dump(picker.replace("Upwood", "U.K. Isles"))
    # prose cut before its final stop, with a sentence break in every 40 words, stays text
    assert not is_name_dump(PROSE.replace(" and the leader", ". The leader"))


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


BUDGET = [
    "Members of the county council backed the spending plan late on Tuesday, so bills for a "
    "typical home will go up by just under five per cent in April.",
    "The vote was close after a long afternoon of speeches, and an attempt by the opposition to "
    "trim allowances for members failed by a handful of votes.",
    "Speaking after the result, the leader of the council called it the toughest set of sums "
    "she had faced, pointing to the growing cost of caring for children.",
    "Her opponents argued that households already squeezed by rents and heating costs could not "
    "afford another increase and promised to keep fighting it.",
]
KEY_POINTS = [
    "- Council tax to rise by 4.9% from April",
    "- Budget passed by 41 votes to 29",
    "- £6m extra for children's social care",
    "- Amendment to cut councillors' allowances defeated",
]


def test_a_summary_box_above_the_text_is_the_articles_and_not_its_headline() -> None:
    headline = "Council sets 4.9% tax rise after four-hour debate"
    page = ["The County Post", "- News", "- Politics", "- Sport", "- Business", "Subscribe"]
    page += [headline, "1 December 2026", "By Jamie Ferrow", "Share", "Key points", *KEY_POINTS]
    page += [*BUDGET, "Share", "Most read", "- Gritters out tonight", "- Christmas market opens"]
    page += ["© The County Post 2026", "Privacy", "Terms"]
    stories = split_document(Document("page.txt", page, ""))
    assert [s.title for s in stories] == [headline]
    kept = " ".join(p for s in stories for p in s.paragraphs)
    assert all(point.removeprefix("- ") in kept for point in KEY_POINTS)
    assert all(p in kept for p in BUDGET)


SUB_HEADED = [
    "Drought forces water firm to impose hosepipe ban",
    "",
    "Eastvale Water will impose a hosepipe ban on 1.4 million customers from Friday after the driest spring in the region for 60 years.",
    "",
    "Reservoir levels have fallen to 58% of capacity, against 81% at the same point last year.",
    "",
    "The company said the ban would save about 40 million litres of water a day.",
    "",
    "Customers who break the ban could face fines of up to £1,000.",
    "",
    "Gardeners and farmers",
    "",
    "The ban covers watering gardens and filling paddling pools, but not commercial growers.",
    "",
    "The National Farmers' Union said many farmers were already carting water to livestock.",
    "",
    "What happens next",
    "",
    "Eastvale said the ban would stay in place until reservoirs recover, which could take until the autumn.",
]


def test_an_articles_sentences_under_its_sub_headings_are_no_link_list() -> None:
    # pasted text (no menu, footer or comments): the roles read the short sub-headings and the
    # one-sentence paragraphs under them as a list of links; sentences are the article's
    stories = split_document(Document("ban.txt", SUB_HEADED, ""))
    kept = [p for s in stories for p in s.paragraphs]
    assert len(stories) == 1
    body = [ln for ln in SUB_HEADED if ln.endswith(".")]
    assert [p for p in body if p not in kept] == []


RELATED_AFTER = [
    "Harbour board approves new ferry terminal",
    "",
    "The harbour board has approved a new ferry terminal on the east quay, replacing the "
    "wooden pier that has served island crossings since the 1950s.",
    "",
    "Work will start in March and the terminal should open to passengers the following summer, "
    "the board said.",
    "",
    "The island council said the new terminal would let larger ferries dock in bad weather.",
    "",
    "Related stories",
    "",
    "Island ferry fares to rise in spring",
    "",
    "Storm damage closes east quay for a week",
    "",
    "Council backs plan for new harbour car park",
]


def test_a_list_of_headlines_after_pasted_text_is_no_article_text() -> None:
    # a run of link-list lines with no sentence in it stays a list of links in pasted text
    stories = split_document(Document("ferry.txt", RELATED_AFTER, ""))
    kept = [p for s in stories for p in s.paragraphs]
    assert [s.title for s in stories] == [RELATED_AFTER[0]]
    assert [p for p in kept if not p.endswith(".")] == []
    assert [p for p in RELATED_AFTER[2:7] if p and p not in kept] == []


def test_non_blank_reads_each_line_with_the_blank_lines_before_it() -> None:
    from reader.story.lines.line import Line
    from reader.story.lines.roles.kinds import non_blank

    lines = [
        Line(1, "", "blank"),
        Line(2, "Harbour bridge to close", "title"),
        Line(3, "", "blank"),
        Line(4, "", "blank"),
        Line(5, "The council voted on Tuesday.", "body"),
        Line(6, "It will reopen in May.", "body"),
        Line(7, "", "blank"),
    ]
    texts, kinds, gaps, nos = non_blank(lines)
    assert texts == [
        "Harbour bridge to close",
        "The council voted on Tuesday.",
        "It will reopen in May.",
    ]
    assert kinds == ["title", "body", "body"]
    assert gaps == [1, 2, 0]  # the blank line after the last one is no line's gap
    assert nos == [2, 5, 6]
    assert non_blank([Line(1, "", "blank")]) == ([], [], [], [])
