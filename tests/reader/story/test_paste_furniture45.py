"""What blind sets paste78 and paste79 taught (session 45): a caption may end on its credit
("... an 1868 letter. Credit: University of Canterbury"); a newsletter's sign-up question names
the inbox and its answer only where ("Want Order Paper in your inbox? Sign up at ..."), and its
footer names the letter ("You're receiving Order Paper because ..."); a station's name closing
every bulletin item is furniture between the items; a start still to come ("Beginning in
August, a chip test facility ...") fronts a lede; a paper's news service by name is a byline."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.boundary.lede import opens_as_lede
from reader.story.lines.bylines import HOUSE_BYLINE
from reader.story.lines.classify import classify_lines
from reader.story.lines.patterns import credit_tail, is_promo


def test_a_caption_may_end_on_its_credit() -> None:
    assert credit_tail(
        "Photo: Dr Mereana Potae with a page from an 1868 letter. Credit: University of Canterbury"
    )
    assert credit_tail("The minister arrives in Canberra on Tuesday. Credit: Alex Moore")
    assert not credit_tail("He gave credit: Mr Smith was right about the vote.")


def test_newsletter_sign_up_question_and_footer_are_promo() -> None:
    assert is_promo("Want Harbour Notes in your inbox every Friday? Sign up at harbournotes.nz")
    assert is_promo("You\u2019re receiving Harbour Notes because you signed up at harbournotes.nz.")
    assert not is_promo("Did the council email residents? Subscribe was not an option, he said.")


_BULLETIN = [
    "The Mangere town council has elected a new mayor after coalition talks collapsed.",
    "Councillor Ana Fifita was elected with 22 votes to 17 in a special sitting on Tuesday.",
    "Kestrel FM News",
    "About 3,000 people marched through Otara on Wednesday to demand more bus services.",
    "The march was organised by a residents' group which says buses are too few.",
    "Kestrel FM News",
    "The deputy transport minister has resigned after questions over a bus contract.",
    "Opposition parties welcomed the resignation and called for an inquiry.",
    "Kestrel FM News",
]


def test_a_station_name_closing_every_item_is_furniture() -> None:
    lines = classify_lines(_BULLETIN)
    assert [ln.kind for ln in lines if ln.text == "Kestrel FM News"] == ["promo"] * 3


def test_a_label_repeated_only_inside_an_article_is_left_alone() -> None:
    # "Key points" stands over two boxes but does not close the file: no sign-off
    lines = classify_lines(
        [
            "The council approved its budget on Tuesday after a long debate.",
            "Key points",
            "Rates rise 6% for most homes and business rates rise 4%.",
            "Key points",
            "Libraries keep their opening hours and two pools reopen in spring.",
            "The mayor said the budget was the hardest of her term.",
        ]
    )
    assert all(ln.kind != "promo" for ln in lines if ln.text == "Key points")


def test_a_start_still_to_come_fronts_a_lede() -> None:
    assert opens_as_lede(
        "Beginning in August, a semiconductor test facility in Cranberry Township will start"
        " checking chips for carmakers."
    )
    assert opens_as_lede("Starting next month, an Auckland bakery chain will close two stores.")
    # a pronoun after it goes on the story before
    assert not opens_as_lede("Starting next month, it will cost more to park in the city.")


def test_a_papers_news_service_is_a_byline_not_the_title() -> None:
    assert HOUSE_BYLINE.match("Bhima Valley Times News Network")
    assert HOUSE_BYLINE.match("Express News Service")
    assert not HOUSE_BYLINE.match("Network Rail news service resumes")
    lines = [
        "Solapur Civic Polls",
        "",
        "BJP falls four short of majority in Solapur council as independents hold the key",
        "",
        "Bhima Valley Times News Network",
        "Solapur | Updated: March 26, 2037 07:45 IST",
        "",
        "The BJP emerged as the single largest party in the Solapur Municipal Corporation on"
        " Wednesday but fell four seats short of a majority.",
        "",
        "The party won 48 of the 102 seats, down from 49 in the outgoing House.",
        "",
        "Turnout was 57.3 per cent, about three points higher than at the last election.",
    ]
    stories = split_document(Document("solapur.txt", lines, "0" * 64))
    assert [s.title for s in stories] == [
        "BJP falls four short of majority in Solapur council as independents hold the key"
    ]


def test_a_paper_asking_for_its_readers_stories_is_promo() -> None:
    assert is_promo("Have you got a story? Contact Town Watch at tips@townwatch.example.")
    assert is_promo("Do you have a news tip? Email newsdesk@example.com")
    assert not is_promo("A story? He laughed at the idea.")
    assert not is_promo("Have a story to tell about it, the mayor said.")


def test_a_quotation_with_a_speaker_introduced_and_what_happened_opens_a_lede() -> None:
    assert opens_as_lede(
        '"These boys trained on gravel for six years," Eagles coach Lindiwe Jacobs said as the'
        " club's new artificial pitch was opened on Saturday."
    )
    assert opens_as_lede(
        '"We came here to be heard," said one of the organisers as about 3,000 people marched'
        " to the Union Buildings on Wednesday."
    )
    # a story's later quotation goes on it
    assert not opens_as_lede('"We are delighted," he said as he cut the ribbon.')
    assert not opens_as_lede('"We are delighted," said Ms Jacobs.')


def test_a_features_long_headline_in_two_parts_under_a_kicker_is_the_title() -> None:
    headline = (
        "The last of the river netsmen: after two centuries at the river mouth, the Cawthorn"
        " family's coble crew has hauled its final net"
    )
    lines = [
        "Home \u203a Weekend \u203a Features",
        "",
        "THE SATURDAY FEATURE",
        "",
        headline,
        "",
        "A buyout has ended net fishing at the mouth of the river. Our writer spent the last"
        " season with the crew.",
        "",
        "Words by Morag Penwick",
        "",
        "Saturday 3 October 2037, 6:00am",
        "",
        "At a quarter past five on a grey September morning, Davie Cawthorn stood at the"
        " water's edge and looked at the sky.",
        "",
        "He had done it, by his own reckoning, something like 9,000 times over the years.",
    ]
    stories = split_document(Document("feature.txt", lines, "0" * 64))
    assert [s.title for s in stories] == [headline]


def test_a_brief_with_a_start_to_come_after_an_advert_opens_a_story() -> None:
    from reader.story.boundary.lede import introduces
    from reader.story.titles.generate import generate_title

    assert introduces(
        "Starting Monday, Msunduzi Municipality will cut water to 14 suburbs for eight hours a"
        " day while it repairs a burst trunk main."
    )
    # the generated title leaves the time frame out
    assert (
        generate_title(
            "Starting Monday, Msunduzi Municipality will cut water to 14 suburbs for eight"
            " hours a day."
        )
        == "Msunduzi Municipality will cut water to 14 suburbs"
    )
