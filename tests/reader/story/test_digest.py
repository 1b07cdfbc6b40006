"""Newsletter digests pasted as text: one story per item, titled by its heading (issue 13).

All texts are invented. Single articles with section sub-headings must stay whole.
"""

from __future__ import annotations

import pytest

from reader.pipeline import Document, split_document
from reader.story.assemble import paragraphs_of
from reader.story.digest import digest_starts, normal_case
from reader.story.lines.classify import classify_lines

# (greeting, [(heading, [paragraph, ...]), ...], closing lines)
Item = tuple[str, list[str]]

CAPS_DIGEST: tuple[list[str], list[Item], list[str]] = (
    ["Good morning. Here's what you need to know this Wednesday."],
    [
        (
            "GROCERS SQUEEZED",
            [
                "Three of the country's largest supermarket chains reported thinner margins "
                "for the spring quarter, blaming higher wholesale dairy prices and a price war "
                "over own-brand bread.",
                "Analysts at Hollin Partners expect at least one of them to close stores in "
                "smaller towns before the end of the year.",
            ],
        ),
        (
            "TRAM STRIKE CALLED OFF",
            [
                "Drivers on the Westgate tram network voted to accept a revised pay offer late "
                "on Tuesday, ending a dispute that had threatened four days of walkouts.",
                "The operator said services would run to the normal timetable from Thursday.",
            ],
        ),
        (
            "A COMET FOR THE WEEKEND",
            [
                "Astronomers say a faint comet discovered in March will be visible with "
                "binoculars low in the north-western sky after sunset on Saturday and Sunday.",
                "Dark-sky groups are organising viewing evenings on hills outside three cities.",
                "Clouds may spoil the view in the east, forecasters warned.",
            ],
        ),
        (
            "MUSEUM ROOF REPAIRS",
            [
                "The natural history museum will shut its main hall for six weeks from June "
                "while engineers replace leaking glass panels in the Victorian roof.",
            ],
        ),
    ],
    [
        "That's all for today. Forward this email to a friend who would enjoy it.",
        "Unsubscribe | Manage preferences | © 2026 Morning Ledger Ltd",
    ],
)

TITLE_DIGEST: tuple[list[str], list[Item], list[str]] = (
    ["Hello and welcome to your Friday briefing."],
    [
        (
            "Bank merger cleared",
            [
                "Competition regulators approved the merger of Carrow Bank and the Northfield "
                "Building Society on the condition that forty branches are sold.",
                "The combined lender will have about six million customers.",
            ],
        ),
        (
            "Heatwave warning for the south",
            [
                "Forecasters issued an amber heat warning for southern counties, with "
                "temperatures expected to pass 33C on Sunday afternoon.",
                "Hospitals have been told to prepare for more admissions of elderly patients.",
            ],
        ),
        (
            "Chess prodigy makes history",
            [
                "A twelve-year-old from Dunmore became the youngest player ever to qualify for "
                "the national championship after winning a weekend open tournament.",
                "She started playing at the age of five with her grandmother.",
            ],
        ),
        (
            "Rail fares to rise",
            [
                "Regulated rail fares will go up by 3.1% in March, the transport department "
                "confirmed, below the rate of inflation for the first time in five years.",
                "Passenger groups said the rise was still too high for commuters.",
            ],
        ),
        (
            "Bakery chain expands",
            [
                "The Crumb & Co bakery chain plans to open 25 shops in northern towns over the "
                "next eighteen months, creating about 300 jobs.",
            ],
        ),
    ],
    [
        "Thanks for reading. See you on Monday.",
        "You are receiving this because you signed up at example.org. Unsubscribe",
    ],
)

TWO_ITEM_DIGEST: tuple[list[str], list[Item], list[str]] = (
    ["Good evening. Two things worth knowing tonight."],
    [
        (
            "FERRY TIMETABLE CUT",
            [
                "The island ferry operator will run two crossings a day instead of four from "
                "next month because one of its vessels needs a new engine.",
                "Islanders said the cut would make hospital appointments on the mainland hard "
                "to reach.",
            ],
        ),
        (
            "LIBRARY FINES SCRAPPED",
            [
                "The county council has abolished overdue fines in all 31 of its public "
                "libraries, saying they put families off borrowing books.",
                "Borrowers with unpaid fines will have them written off automatically.",
            ],
        ),
    ],
    ["That's it for tonight.", "Unsubscribe | Privacy policy | © 2026 Evening Digest"],
)

MIXED_DIGEST: tuple[list[str], list[Item], list[str]] = (
    ["Morning! Here is your daily round-up."],
    [
        (
            "Airport expansion paused",
            [
                "Plans for a second runway at Kelby airport were paused after the planning "
                "inspector asked for a new noise study covering nearby villages.",
            ],
        ),
        (
            "Football club sold",
            [
                "Harlow Rovers have been bought by a consortium led by a former player, ending "
                "two years of uncertainty over the club's finances.",
                "The new owners promised to keep ticket prices frozen next season.",
            ],
        ),
        (
            "New vaccine trial",
            [
                "Researchers at the Lindqvist Institute began a trial of a nasal flu vaccine "
                "with 2,000 volunteers aged over sixty.",
                "Results are expected in the spring.",
            ],
        ),
    ],
    ["That's all for today.", "Manage preferences | Unsubscribe"],
)

SINGLE_WITH_SECTIONS = [
    "Council approves new cycle lanes across the city centre",
    "",
    "The city council has approved a network of protected cycle lanes linking the railway "
    "station to the university, the hospital and the main shopping streets.",
    "",
    "Councillors voted 34 to 12 in favour after a four-hour debate on Tuesday evening.",
    "",
    "What happens next",
    "",
    "Work on the first section, along Mill Road, will begin in September and is expected to "
    "take five months, the council said.",
    "",
    "Residents on Mill Road will lose about forty parking spaces, which the council says will "
    "be replaced in a new car park behind the library.",
    "",
    "Why the council acted",
    "",
    "The number of cyclists in the city centre has doubled in five years, but the council's "
    "own figures show cycling injuries rose by a third over the same period.",
    "",
    "Council leader Priya Nandra said the lanes would make cycling safer for children.",
    "",
    "What critics say",
    "",
    "Shop owners on Mill Road said the loss of parking would drive customers to out-of-town "
    "retail parks, and the council's opposition group called the plan rushed.",
    "",
    "The council said it would review the lanes after a year.",
]

SINGLE_CAPS_SECTIONS = [
    "Drought forces water restrictions in the eastern valleys",
    "",
    "Households in the eastern valleys will be banned from using hosepipes from Monday after "
    "the driest spring in more than a century left reservoirs at half their usual level.",
    "",
    "The water company said the ban would last at least until the end of August.",
    "",
    "RESERVOIRS AT RECORD LOW",
    "",
    "The largest reservoir in the valleys held 48% of its capacity on Friday, compared with "
    "an average of 86% for the time of year, the water company said.",
    "",
    "Engineers have started moving water from a reservoir in the west of the region through "
    "a pipeline built after the last drought.",
    "",
    "FARMERS WORRIED",
    "",
    "Farmers in the valleys said the drought had already cut hay yields and that some would "
    "have to sell cattle early if the dry weather continued.",
    "",
    "The water company said farms would be exempt from the hosepipe ban.",
]

SINGLE_NO_BLANKS = [
    "Hospital trust opens new cancer centre",
    "A new cancer treatment centre has opened at the General Hospital, bringing radiotherapy "
    "closer to patients who used to travel for two hours for each session.",
    "The centre has three radiotherapy machines and a chemotherapy suite with twenty chairs.",
    "Patients' views",
    "Patients who were treated during the centre's trial week said the shorter journey made "
    "a great difference to them and their families.",
    "One patient said the staff at the centre had been very kind during her treatment.",
    "Staff shortages",
    "The hospital trust said it still needed to recruit twelve radiographers for the centre "
    "to run at full capacity, and was offering relocation payments.",
    "The trust said the cancer centre would treat about 4,000 patients a year.",
]


def _render(digest: tuple[list[str], list[Item], list[str]], blank: bool) -> list[str]:
    greeting, items, closing = digest
    out: list[str] = [*greeting]
    for heading, paras in items:
        out.extend([heading, *paras])
    out.extend(closing)
    if not blank:
        return out
    spaced: list[str] = []
    for line in out:
        spaced.extend([line, ""])
    return spaced[:-1]


# A heading the digest writes in capitals is its item's title in normal case.
NORMAL_TITLES = {
    "GROCERS SQUEEZED": "Grocers squeezed",
    "TRAM STRIKE CALLED OFF": "Tram strike called off",
    "A COMET FOR THE WEEKEND": "A comet for the weekend",
    "MUSEUM ROOF REPAIRS": "Museum roof repairs",
    "FERRY TIMETABLE CUT": "Ferry timetable cut",
    "LIBRARY FINES SCRAPPED": "Library fines scrapped",
}


def _items(items: list[Item]) -> list[tuple[str, list[str]]]:
    """The stories a digest's items should give: each titled by its heading, in normal case."""
    return [(NORMAL_TITLES.get(heading, heading), paras) for heading, paras in items]


def _stories(lines: list[str]) -> list[tuple[str, list[str]]]:
    stories = split_document(Document("digest.txt", lines, "0" * 64))
    return [(s.title, s.paragraphs) for s in stories]


DIGESTS = {
    "caps": CAPS_DIGEST,
    "title": TITLE_DIGEST,
    "two": TWO_ITEM_DIGEST,
    "mixed": MIXED_DIGEST,
}


# The learned line roles read the last item of the blank-separated mixed digest, with the
# sign-off and footer under it, as a link list; in pasted text a run of link-list lines that
# holds a sentence is the item's text, not a list of links.
@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("name", sorted(DIGESTS))
def test_digest_gives_one_story_per_item_titled_by_its_heading(name: str, blank: bool) -> None:
    digest = DIGESTS[name]
    stories = _stories(_render(digest, blank))
    assert stories == _items(digest[1])


# The mixed digest's first item is one paragraph right under the file's first heading, with no
# greeting above it: the rules read it as that headline's standfirst (a deck over a section
# heading), and it is the item's text because the file then reads as a digest.
@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("name", sorted(DIGESTS))
def test_digest_without_greeting_or_sign_off(name: str, blank: bool) -> None:
    _, items, _ = DIGESTS[name]
    assert _stories(_render(([], items, []), blank)) == _items(items)


@pytest.mark.parametrize(
    "lines",
    [SINGLE_WITH_SECTIONS, SINGLE_CAPS_SECTIONS, SINGLE_NO_BLANKS],
    ids=["sections", "caps-sections", "no-blanks"],
)
def test_single_article_with_section_headings_stays_whole(lines: list[str]) -> None:
    stories = _stories(lines)
    assert len(stories) == 1
    assert stories[0][0] == lines[0]


def test_an_article_with_a_deck_over_a_section_heading_keeps_its_deck() -> None:
    # headline, deck, section heading: the deck is the article's standfirst, not a digest item
    lines = [
        SINGLE_WITH_SECTIONS[0],
        "",
        "The lanes will link the station to the university, the hospital and the shops.",
        "",
        *SINGLE_WITH_SECTIONS[6:],
    ]
    stories = split_document(Document("deck.txt", lines, "0" * 64))
    assert [s.title for s in stories] == [lines[0]]
    assert stories[0].standfirst == lines[2]


def test_single_article_without_its_headline_stays_whole() -> None:
    stories = _stories(SINGLE_WITH_SECTIONS[2:])
    assert len(stories) == 1


def test_digest_starts_is_none_for_an_article() -> None:
    paras, _ = paragraphs_of(classify_lines(SINGLE_CAPS_SECTIONS))
    assert digest_starts(paras) is None


@pytest.mark.parametrize(
    "line",
    [
        "That's all for today. Forward this email to a friend.",
        "Thanks for reading. See you on Thursday.",
        "See you tomorrow!",
    ],
)
def test_a_newsletter_sign_off_is_no_paragraph(line: str) -> None:
    lines = classify_lines([*TWO_ITEM_DIGEST[1][0][1], line])
    assert [ln.kind for ln in lines][-1] == "promo"


def test_a_sentence_opening_like_a_sign_off_stays_text() -> None:
    text = "That's all the council can afford this year, its finance chief told the meeting."
    lines = classify_lines([*TWO_ITEM_DIGEST[1][0][1], text])
    assert lines[-1].kind == "body"


def test_explain_says_a_heading_opens_a_digest_item() -> None:
    from reader.cli.explain import explain_lines

    out = explain_lines(_render(CAPS_DIGEST, True))
    marks = [ln for ln in out if ln.startswith("----- story")]
    assert len(marks) == 4
    assert all("newsletter digest" in ln for ln in marks[1:])
    single = explain_lines(SINGLE_CAPS_SECTIONS)
    assert not any("newsletter digest" in ln for ln in single)


@pytest.mark.parametrize("label", ["IN BRIEF", "At a glance"])
def test_a_column_label_above_the_first_item_heading_is_no_summary_box(label: str) -> None:
    _, items, _ = TITLE_DIGEST
    assert _stories([label, "", *_render(([], items, []), True)]) == items
    # under an article's headline the same label opens its summary box: the article stays whole
    paras, _ = paragraphs_of(
        classify_lines([SINGLE_WITH_SECTIONS[0], "", label, "", *SINGLE_WITH_SECTIONS[2:]])
    )
    assert digest_starts(paras) is None


@pytest.mark.parametrize(
    ("title", "texts", "want"),
    [
        ("CITY COUNCIL BACKS BUDGET", [], "City council backs budget"),
        ("NHS TRUST NAMES NEW CEO", [], "NHS trust names new CEO"),
        ("US AND EU AGREE STEEL DEAL", [], "US and EU agree steel deal"),
        (
            "US AND EU AGREE STEEL DEAL",
            ["The deal gives us time, a minister said."],
            "US and EU agree steel deal",
        ),
        ("G7 LEADERS MEET IN U.S. CAPITAL", [], "G7 leaders meet in U.S. capital"),
        ("MR OKAFOR'S BAKERY CLOSES", [], "Mr okafor's bakery closes"),
        (
            "MR OKAFOR'S BAKERY CLOSES",
            ["The bakery run by Mr Okafor for thirty years shut on Friday."],
            "Mr Okafor's bakery closes",
        ),
        (
            "FLOODS HIT BRENTMOOR",
            ["Rivers burst their banks in Brentmoor overnight. Brentmoor residents left."],
            "Floods hit Brentmoor",
        ),
        ("Council backs budget", [], "Council backs budget"),
        ("BBC", [], "BBC"),
        ("RENTS", ["Rents rose 4.8% in the year."], "Rents"),
        ("NATO", [], "NATO"),
        ("IKEA", ["Shoppers at IKEA stores paid more."], "IKEA"),
    ],
)
def test_a_heading_in_capitals_reads_in_normal_case(
    title: str, texts: list[str], want: str
) -> None:
    assert normal_case(title, texts) == want


def test_a_word_that_opens_a_sentence_says_nothing_of_its_case() -> None:
    # "Budget" is capitalised only where it opens a sentence: the heading's word stays lower
    texts = ["Budget talks ended late. The council agreed it."]
    assert normal_case("COUNCIL BACKS BUDGET", texts) == "Council backs budget"


def _numbered(
    digest: tuple[list[str], list[Item], list[str]],
) -> tuple[list[str], list[Item], list[str]]:
    greeting, items, closing = digest
    return greeting, [(f"{k}. {h}", paras) for k, (h, paras) in enumerate(items, 1)], closing


@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("name", ["caps", "title"])
def test_a_digest_whose_item_headings_are_numbered(name: str, blank: bool) -> None:
    # "1. Bank merger cleared" over its paragraph heads an item; the number is no part of it
    digest = DIGESTS[name]
    assert _stories(_render(_numbered(digest), blank)) == _items(digest[1])


def test_a_numbered_list_stays_a_list_with_prose_after_it() -> None:
    lines = [
        SINGLE_WITH_SECTIONS[0],
        "",
        "The council named three routes it will build first:",
        "1. Station Road",
        "2. The ring road",
        "3. Mill Lane",
        "Work on all three is due to start in the spring, the council said in a statement.",
    ]
    kinds = [ln.kind for ln in classify_lines(lines)]
    assert kinds[3:6] == ["bullet", "bullet", "bullet"]
    assert len(_stories(lines)) == 1


# A news-in-brief column: a label, then items of one paragraph each under their headings. The
# first item's paragraph, right under the column's first heading, reads to the rules as a deck.
BRIEFS: list[Item] = [
    (
        "Harbour dues to rise",
        [
            "The port authority will raise harbour dues for fishing boats by a tenth from April. "
            "It says the money will pay for dredging the inner basin."
        ],
    ),
    (
        "Swimming pool reopens",
        [
            "The town's only public pool reopened on Saturday after an eight-month repair of "
            "its roof, with free sessions for children all week."
        ],
    ),
    (
        "Choir wins national prize",
        [
            "A community choir from the valley beat forty entrants to win the amateur "
            "section of the national choral contest in the capital."
        ],
    ),
]


@pytest.mark.parametrize("blank", [True, False])
def test_a_brief_column_whose_first_item_is_one_paragraph(blank: bool) -> None:
    rendered = _render(([], BRIEFS, []), blank)
    assert _stories(["IN BRIEF", "", *rendered]) == BRIEFS


def test_a_label_above_the_headline_is_no_heading_of_the_text() -> None:
    # "IN BRIEF" over the first item's headline names the column, not a section of that item
    stories = split_document(
        Document("brief.txt", ["IN BRIEF", "", *_render(([], BRIEFS, []), True)], "0" * 64)
    )
    assert [s.headings for s in stories] == [[], [], []]


def test_a_deck_tried_as_a_first_item_keeps_its_kind_when_no_digest_follows() -> None:
    # a prose line under a headline, read as navigation, over a section heading of one article
    # is tried as a digest's first item; the article is no digest, so the line stays navigation
    from reader.story.lines.line import Line

    lines = [
        Line(1, "Harbour Dues To Rise", "title"),
        Line(2, "", "blank"),
        Line(3, "The port authority will raise harbour dues for fishing boats in April.", "nav"),
        Line(4, "", "blank"),
        Line(5, "The dredging plan", "heading"),
        Line(6, "Dredging the inner basin will cost the authority about four million.", "body"),
        Line(7, "", "blank"),
        Line(8, "Boat owners say the rise will cost each of them hundreds a year.", "body"),
    ]
    paragraphs_of(lines)
    assert lines[2].kind == "nav"


# A masthead, a date and a greeting above the first item and an unsubscribe line below the
# last are a newsletter's, not a web page's furniture; a column's label ("In short") over a few
# one-line bullets is an item of its own, whose one-liners are not the item before's text.
NEWSLETTER = [
    "The Evening Tally",
    "Monday 30 November 2026",
    "Good evening. Here is what moved today.",
    "1. Sugar prices slide on bumper Brazil crop",
    "Raw sugar fell 5% in New York after Brazil's mills crushed more cane than expected in"
    " the first half of November.",
    "2. Insurer Maplecroft to cut 300 roles",
    "Maplecroft, the motor insurer, will cut 300 roles in its call centres as more customers"
    " renew online. The union said it would ballot members.",
    "3. Ferry strike called off",
    "Crews at Solway Ferries called off a 48-hour strike after the company raised its pay offer"
    " to 6% over two years.",
    "In short",
    "- Gold: little changed at $2,410 an ounce.",
    "- Jobs: vacancies fell to 712,000 in October.",
    "Unsubscribe | Update your preferences",
]


@pytest.mark.parametrize("blank", [True, False])
def test_a_newsletter_with_a_masthead_and_a_column_of_one_liners(blank: bool) -> None:
    lines = [x for line in NEWSLETTER for x in ([line, ""] if blank else [line])]
    stories = _stories(lines)
    assert [title for title, _ in stories[:3]] == [
        "Sugar prices slide on bumper Brazil crop",
        "Insurer Maplecroft to cut 300 roles",
        "Ferry strike called off",
    ]
    assert not any("Gold" in p for _, paras in stories[:3] for p in paras)
    assert all(any("Gold" in p for p in paras) for _, paras in stories[3:])


# Known miss: with no blank lines the roles read the label and its two short one-liners (under
# SENTENCE_ITEM_WORDS words) as a link list, and they are dropped rather than kept as an item.
@pytest.mark.parametrize("blank", [True, pytest.param(False, marks=pytest.mark.xfail(strict=True))])
def test_a_newsletters_column_of_one_liners_is_an_item_of_its_own(blank: bool) -> None:
    lines = [x for line in NEWSLETTER for x in ([line, ""] if blank else [line])]
    stories = _stories(lines)
    assert len(stories) == 4
    assert any("Gold" in p for p in stories[3][1])


def test_a_round_up_under_its_headline_with_label_sub_headings_is_one_article() -> None:
    lines = [
        "Harvest festival: what is on in the town this weekend",
        "Kelmarsh will hold its first harvest festival in a decade on Saturday and Sunday.",
        "The town council expects about 6,000 visitors and has closed two streets to traffic.",
        "Food stalls",
        "Forty stalls will line the market square, most of them run by farms within 20 miles.",
        "Music",
        "Three bands will play on the green from midday, with a choir in the church at four.",
        "Getting there",
        "Extra buses will run from the station every 20 minutes on both days.",
    ]
    assert len(_stories(lines)) == 1
    # the same layout whose headings say what happened is a digest
    news = list(lines)
    news[3], news[5], news[7] = (
        "Farm stalls fill market square",
        "Bands booked for the green",
        "Council adds extra buses",
    )
    assert len(_stories(news)) == 4


# A table under an item's text is part of the item, however many rows it has: the rows are
# not paragraphs that make the item too long for a digest's.
TABLE_ITEM_DIGEST = [
    "Good morning. Three things to read before work.",
    "",
    "FERRY STRIKE CALLED OFF",
    "Crews on the island ferries called off Friday's strike after the operator raised its pay "
    "offer to 5.5% over two years, the union said on Monday.",
    "",
    "PORT BUYS CRANES",
    "Harwick port will spend £31m on four electric cranes, its chief executive told a meeting "
    "of harbour users, to handle larger container ships from 2028.",
    "",
    "HOUSE PRICES",
    "House prices in the county rose 2.1% in the year to September, land registry data "
    "showed. Prices fell in only one of its three towns.",
    "",
    "| Town | Average price | Change |",
    "|---|---|---|",
    "| Harwick | £214,000 | +3.0% |",
    "| Elmstead | £268,500 | +1.2% |",
    "| Dunmore | £187,250 | -0.4% |",
]


def test_a_digest_items_table_stays_in_the_item() -> None:
    stories = split_document(Document("digest.txt", TABLE_ITEM_DIGEST, "0" * 64))
    assert [s.title for s in stories] == [
        "Ferry strike called off",
        "Port buys cranes",
        "House prices",
    ]
    assert any("| Dunmore |" in p for p in stories[-1].paragraphs)
