"""What blind sets singles56-58 taught (session 47): one article written a sentence a line,
with a blank line between its paragraphs, is one story; each run of lines is a paragraph
(``assemble._join_runs``), where each blank line had read as the gap between pasted items.
A paste of a few items set apart by blank lines is still cut between them. Texts written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document

ARTICLE = [
    "Harbour council approves new ferry terminal after two-year wait",
    "",
    "Councillors in Port Elwood voted 9-2 on Tuesday to approve a new ferry terminal on the town's east quay.",
    "The decision ends a two-year planning dispute that had divided the town.",
    "",
    "The terminal will cost about $18 million and is due to open in the spring of 2039.",
    "Most of the money will come from the state's regional transport fund.",
    "",
    "Mayor Grace Tanner said the old wharf had been patched too many times.",
    '"We have been lucky that nobody was hurt," she said.',
    '"This gives the island families a safe crossing at last."',
    "",
    "Opponents had argued that the new building would block views from the esplanade.",
    "A petition against the plan collected more than 1,400 signatures last year.",
    "",
    "The council's planning officer, Dev Rao, said the design had been changed twice to meet those concerns.",
    "The roof line is now four metres lower than first proposed.",
    "",
    "Ferry operator Bluewater Lines welcomed the vote.",
    "Its general manager said passenger numbers had grown every year since 2031.",
    "",
    "Construction is expected to start in March.",
    "The old wharf will stay open until the new terminal is ready.",
    "",
    "Two councillors voted against the plan, saying the cost could rise.",
    "Councillor Amy Fisk said she would ask for monthly reports on the budget.",
]


def _stories(lines: list[str]) -> list[list[str]]:
    return [s.paragraphs for s in split_document(Document("f.txt", lines, "0" * 64))]


def test_an_article_a_sentence_a_line_in_paragraphs_is_one_story() -> None:
    stories = _stories(ARTICLE)
    assert len(stories) == 1
    # its paragraphs as its writer set them: each run of lines is one
    assert len(stories[0]) == 8
    assert stories[0][1] == (
        "The terminal will cost about $18 million and is due to open in the spring of 2039. "
        "Most of the money will come from the state's regional transport fund."
    )


ITEMS = [
    [
        "A fire at a recycling yard in Kelso forced the closure of the A698 for six hours on "
        "Sunday.",
        "Crews from four stations fought the blaze, which started in a pile of tyres.",
        "Nobody was hurt, the fire service said.",
    ],
    [
        "Hawick's new swimming pool will open to the public on 3 March, the council said.",
        "The £9 million pool replaces one that closed in 2035 after its roof failed.",
        "Lessons for schools will start the following week.",
    ],
    [
        "A Jedburgh woman has won a national prize for her first novel, set in a Borders mill "
        "town.",
        "Ruth Anstey, 61, wrote the book after retiring as a primary teacher.",
        "The prize comes with a £5,000 award.",
    ],
]


def test_a_paste_of_items_set_apart_by_blank_lines_is_still_cut() -> None:
    lines: list[str] = []
    for item in ITEMS:
        lines += [*item, ""]
    stories = _stories(lines[:-1])
    assert [s[0] for s in stories] == [item[0] for item in ITEMS]
