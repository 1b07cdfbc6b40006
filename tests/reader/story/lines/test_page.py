"""Page furniture found on unseen outlets: menus, link lists, markdown, wire conventions.

Every page here is invented for the test; none is copied from a real site or a seed file.
"""

from __future__ import annotations

from reader.model import Story
from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_lines
from reader.story.lines.page import clean_text, handle_byline
from reader.story.lines.patterns import is_breadcrumb, is_furniture, is_promo, is_timestamp
from reader.story.lines.shape import split_dateline, wire_dateline

BODY = [
    "The harbour board of Kellmouth approved a new container terminal on Thursday after two years of talks.",
    "The terminal will double the port's capacity and is due to open in the spring of 2029.",
    "Shipping lines that call at the port welcomed the plan, though fishermen fear for their moorings.",
]


def kinds(lines: list[str]) -> dict[str, str]:
    return {ln.text: ln.kind for ln in classify_lines(lines) if ln.text}


def stories(lines: list[str]) -> list[Story]:
    return split_document(Document("page.txt", lines, "0" * 64))


def test_navigation_menu_is_dropped_and_the_headline_found() -> None:
    page = [
        "Home",
        "Economy",
        "Shipping",
        "Opinion",
        "Podcasts",
        "",
        "Kellmouth harbour approves a second container terminal",
        "By Ada Brennan",
        *BODY,
        "Share",
        "Save",
        "Print",
        "Comments",
    ]
    k = kinds(page)
    for item in ("Home", "Economy", "Shipping", "Opinion", "Podcasts", "Save"):
        assert k[item] in ("promo", "masthead"), item
    got = stories(page)
    assert len(got) == 1
    assert got[0].title == "Kellmouth harbour approves a second container terminal"
    assert got[0].paragraphs == BODY


def test_section_label_over_the_headline_is_not_the_title() -> None:
    page = ["Ports", "Kellmouth harbour approves a second container terminal", *BODY]
    k = kinds(page)
    assert k["Ports"] == "masthead"
    assert k["Kellmouth harbour approves a second container terminal"] == "title"


def test_links_under_a_list_header_are_dropped() -> None:
    page = [
        "Kellmouth harbour approves a second container terminal",
        *BODY,
        "Most Read",
        "Why ferry fares keep rising",
        "The lighthouse keepers who never left",
        "river dredging",
    ]
    got = stories(page)
    assert len(got) == 1 and got[0].paragraphs == BODY
    k = kinds(page)
    assert k["Why ferry fares keep rising"] == "promo"
    assert k["river dredging"] == "promo"


def test_link_list_stops_at_a_heading_over_a_paragraph_and_at_a_headline_with_byline() -> None:
    page = [
        "Kellmouth harbour approves a second container terminal",
        *BODY,
        "Further reading:",
        "Why ferry fares keep rising",
        "Who pays for the dredging?",
        "The board expects the dredging bill to be shared between the port, the county and the two largest shipping lines.",
    ]
    k = kinds(page)
    assert k["Why ferry fares keep rising"] == "promo"
    assert k["Who pays for the dredging?"] == "heading"
    page2 = [
        *BODY,
        "Related stories",
        "Lighthouse keepers return to Kellmouth point",
        "By Ada Brennan",
        "The last lighthouse keepers of the coast came back to the point on Sunday for a reunion.",
    ]
    k2 = kinds(page2)
    assert k2["Lighthouse keepers return to Kellmouth point"] == "title"


def test_markdown_headline_and_link_labels_are_cleaned() -> None:
    assert clean_text("**Ferry fares rise again**") == "Ferry fares rise again"
    assert clean_text("## Ferry fares rise again") == "Ferry fares rise again"
    assert clean_text("Shares of Tidewater (TDW.N), opens new tab rose 4%.") == (
        "Shares of Tidewater (TDW.N) rose 4%."
    )
    k = kinds(["**Ferry fares rise again**", "", *BODY])
    assert k["Ferry fares rise again"] == "title"


def test_bylines_with_handles_or_pipes() -> None:
    assert handle_byline("Ada Brennan @adabrennan @in/ada-brennan/") == "Ada Brennan"
    assert handle_byline("Email @press for details") is None
    page = [
        "Kellmouth harbour approves a second container terminal",
        "By Ada Brennan | harbourpost.example | Updated: 2031-05-02 10:14",
        *BODY,
    ]
    lines = classify_lines(page)
    assert lines[1].kind == "byline" and lines[1].text == "By Ada Brennan"
    assert lines[0].kind == "title"  # not a caption in front of a pipe "credit"


def test_photo_credits_in_more_house_styles() -> None:
    page = [
        "Image Credits: Jo Marsh / Harbour Post",
        "Kellmouth harbour approves a second container terminal",
        *BODY[:1],
        "Trucks queue at the gate of the terminal. [Photo/Coastline Agency]",
        "Cranes stand idle at the old quay at dusk. Photograph: Jo Marsh/Coastline Agency",
        "Item 2 of 5 A ship leaves the harbour on Tuesday. REUTERS/Jo Marsh/File Photo",
        *BODY[1:],
    ]
    got = [ln.kind for ln in classify_lines(page)]
    assert got == ["credit", "title", "body", "caption", "caption", "caption", "body", "body"]


def test_page_furniture_lines() -> None:
    for line in (
        "REGISTER NOW",
        "Learn more →",
        "Save up to 40% on your pass before prices rise. Register now.",
        "Jo covers ports and shipping for the paper. View Bio",
        "(Disclaimer: The views of the experts quoted are their own and not those of this site.)",
        "(Adds quote from harbour master in fourth paragraph)",
        "We use cookies to give you the best experience. By using the site you accept our cookies.",
        "press@harbour.example",
        "+44 1632 960 555",
        "https://www.harbour.example/news/terminal",
        "...more",
    ):
        assert is_furniture(line), line
    for line in (
        "The port said it would register the new ships in the spring.",
        "Regulators want sites to let users reject cookies as easily as they accept them.",
        BODY[0],
    ):
        assert not is_furniture(line), line
    for line in (
        "Also Read | Why the ferry fares rise again this winter on the Kellmouth route",
        "(You can now subscribe to our Harbour WhatsApp channel)",
        "SOURCE Harbour Holdings Ltd.",
        "NEWS PROVIDED BY",
        "Most Popular",
        "Media contact:",
    ):
        assert is_promo(line), line
    assert not is_promo("Sources close to the board said the vote was close.")
    assert is_breadcrumb("Harbour Post > Business > Shipping")
    assert is_breadcrumb("News › Ports › Kellmouth harbour approves a terminal")
    assert not is_breadcrumb("Profit rose > 5% in the quarter, the company said.")


def test_glued_and_dotted_time_stamps() -> None:
    assert is_timestamp("May 2, 20318:14 AM GMT+1Updated 3 hours ago")
    assert is_timestamp("Fri 2 May 2031 08.14 BST")
    assert is_timestamp("May 2, 2031 at 6:01 AM GMT+9")
    assert not is_timestamp("Traffic rose 8.14% on 2 May 2031 at the port")


def test_summary_box_and_press_release_sections_stay_in_the_story() -> None:
    page = [
        "Harbour Holdings Reports Record First Quarter Results",
        "",
        "KELLMOUTH, May 2, 2031 /Wire/ -- Harbour Holdings Ltd. today announced results for the quarter ended March 31.",
        "",
        "Key Takeaways",
        "",
        "Revenue rose 21% to 84 million pounds on higher container volumes at the terminal.",
        "Operating margin widened to 31% from 27% a year earlier.",
        "",
        '"The terminal is full and the second one cannot come soon enough," said chief executive Ines Okafor.',
        "",
        "About Harbour Holdings Ltd.",
        "",
        "Harbour Holdings owns and runs the port of Kellmouth and two inland freight depots on the river Senn.",
        "",
        "Forward-Looking Statements",
        "",
        "This release contains forward-looking statements about volumes and results that involve risks.",
        "",
        "Media contact:",
        "Tom Iver",
        "press@harbour.example",
    ]
    k = kinds(page)
    assert k["Key Takeaways"] == "heading"
    assert k["About Harbour Holdings Ltd."] == "heading"
    assert k["Forward-Looking Statements"] == "heading"
    assert k["Tom Iver"] == "promo" and k["press@harbour.example"] == "promo"
    got = stories(page)
    assert len(got) == 1
    assert got[0].title == "Harbour Holdings Reports Record First Quarter Results"


def test_company_name_ending_in_inc_is_a_title_line_and_a_brand_is_not_the_headline() -> None:
    page = [
        "NEWS PROVIDED BY",
        "Harbour Holdings Inc.",
        "May 2, 2031, 08:00 ET",
        "",
        "Harbour Holdings Opens Its Second Container Terminal",
        "",
        *BODY,
    ]
    # a title-shaped line above the headline: header furniture (dropped), never body text
    assert kinds(page)["Harbour Holdings Inc."] in ("title", "nav")
    assert stories(page)[0].title == "Harbour Holdings Opens Its Second Container Terminal"


def test_deck_between_headline_and_byline_is_a_standfirst() -> None:
    page = [
        "Kellmouth harbour approves a second container terminal",
        "The port wants to double its capacity. Fishermen fear for their moorings",
        "By Ada Brennan",
        "May 2, 2031",
        *BODY,
    ]
    got = stories(page)
    assert len(got) == 1
    assert got[0].standfirst == page[1]
    assert got[0].paragraphs == BODY


def test_list_items_after_a_colon_and_wrapped_lines_are_body() -> None:
    page = [
        "Here is how the port did in the quarter:",
        "Containers handled: 212,000 vs. 180,000 a year earlier",
        "Revenue: 84 million pounds vs. 70 million",
        "",
        "The harbour board said the company would cut about 120 jobs, roughly",
        "8% of its staff, by the end of the year as volumes at the old quay fall.",
    ]
    assert all(ln.kind == "body" for ln in classify_lines(page) if ln.text)


def test_sentence_with_its_source_in_brackets_is_not_a_headline() -> None:
    page = [
        "Kellmouth harbour approves a second container terminal",
        "The harbour master speaks at the quay on Tuesday. (Harbour Board)",
        *BODY,
    ]
    assert kinds(page)["The harbour master speaks at the quay on Tuesday. (Harbour Board)"] != (
        "title"
    )


def test_dateline_forms_and_which_ones_prove_a_story_start() -> None:
    assert split_dateline("MUMBAI: Shares of Harbour Holdings rose 4%.") == (
        "MUMBAI",
        "Shares of Harbour Holdings rose 4%.",
    )
    place, rest = split_dateline(
        "KELLMOUTH, May 2, 2031 /Harbour Wire/ -- Harbour Holdings Ltd. today announced results."
    )
    assert place == "KELLMOUTH, May 2, 2031" and rest.startswith("Harbour Holdings")
    assert split_dateline("NOTE: This story was corrected.")[0] is None
    assert split_dateline("CEO: We will keep the port open.")[0] is None
    assert wire_dateline("NORDVIK, May 2 (Wire) - The port said volumes fell.")
    assert wire_dateline("Nordvik (Wire) — The port said volumes fell.")
    assert not wire_dateline("Nordvik — The port said volumes fell.")
    assert not wire_dateline("SMITH: We never planned to close the port.")  # a transcript turn


def test_headline_over_its_provider_name_is_not_a_photo_caption() -> None:
    page = [
        "Harbour Holdings shares sink after it flags weaker volumes",
        "Reuters",
        "Mon, May 2, 2031, 3:12 AM",
        *BODY,
    ]
    k = kinds(page)
    assert k["Harbour Holdings shares sink after it flags weaker volumes"] == "title"
    # a descriptive sentence before a provider name is still a caption
    k2 = kinds([*BODY[:1], "Cranes unload a ship at the old quay.", "Reuters", *BODY[1:]])
    assert k2["Cranes unload a ship at the old quay."] == "caption"


def test_more_site_furniture_and_courtesy_credits() -> None:
    for line in (
        "View comments",
        "Terms and Privacy Policy",
        "Receive free Shipping sector updates",
        "Go deeper: Why ports keep getting bigger",
    ):
        assert is_promo(line), line
    assert is_furniture(
        "We'll send you a daily digest email rounding up the latest shipping news every morning."
    )
    assert not is_furniture("We'll send you the bill, the harbour master told the shipping line.")
    k = kinds([*BODY[:1], "The old quay in 1950. Courtesy of Kellmouth Museum", *BODY[1:]])
    assert k["The old quay in 1950. Courtesy of Kellmouth Museum"] == "caption"


def test_sentence_headline_at_the_top_over_its_byline() -> None:
    page = [
        "Home",
        "Business",
        "Shipping",
        "I ran a ferry for 30 years. Here's what the new terminal means for us.",
        "Ada Brennan",
        "May 2, 2031, 6:05 AM",
        *BODY,
    ]
    got = stories(page)
    assert got[0].title == "I ran a ferry for 30 years. Here's what the new terminal means for us."
    assert got[0].paragraphs == BODY


def test_short_list_items_and_interview_turns_stay_body() -> None:
    page = [
        "Kellmouth harbour approves a second container terminal",
        "By Ada Brennan",
        *BODY,
        "The board also named three new members:",
        "Ana Ruiz",
        "Peter Holm",
        "Grace Obi",
        "Q: When will the terminal open?",
        "A: In the spring of 2029, if the dredging goes to plan.",
    ]
    got = stories(page)
    assert len(got) == 1
    assert got[0].paragraphs[-6:-2] == [
        "The board also named three new members:",
        "Ana Ruiz",
        "Peter Holm",
        "Grace Obi",
    ]
    assert "Q: When will the terminal open?" in got[0].paragraphs


def test_newsletter_box_inside_an_article_is_dropped() -> None:
    page = [
        "Kellmouth harbour approves a second container terminal",
        *BODY[:2],
        "Sign up to Harbour Daily",
        "Free daily newsletter",
        "Start the day with the shipping news you need, sent to your inbox every morning",
        "Privacy Notice: Newsletters may contain information about charities and online ads.",
        "after newsletter promotion",
        *BODY[2:],
    ]
    got = stories(page)
    assert len(got) == 1 and got[0].paragraphs == BODY


def test_site_tagline_above_the_headline_is_not_the_title() -> None:
    page = [
        "Skip to main content",
        "Shipping news and data for harbour professionals",
        "Home",
        "Ports",
        "Ships",
        "Cargo",
        "",
        "Kellmouth harbour approves a second container terminal",
        "By Ada Brennan",
        "May 2, 2031",
        *BODY,
    ]
    assert stories(page)[0].title == "Kellmouth harbour approves a second container terminal"


def test_reported_sentence_that_starts_like_a_prompt_is_body() -> None:
    assert not is_promo("Read more about the ruling on the board's website, the statement said.")
    assert not is_promo(
        "Subscribe, share, like: those words are losing their power, one analyst said."
    )
    assert is_promo("Read more about the ruling")


def test_a_body_line_loses_a_call_to_read_on_but_a_pitch_line_stays_whole() -> None:
    from reader.story.lines.classify import classify_rules
    from reader.story.lines.page import without_read_on

    assert without_read_on(
        "Orders from hospitals surged in the quarter. Read the full story →"
    ) == ("Orders from hospitals surged in the quarter.")
    assert without_read_on("The vote was close. Continue reading »") == "The vote was close."
    keep = "He said he would read more books this year and travel less often."
    assert without_read_on(keep) == keep
    lines = classify_rules(
        [
            "Ferry operator cuts winter sailings",
            "",
            "Islay Ferries said it would cut winter sailings by a third after fuel costs rose "
            "sharply, leaving two islands with one crossing a day. Read more →",
        ]
    )
    assert lines[2].kind == "body" and lines[2].text.endswith("one crossing a day.")
