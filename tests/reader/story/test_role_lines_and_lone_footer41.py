"""What blind set paste61 taught (session 41): a writer's role alone under a byline ("BY NAME"
over "Staff reporter") is the byline's, not a heading or a list's header
(``mastheads.mark_role_lines``); and one copyright line after the last of several pasted items
does not make the text a web page, so that item's sentences are no link list
(``roles.kinds.mark_furniture``)."""

from __future__ import annotations

from reader.story.lines.classify import classify_lines


def _kinds(lines: list[str]) -> dict[str, str]:
    return {ln.text: ln.kind for ln in classify_lines(lines) if ln.text}


_ITEMS = [
    "Fisherman rescued after boat capsizes off Port Maria",
    "BY DELROY WATSON",
    "Staff reporter",
    "PORT MARIA, St Mary \u2014 A 46-year-old fisherman was rescued on Monday after his boat "
    "capsized in rough seas about two miles off the coast, the marine police said.",
    "He was taken to the Port Maria Hospital, where he was treated and released.",
    "His two crewmen swam to shore and raised the alarm.",
    "Advertisement",
    "Library reopens after six-month repair",
    "BY NADINE CLARKE",
    "Staff reporter",
    "PORT MARIA, St Mary \u2014 The parish library reopened on Tuesday after six months of "
    "repairs to its roof, which was damaged in last year's hurricane.",
    "The library board said the work cost $18 million and was paid for by the council.",
    "Opening hours are 9:00 a.m. to 5:00 p.m. on weekdays.",
    "Farmers' market moves to Sunday",
    "BY DELROY WATSON",
    "Staff reporter",
    "PORT MARIA, St Mary \u2014 The weekly farmers' market in the town square will move from "
    "Saturday to Sunday from next month, the market committee announced.",
    "The committee said more farmers could attend on Sundays, when fewer of them sell at the "
    "larger market in Annotto Bay.",
    "Vendors will pay the same fee of $1,500 a stall.",
    "Copyright 2027 The St Mary Star. All rights reserved.",
]


def test_a_writers_role_under_a_byline_is_the_byline() -> None:
    kinds = _kinds(_ITEMS)
    assert kinds["Staff reporter"] == "byline"


def test_the_last_items_sentences_above_one_copyright_line_stay_body() -> None:
    kinds = _kinds(_ITEMS)
    assert kinds["Vendors will pay the same fee of $1,500 a stall."] == "body"
    assert kinds[_ITEMS[-4]] == "body"


def test_an_article_pages_own_tools_and_a_glued_handout_credit_are_furniture() -> None:
    # (blind set paste60: a Canadian national paper's page as copied)
    from reader.story.lines.patterns import PROMO, credit_tail

    for line in (
        "Open this photo in gallery:",
        "Report an editorial error",
        "Report a technical issue",
        "Editorial code of conduct",
    ):
        assert PROMO.search(line), line
    assert not PROMO.search("Report of the inquiry into the mine collapse was published.")
    assert credit_tail("The smelter at Trail, B.C. It will close on Oct. 2.Kootenay Metals/Handout")
    assert not credit_tail("Output rose to 4.2 million tonnes in the year.Exports fell.")


def test_a_headline_shaped_line_under_an_agencys_bare_name_is_its_caption() -> None:
    caption = "Commuters wait for a delayed train at Queen Street station on Monday"
    kinds = _kinds(
        [
            "Rail fares in Scotland to rise by 4% from April",
            "By Morag Lindsay, Transport correspondent",
            "Rail fares in Scotland will rise by 4% from April, the operator said on Tuesday.",
            "The rise is the smallest in three years, it said.",
            "Getty Images",
            caption,
            "Passenger groups said the rise would still hurt commuters on low pay.",
            "The operator said it would freeze off-peak fares on rural routes until October.",
        ]
    )
    assert kinds[caption] == "caption"


def test_a_forums_domain_stamp_and_tool_lines_are_furniture() -> None:
    # (blind set paste63: a forum thread's linked articles, pasted)
    from reader.story.lines.patterns import is_bare_stamp, is_promo

    assert is_bare_stamp("submitted 3 hours ago by u/kea_watcher")
    assert is_promo("97 comments · share · save")
    assert is_promo("1.4K likes · 212 comments")
    assert not is_promo("Shares rose 3% · analysts said the sale was a surprise")


def test_a_linked_items_domain_is_its_byline_and_the_title_above_stays_a_headline() -> None:
    title = "Harbour board votes to sell its last two tugs to a private operator"
    kinds = _kinds(
        [
            "Council opens new library in Whitby after two-year rebuild",
            "(whitbyecho.co.uk)",
            "submitted 5 hours ago by u/abbey_steps",
            "Whitby's new library opened on Saturday after a two-year rebuild that cost £3.4m.",
            "It has 40,000 books and a children's floor.",
            "52 comments · share · save",
            title,
            "(harbourtimes.co.nz)",
            "submitted 2 hours ago by u/kea_watcher",
            "The harbour board voted on Tuesday to sell its last two tugs to a private operator.",
            "The sale is expected to raise about $4 million.",
        ]
    )
    assert kinds["(harbourtimes.co.nz)"] == "byline"
    assert kinds[title] == "title"
    assert kinds["(whitbyecho.co.uk)"] == "byline"
    from reader.story.lines.patterns import DOMAIN_LINE

    assert not DOMAIN_LINE.fullmatch("(the end.)")
