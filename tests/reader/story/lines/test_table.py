"""Plain-text tables: their rows are found, kept as the article's body, and prose is not
taken for one."""

from __future__ import annotations

import hashlib

from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_lines
from reader.story.lines.line import Line
from reader.story.lines.table import cells, figure_lines, table_rows


def _lines(text: str) -> list[Line]:
    return [Line(i + 1, t, "body") for i, t in enumerate(text.split("\n"))]


RELEASE = """Harbour Mills posts higher sales as flour prices ease

LEEDS, March 3 -- Harbour Mills said on Tuesday that sales rose in every division in the year to January, helped by lower wheat costs and new supermarket contracts.

"We have had a strong year in a difficult market," said chief executive Omar Reid, who joined the miller in 2021.

Division results

Division         2025      2024      Change
Flour            £182.4m   £170.9m   +7%
Bakery mixes     £64.0m    £61.2m    +5%
Animal feed      £39.8m    £40.5m    -2%

The company expects to open a new mill in Hull next year, creating about 120 jobs, and said it would raise its dividend by 4%.

Analysts said the results were in line with forecasts, though the feed division remained weak."""


def test_cells_split_on_wide_gaps_tabs_and_pipes() -> None:
    assert cells("Flour            £182.4m   £170.9m   +7%") == [
        "Flour",
        "£182.4m",
        "£170.9m",
        "+7%",
    ]
    assert cells("Team\tPlayed\tPoints") == ["Team", "Played", "Points"]
    assert cells("| Route | On time | Change |") == ["Route", "On time", "Change"]
    assert cells("One sentence with single spaces only.") == [
        "One sentence with single spaces only."
    ]


def test_a_results_table_is_found_header_and_rows() -> None:
    lines = _lines(RELEASE)
    rows = table_rows(lines)
    found = sorted(ln.text.split()[0] for ln in lines if ln.no in rows)
    assert found == ["Animal", "Bakery", "Division", "Flour"]


def test_table_rows_stay_in_the_story_body() -> None:
    kinds = {ln.text.split()[0]: ln.kind for ln in classify_lines(RELEASE.split("\n")) if ln.text}
    for first in ("Division", "Flour", "Bakery", "Animal"):
        assert kinds[first] == "bullet", first


def test_two_rows_or_rows_without_digits_are_no_table() -> None:
    two = _lines("Name   Role   Team\nAna Silva   Captain   Blues")
    assert table_rows(two) == set()
    menu = _lines("News   Sport   Weather\nBusiness   Culture   Travel\nOpinion   Video   Audio")
    assert table_rows(menu) == set()


def test_prose_with_double_spaces_is_no_table() -> None:
    prose = _lines(
        "The council said on Monday that the bridge would reopen.  Work began in May and has\n"
        "cost more than £3m so far.  Residents had asked for a footbridge in 2019, when the\n"
        "old crossing was closed after an inspection found cracks in two of its piers."
    )
    assert table_rows(prose) == set()


def test_a_blank_line_between_rows_keeps_the_table_two_ends_it() -> None:
    spaced = _lines("Club   Played   Points\n\nAlbion   12   26\n\nRovers   12   24")
    assert len(table_rows(spaced)) == 3
    apart = _lines("Club   Played   Points\n\n\nAlbion   12   26\nRovers   12   24")
    assert table_rows(apart) == set()


REPORT = """Fenland Rowing Club rebuilds its Welney boathouse after the floods

The club's committee said on Monday that the boathouse at Welney had reopened after a year of repairs paid for by members, a lottery grant and a loan from British Rowing.

The season in numbers
1,240 members, up from 1,105 a year earlier
86 races entered, with 31 wins

Treasurer Joan Pike said the club had ended the year with a small surplus despite the cost of the repairs and higher insurance premiums.

Results summary
Income, GBP k: 412.6 (388.1)
Surplus: 8.2% (5.9%)

The club plans to open a second boathouse at March in 2029 and will ask members to vote on a rise in fees in the spring."""


def test_runs_of_figure_lines_are_found_not_a_lone_one() -> None:
    lines = _lines(REPORT)
    found = {ln.text.split()[0] for ln in lines if ln.no in figure_lines(lines)}
    assert found == {"1,240", "86", "Income,", "Surplus:"}
    assert not figure_lines(_lines("3,000 jobs to go at carmaker\n\nThe carmaker said ..."))
    # clock times and dates under labels are stamps, not figures
    assert not figure_lines(_lines("Published: 3 May 2027\nUpdated: 10:32 IST"))


def test_figure_lines_are_the_storys_body_not_headings() -> None:
    kinds = {ln.text: ln.kind for ln in classify_lines(REPORT.split("\n")) if ln.text}
    for text in ("1,240 members, up from 1,105 a year earlier", "Surplus: 8.2% (5.9%)"):
        assert kinds[text] == "bullet", text
    digest = hashlib.sha256(REPORT.encode()).hexdigest()
    (story,) = split_document(Document("r.txt", REPORT.split("\n"), digest))
    assert "Income, GBP k: 412.6 (388.1)" in story.paragraphs
