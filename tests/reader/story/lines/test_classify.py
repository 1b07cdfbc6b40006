"""Line kinds on invented page text (no seed strings)."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_lines, classify_rules, split_dateline
from reader.story.lines.patterns import (
    is_credit,
    is_furniture,
    is_promo,
    is_reading_time,
    is_timestamp,
)
from reader.story.lines.shape import headlike

PAGE = """Riverpost

Ferry Operators Brace for a Second Winter of Low Water
By Ines Okafor
Updated 6:12 AM GMT, Wed January 8, 2025
4 min read
Kellmouth — Ferry companies on the lower Senn said on Tuesday they would cut crossings by a third as water levels fell to a record low.
A loaded barge waits at a closed lock near the river mouth on a grey morning.
Tomas Brandt | Nordbild | Getty Images
Operators blamed a dry autumn and warned that timetables could change at short notice.
Subscribe to our morning newsletter
Why the Levels Matter
The river carries about a fifth of the region's freight, and every lost crossing pushes trucks onto roads.
Share this article
"""


def kinds(text: str) -> dict[str, str]:
    return {ln.text: ln.kind for ln in classify_lines(text.split("\n")) if ln.text}


def test_page_furniture() -> None:
    k = kinds(PAGE)
    assert k["Riverpost"] == "masthead"
    assert k["Ferry Operators Brace for a Second Winter of Low Water"] == "title"
    assert k["By Ines Okafor"] == "byline"
    assert k["Updated 6:12 AM GMT, Wed January 8, 2025"] == "timestamp"
    assert k["4 min read"] == "reading_time"
    assert (
        k["A loaded barge waits at a closed lock near the river mouth on a grey morning."]
        == "caption"
    )
    assert k["Tomas Brandt | Nordbild | Getty Images"] == "credit"
    assert k["Subscribe to our morning newsletter"] == "promo"
    assert k["Share this article"] == "promo"
    assert k["Why the Levels Matter"] == "heading"
    body = [t for t, kind in k.items() if kind == "body"]
    assert len(body) == 3
    assert body[0].startswith("Kellmouth —")


def test_tags_and_lone_bullet_markers() -> None:
    text = "\n".join(
        [
            "- Transport",
            "- Weather",
            "Dry Autumn Hits River Freight",
            "Freight volumes on the river fell sharply in the last quarter of the year.",
            "What We Know",
            "•",
            "Crossings are cut by a third from Monday across the lower river.",
            "•",
            "Two locks are closed for emergency repairs until the spring.",
        ]
    )
    lines = classify_lines(text.split("\n"))
    got = [(ln.kind, ln.text) for ln in lines]
    assert got[0] == ("tag", "Transport") and got[1] == ("tag", "Weather")
    assert got[2][0] == "title"
    assert got[4] == ("heading", "What We Know")
    assert got[5][0] == "marker" and got[6][0] == "bullet"
    assert got[8] == ("bullet", "Two locks are closed for emergency repairs until the spring.")


def test_template_questions_are_headings() -> None:
    text = "\n".join(
        [
            "What is this about?",
            "What Happened?",
            "A regional airline grounded its fleet after a software fault hit its booking system.",
            "Why Does It Matter?",
            "Thousands of travellers were stranded over a holiday weekend.",
        ]
    )
    k = kinds(text)
    assert k["What is this about?"] == "heading"
    assert k["What Happened?"] == "heading"
    assert k["Why Does It Matter?"] == "heading"


def test_byline_without_by_next_to_timestamp() -> None:
    text = "Grain Prices Jump\n\nHarvest Desk Staff\n3 hours ago\nWheat futures rose 4% on Monday after frost damaged crops."
    k = kinds(text)
    assert k["Harvest Desk Staff"] == "byline"
    assert k["3 hours ago"] == "timestamp"


def test_hard_wrapped_line_is_not_a_heading() -> None:
    text = "The mayor of the small coastal town said the new sea wall\nwould be finished before the storm season began in October."
    assert all(ln.kind == "body" for ln in classify_lines(text.split("\n")))


def test_inline_agency_credit_is_a_caption() -> None:
    text = "Workers clear debris from a flooded street in Marlow on Sunday. (AP Photo/Dana Reyes)\nThe flood was the worst in forty years, officials said."
    lines = classify_lines(text.split("\n"))
    assert lines[0].kind == "caption" and lines[1].kind == "body"


def test_caption_with_pipe_credit_on_the_same_line() -> None:
    text = [
        "Pickers load crates at a vineyard near Dorvale on Tuesday. Lena Ortiz | Valley Press | Stock Pix",
        "Harvest Starts Early in Dorvale",
        "The grape harvest began two weeks early this year after a hot and dry summer.",
    ]
    lines = classify_lines(text)
    assert [ln.kind for ln in lines] == ["caption", "title", "body"]
    # a sentence that merely contains a pipe is still body
    assert (
        classify_lines(["Sales rose | costs fell, the firm said in its report."])[0].kind == "body"
    )


def test_patterns() -> None:
    assert is_timestamp("9 minutes ago")
    assert is_timestamp("March 4, 2025")
    assert is_timestamp("2025-03-04 14:20")
    assert not is_timestamp("The vote is due on March 4, 2025, officials said.")
    assert is_credit("Photo: Reuters")
    assert is_credit("Jane Roe/AFP via Getty Images")
    assert not is_credit("He previously worked as a reporter for a local paper.")
    assert is_promo("Read more business news")
    assert is_promo("Was this article helpful?")
    assert is_promo("Follow us on Instagram")
    assert not is_promo("Readers wrote in to complain about the closure of the library.")
    assert is_reading_time("12 minute read")
    assert not is_reading_time("12 minutes later the alarm rang")


def test_dateline_and_headlike() -> None:
    assert split_dateline("LAGOS (Reuters) — The central bank held rates.") == (
        "LAGOS (Reuters)",
        "The central bank held rates.",
    )
    assert split_dateline("Prices rose — sharply — on Monday.")[0] is None
    assert headlike("Markets Rally on Rate Hopes")
    assert not headlike("Markets rallied on Monday.")


def test_deck_under_headline_and_wire_caption() -> None:
    text = "\n".join(
        [
            "Dam Repairs Delayed Again",
            "Engineers find new cracks in the spillway wall",
            "By Rhea Sandoval and Tom Iver, Reuters",
            "TIRANA, June 2 (Reuters) - Repairs to the Fierza dam will take another year, the operator said.",
            "Workers inspect the spillway of the dam on a clear morning. REUTERS/Ana Lek",
            "The operator said water levels would be kept low until the work was done.",
        ]
    )
    got = [ln.kind for ln in classify_lines(text.split("\n"))]
    assert got == ["title", "standfirst", "byline", "body", "caption", "body"]


def test_wrapped_fragment_after_unfinished_line_is_body() -> None:
    text = "\n".join(
        [
            "The proposal was drafted over the winter by a committee chaired by",
            "Deputy Mayor Alma Reinholt of the Eastern District",
            "Council, who said it would be put to a vote in May.",
        ]
    )
    assert [ln.kind for ln in classify_lines(text.split("\n"))] == ["body", "body", "body"]


def test_short_question_headline_at_top_is_a_title() -> None:
    text = "Labour's Quiet Plan?\nThe party has drawn up a draft budget it has not shown to voters yet."
    assert [ln.kind for ln in classify_lines(text.split("\n"))] == ["title", "body"]


def test_name_with_role_is_a_byline_and_agency_slash_name_a_credit() -> None:
    text = [
        "Harbour Tolls Rise Again",
        "Mira Castell, Transport correspondent",
        "The port authority raised harbour tolls for the second time this year.",
        "Cranes unload containers at the eastern quay on Monday.",
        "PORTPRESS/Jon Aldred",
        "Shipping lines said they would pass the higher tolls on to customers.",
    ]
    kinds = [ln.kind for ln in classify_lines(text)]
    assert kinds == ["title", "byline", "body", "caption", "credit", "body"]
    # a headline with lower-case words next to a time stamp is not a name
    lines = classify_lines(["Rescue hope for Harbour Town", "3 hours ago", text[2]])
    assert lines[0].kind == "title"


def test_wire_footers_are_dropped_not_body() -> None:
    footers = [
        "Our Standards: The Harbour Post Trust Principles.",
        "© 2031 Harbour Post. All rights reserved.",
        "Reporting by Mira Castell; Editing by Jon Aldred",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "The Valley Wire contributed to this report.",
    ]
    text = ["The harbour tolls rose again on Monday, the port authority said.", *footers]
    kinds = [ln.kind for ln in classify_lines(text)]
    assert kinds == ["body"] + ["promo"] * len(footers)
    said = "The union said all rights reserved for members would be reviewed in a new deal next spring."
    assert classify_lines([said])[0].kind == "body"


def test_heading_is_not_a_headline_because_a_byline_comes_later() -> None:
    text = [
        "Harbour Tolls Rise Again",
        "The port authority raised harbour tolls for the second time this year, citing repair costs.",
        "Shipping lines said they would pass the higher tolls on to their customers within weeks.",
        "Repair Bill Grows",
        "The repair bill for the eastern quay has doubled since the spring storms damaged the "
        "sea wall, and the engineers who surveyed it last week expect the bill to rise again "
        "before the work can even begin next year.",
        "By Mira Castell",
        "A new ferry timetable starts on Monday.",
    ]
    kinds = [ln.kind for ln in classify_lines(text)]
    assert kinds[0] == "title" and kinds[3] == "heading" and kinds[5] == "byline"


def test_brand_line_opening_a_later_page_is_a_masthead() -> None:
    text = [
        "Harbourwire",
        "Harbour Tolls Rise Again",
        "By Mira Castell",
        "The port authority raised harbour tolls for the second time this year.",
        "Shipping lines said they would pass the higher tolls on to customers.",
        "Harbourwire",
        "Ferry Timetable Changes in Spring",
        "3 hours ago",
        "A new ferry timetable starts on Monday with fewer evening crossings.",
    ]
    kinds = [ln.kind for ln in classify_lines(text)]
    assert kinds[0] == kinds[5] == "masthead"
    assert kinds[1] == kinds[6] == "title"


def test_lone_line_above_a_headline_at_the_top_is_a_caption() -> None:
    text = [
        "Pickers load crates at a vineyard near Dorvale on Tuesday.",
        "Harvest Starts Early in Dorvale",
        "By Lena Ortiz",
        "The grape harvest began two weeks early this year after a hot and dry summer.",
        "The cooperative expects a smaller but better vintage.",
        "Ferry Timetable Changes in Spring",
        "By Jon Aldred",
        "A new ferry timetable starts on Monday with fewer evening crossings.",
    ]
    kinds = [ln.kind for ln in classify_lines(text)]
    assert kinds[0] == "caption" and kinds[1] == "title"
    # the last line of a story right above the next headline stays body
    assert kinds[4] == "body" and kinds[5] == "title"


def test_long_lead_paragraph_before_a_heading_is_not_a_standfirst() -> None:
    lead = (
        "The port authority raised harbour tolls for the second time this year on Monday, "
        "saying that repair costs after the spring storms had doubled and that shipping lines "
        "would have to share the burden of the work."
    )
    deck = "Tolls go up again as storm repairs cost more."
    for first, kind in ((lead, "body"), (deck, "standfirst")):
        text = ["Harbour Tolls Rise Again", first, "Repair Bill Grows", "More text follows."]
        assert classify_lines(text)[1].kind == kind


def test_one_paragraph_brief_between_headlines_stays_body() -> None:
    text = [
        "Harbour Tolls Rise Again",
        "By Mira Castell",
        "The port authority raised harbour tolls for the second time this year.",
        "Ferry Timetable Changes in Spring",
        "By Jon Aldred",
        "A new ferry timetable starts on Monday with fewer evening crossings.",
    ]
    kinds = [ln.kind for ln in classify_lines(text)]
    assert kinds == ["title", "byline", "body", "title", "byline", "body"]


def test_a_reported_figure_over_an_agency_line_stays_body() -> None:
    lines = [
        "Pellmar's exports rose 6.1 percent in March, the statistics office said on Monday.",
        "",
        "Shipments of machinery fell 2.4 percent, leaving a surplus of 3.8 billion euros.",
        "Xinhua",
        "",
        "Dock workers unload containers at the port of Ostrava on a rainy morning.",
        "Xinhua",
        "",
        "Economists expect exports to slow in the second half of the year.",
    ]
    got = [(ln.text, ln.kind) for ln in classify_lines(lines) if ln.text]
    assert (lines[2], "body") in got  # a fact with its figures, not a photo description
    assert (lines[5], "caption") in got
    assert [k for t, k in got if t == "Xinhua"] == ["credit", "credit"]


def test_a_one_sentence_line_ending_in_its_bracketed_source_is_a_caption() -> None:
    lines = [
        "Orvane Motors said on Monday it would build a battery plant in Ulsan for 2 trillion won.",
        "",
        "Workers assemble electric cars at the Orvane plant in Asan on Monday. (Orvane Motors)",
        "",
        "The carrier's profit rose sharply. Its shares gained on the news. (Reuters)",
        "",
        "Production is due to start in 2028, the company said.",
    ]
    got = {ln.text: ln.kind for ln in classify_lines(lines) if ln.text}
    assert got[lines[2]] == "caption"
    assert got[lines[4]] == "body"  # two sentences: a paragraph, kept
    assert got[lines[0]] == "body" and got[lines[6]] == "body"


def test_posted_by_is_a_byline_and_an_end_mark_is_no_body() -> None:
    lines = classify_lines(
        [
            "Harbour board approves terminal",
            "Posted by Ada Brennan on March 3, 2031",
            "",
            "The harbour board of Kellmouth approved a new container terminal on Thursday after talks.",
            "",
            "###",
            "",
            "# # #",
            "Published by Omar Haddad",
        ]
    )
    k = {ln.text: ln.kind for ln in lines}
    assert k["Posted by Ada Brennan on March 3, 2031"] == "byline"
    assert k["Published by Omar Haddad"] == "byline"
    assert k["###"] == "promo" and k["# #"] == "promo"  # "# # #" after markdown clean-up


def test_a_blog_sign_off_with_a_user_name_and_a_time_is_a_byline() -> None:
    body = (
        "The cold snap arrived in the second week of February and lasted four nights, "
        "and the wind coming off the hill flattened the last of the leeks."
    )
    k = kinds(
        "\n\n".join(
            [
                body,
                "Posted by admin at 10:31 PM",
                "posted by jdoe_77 on 4 March 2025",
                "Posted at 09:15 by webteam",
                "Posted by the way, the beans are fine and so am I.",
            ]
        )
    )
    assert k["Posted by admin at 10:31 PM"] == "byline"
    assert k["posted by jdoe_77 on 4 March 2025"] == "byline"
    assert k["Posted at 09:15 by webteam"] == "byline"
    assert k["Posted by the way, the beans are fine and so am I."] != "byline"


def test_a_comment_opening_with_about_is_no_closing_section() -> None:
    k = kinds("About time, that place has been falling apart for years.\n\nAbout Harbour Holdings")
    assert k["About time, that place has been falling apart for years."] != "heading"
    assert k["About Harbour Holdings"] == "heading"


def test_a_labelled_caption_without_a_credit_is_a_caption() -> None:
    text = (
        "Engineers at the Dunmere works began testing the new turbine on Monday.\n"
        "Image caption The turbine hall at dawn, seen from the river bank\n"
        "The tests will run for six weeks before the plant feeds the grid.\n"
        "Pictured: two engineers checking the gearbox\n"
        "Operators said the first power would flow in the spring."
    )
    k = kinds(text)
    assert k["Image caption The turbine hall at dawn, seen from the river bank"] == "caption"
    assert k["Pictured: two engineers checking the gearbox"] == "caption"
    assert k["The tests will run for six weeks before the plant feeds the grid."] == "body"


def test_a_clock_time_alone_on_a_line_is_a_stamp() -> None:
    for stamp in ("14:02", "2.15pm", "09:30 GMT", "Updated 16:45", "3:41 p.m."):
        assert is_timestamp(stamp), stamp
    for not_stamp in ("14.02", "12", "At 14:02 the vote began."):
        assert not is_timestamp(not_stamp), not_stamp


def test_press_release_markers_are_furniture() -> None:
    for mark in ("FOR IMMEDIATE RELEASE", "ENDS", "-ends-", "###", "Embargoed until 00:01 Monday"):
        assert is_furniture(mark), mark
    assert is_furniture("Notes to editors: The trust serves about 400,000 people.")
    for body in ("Ends the season on a high.", "The talks ends in failure."):
        assert not is_furniture(body), body


def test_release_markers_in_a_pasted_pair_of_releases() -> None:
    text = (
        "Harlow Water names new chief executive\n\n"
        "FOR IMMEDIATE RELEASE\n\n"
        "Harlow Water today named Priya Raman as chief executive, from 1 March.\n\n"
        "Ms Raman joins from a Dutch utility where she ran its network business.\n\n"
        "ENDS\n\n"
        "Notes to editors: Harlow Water supplies 1.2 million homes.\n\n"
        "Harlow Water opens reservoir walking trail\n\n"
        "A six-mile trail around the Kelby reservoir opens to walkers on Saturday.\n\n"
        "The route includes two bird hides and a cafe run by a local charity.\n\n"
        "ENDS\n"
    )
    k = kinds(text)
    assert k["ENDS"] == "promo"
    assert k["FOR IMMEDIATE RELEASE"] == "promo"
    assert k["Notes to editors: Harlow Water supplies 1.2 million homes."] == "promo"


def test_a_day_named_by_its_distance_from_now_is_a_timestamp() -> None:
    for stamp in ("Yesterday", "yesterday at 5:32pm", "Posted yesterday", "Updated today, 09:14"):
        assert is_timestamp(stamp), stamp
    assert is_timestamp("Today 7:30AM")
    # "Today" alone is as often a menu item; a sentence that starts so is text
    for text in ("Today", "Today programme", "Yesterday was the wettest day of the year."):
        assert not is_timestamp(text), text


def test_a_newsletters_issue_label_with_its_date_is_a_stamp_not_a_headline() -> None:
    from reader.story.lines.patterns import is_timestamp

    for line in (
        "Issue 112 · 28 November 2026",
        "Vol. 3, No. 14 — March 2, 2026",
        "#48 | 1 Dec 2026",
    ):
        assert is_timestamp(line), line
    for line in (
        "Issue 112 of the report was late.",
        "Number 10 said on Monday",
        "No. 10 Downing Street",
    ):
        assert not is_timestamp(line), line


def test_a_name_over_its_role_is_the_byline() -> None:
    lines = classify_rules(
        [
            "Harbour council approves new ferry terminal",
            "Marta Ilves",
            "Transport correspondent",
            "Updated Thu, Nov 27, 2026, 6:41 AM",
            "Councillors approved a £40m ferry terminal on Wednesday after a two-year inquiry.",
        ]
    )
    assert [ln.kind for ln in lines[1:3]] == ["byline", "byline"]
    # a headline over a role line is no name
    lines = classify_rules(["Ferry terminal approved", "Transport correspondent", "Body text."])
    assert lines[0].kind != "byline"


def test_a_paragraph_opening_on_a_wire_dateline_is_no_standfirst() -> None:
    # a press release's first paragraph under its headline and over a section heading reads
    # like a deck by its place; its dateline says it is the story's first paragraph
    lead = (
        "BOSTON, March 3, 2026 /PRNewswire/ -- Harlow Pumps Inc., a maker of water pumps, "
        "today reported results for its first quarter."
    )
    text = ["Harlow Pumps Reports First-Quarter Results", "", lead, "", "Quarter Highlights"]
    text += ["- Revenue rose 6% to $88.1 million", "- Orders rose 9%"]
    assert classify_lines(text)[2].kind == "body"
    stories = split_document(Document("release.txt", text, "0" * 64))
    assert stories[0].standfirst is None
    assert stories[0].paragraphs[0].startswith("Harlow Pumps Inc.")


def test_a_credit_line_that_describes_its_own_photo_leaves_the_line_before_as_body() -> None:
    # the last short paragraph of a story, then a photo line that is its own caption
    own = [
        "Grain exports from the port rose sharply in the autumn, the harbour board said.",
        "Freight rates fell 4.1% in the week.",
        "Photo: A bulk carrier leaving the harbour at Kessport (Nordbild)",
    ]
    k = [ln.kind for ln in classify_lines(own)]
    assert k[1] == "body" and k[2] == "credit"
    # a bare credit (a photographer and an agency) still makes the line above its caption
    for credit in ("Photo: Lena Ortiz for The Valley Press", "Photo: Tomas Brandt/Nordbild"):
        bare = [own[0], "A bulk carrier leaves the harbour at Kessport.", credit]
        assert classify_lines(bare)[1].kind == "caption"
