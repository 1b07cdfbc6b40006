"""Furniture lines of sites and wires the line rules read (patterns.py, bylines.py,
classify.py): compact relative stamps, "Watch live" promos, an agency's share in the copy, a
byline with a newsroom title before the name, and a headline over a byline or a newsletter's
"X | Y" line (a headline, not a photo caption). Written here."""

from __future__ import annotations

from reader.story.lines.classify import classify_lines


def _kinds(*texts: str) -> list[str]:
    return [ln.kind for ln in classify_lines(list(texts))]


_BODY = [
    "Growers in the valley expect to harvest about 420,000 tonnes this season, a third less "
    "than last year, as water allocations fall to 35%.",
    "The region's main mill will run for only 28 weeks instead of the usual 40, and the "
    "co-operative has warned that 60 seasonal jobs will go.",
]


def test_a_compact_relative_stamp_is_a_timestamp() -> None:
    assert (
        _kinds("Drought cuts valley rice crop by a third", "Posted 3h ago", *_BODY)[1]
        == "timestamp"
    )


def test_a_byline_with_a_newsroom_title_before_the_name() -> None:
    kinds = _kinds(
        "Drought cuts valley rice crop by a third", "By rural reporter Tom Ashby", *_BODY
    )
    assert kinds[:2] == ["title", "byline"]


def test_watch_live_and_an_agencys_share_are_furniture() -> None:
    kinds = _kinds(*_BODY, "(With inputs from PTI)", "Watch live: Channel 9 News at 10")
    assert kinds[2:] == ["promo", "promo"]


def test_a_headline_over_a_byline_pipe_line_is_a_headline() -> None:
    for under in (
        "Sipho Ndlovu | Jozi Business Report",
        "Trust Watch | Issue 212 | 3 December 2026",
    ):
        kinds = _kinds("Valley rice growers brace for a smaller crop", under, *_BODY)
        assert kinds[0] == "title", under


def test_a_scene_over_a_photo_credit_stays_a_caption() -> None:
    kinds = _kinds(*_BODY, "Workers load rice at the mill in Leeton", "Jane Lee | Reuters", *_BODY)
    assert kinds[2] == "caption"


def test_a_labelled_photo_source_is_a_credit() -> None:
    # a page's copy labels a photo's source and its caption: "Image source, Getty Images"
    kinds = _kinds(
        *_BODY,
        "Image source, Getty Images",
        "Image caption, Harvesters at work near Griffith on Tuesday",
        *_BODY,
    )
    assert kinds[2] == "credit" and kinds[3] == "caption"
    assert _kinds(*_BODY, "Picture source: Reuters", *_BODY)[2] == "credit"


def test_a_bare_read_link_and_a_broadcasters_credit_are_furniture() -> None:
    kinds = _kinds(*_BODY, "Read: Mill owners warn of shorter crushing season", *_BODY)
    assert kinds[2] == "promo"
    kinds = _kinds(
        *_BODY, "Rice drying at the mill in Leeton on Monday. (ABC Riverina: Jane Lee)", *_BODY
    )
    assert kinds[2] == "caption"
    kinds = _kinds(*_BODY, "Growers at the Leeton show. (Supplied: Leeton Show Society)", *_BODY)
    assert kinds[2] == "caption"


def test_a_section_label_before_a_stamp_is_a_stamp_and_the_line_above_a_headline() -> None:
    # a wire's briefs: "Courts in brief | <date>" under each headline (session 44, paste74)
    kinds = _kinds(
        "Drought cuts valley rice crop by a third",
        "Farming in brief | 12 April 2031, 9:40am AEST",
        *_BODY,
    )
    assert kinds[:2] == ["title", "timestamp"]
    # a name before the bar is a byline's, not a section's label
    assert _kinds("Ada Brook | April 12, 2031", *_BODY)[0] != "timestamp"


def test_a_help_line_note_after_a_story_is_furniture() -> None:
    kinds = _kinds(
        *_BODY,
        "If you or someone you know is struggling, support is available from Lifeline on "
        "13 11 14 or Beyond Blue.",
    )
    assert kinds[2] == "promo"
    # a sentence of the story that opens with "if" stays body
    assert _kinds(*_BODY, "If the rain holds off, the mill will run for 30 weeks.")[2] == "body"


def test_a_writer_and_outlet_before_a_broadcasters_stamp_is_a_stamp() -> None:
    # "Name · Outlet · Posted: ... | Last Updated: ..." under a headline (paste74, singles26)
    kinds = _kinds(
        "Drought cuts valley rice crop by a third",
        "Tom Ashby · Valley Radio News · Posted: Apr 12, 2031 6:00 AM CDT | Last Updated: 2 hours "
        "ago",
        *_BODY,
    )
    assert kinds[:2] == ["title", "timestamp"]


def test_a_closed_comment_thread_note_is_furniture() -> None:
    assert _kinds(*_BODY, "Comments are closed.")[2] == "promo"


def test_a_two_part_breadcrumb_under_a_section_is_no_headline() -> None:
    from reader.story.lines.patterns import is_breadcrumb

    assert is_breadcrumb("Driving / Road Tests") and is_breadcrumb("Home / Personal Finance")
    # a photo's outlet and agency, a band's name and a tool are no breadcrumbs
    assert not is_breadcrumb("Boston Herald / Polaris")
    assert not is_breadcrumb("AC/DC") and not is_breadcrumb("View/Post Comments")


def test_a_menu_of_labels_parted_by_dots_is_furniture() -> None:
    kinds = _kinds("Riverside · Eastgate · Hollins Park · Old Town", *_BODY)
    assert kinds[0] == "promo"
    # a writer, an outlet and a stamp parted by dots are no menu
    assert _kinds("Tom Ashby · Valley News · 3 min read", *_BODY)[0] != "promo"


def test_a_read_later_apps_and_a_newsletters_furniture() -> None:
    from reader.story.lines.patterns import is_promo, is_reading_time, is_timestamp

    assert is_reading_time("Estimated reading time: 6 min") and is_reading_time("3–4 minutes")
    assert is_promo("Print this page · Close window") and is_promo("Read on our website →")
    assert is_promo("Know someone who would like The Valley Letter? Forward this email.")
    assert is_timestamp("Tuesday, May 5, 2031 · Issue No. 88")
    assert not is_timestamp("Fans will want issue 5")


def test_a_listings_dated_entries_stay_the_articles() -> None:
    kinds = _kinds(
        *_BODY,
        "Listings",
        "Fri., June 6: Jazz on the quay with the Mara Trio, 8 p.m., $20",
        "Sat., June 7: Open studio day, Old Mill Building, free",
        "Sun., June 8: Poetry brunch with Ida Lowe, Corner Cafe, 11 a.m.",
    )
    assert kinds[3:] == ["bullet", "bullet", "bullet"]


def test_a_most_read_list_of_headlines_and_standfirsts_at_the_foot_is_furniture() -> None:
    teasers = [
        "Most read",
        "Harbour chandlery to close after 60 years",
        "The family that has run the store since 1977 says rents have made it impossible.",
        "Island ferry back on the water after repair",
        "The ferry resumed its normal timetable on Sunday after a gearbox fault.",
        "Hospital to get new birthing suite",
        "A $2.4 million upgrade will let mothers give birth closer to home.",
        "© 2031 Valley Ledger",
    ]
    kinds = _kinds(*_BODY, *teasers)
    assert kinds[2:] == ["promo"] * len(teasers)
    # a headline over a real story after the list is that story's: it stays
    story = [
        "Most read",
        "Harbour chandlery to close after 60 years",
        "The family that has run the store since 1977 says rents have made it impossible.",
        *_BODY,
    ]
    assert "body" in _kinds(*_BODY, *story)[3:]
