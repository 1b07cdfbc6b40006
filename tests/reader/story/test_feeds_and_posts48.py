"""What blind set paste87 taught (session 48: blogs, community pages and feeds): a feed's
counts and tools, a writer's ask for subscribers or gifts and a group's own notices are
furniture (``lines.patterns.is_promo``); a stamp with its section after it is a stamp
(``is_timestamp``); a page's short update under its own headline and stamp is a story
(``articles.BRIEF_WORDS``); a newsletter's last item of two paragraphs opening on a sure lede
is one (``FileModel.short_cost``). Texts written here."""

from __future__ import annotations

import pytest

from reader.pipeline import Document, split_document
from reader.story.lines.patterns import is_promo, is_timestamp


@pytest.mark.parametrize(
    "line",
    [
        "212 Likes · 40 Comments · 9 Restacks",
        "Thanks for reading The Fjord Letter! Subscribe for free to receive new posts.",
        "Paid subscribers also get my weekly catch tables and our price archive.",
        "Upgrade to paid",
        "Support our work: the Ridge Bulletin is run by volunteers. A gift of $10 buys a map.",
        "The Ridge Bulletin is free. If you value it, please consider a paid subscription.",
        "Pinned by admins: buy-and-sell posts go in the market group, not here.",
        "Note from the group admins: check the council's page for road closures first.",
        "Admin notice: posts are checked before they appear.",
        "Group rules: no adverts, no politics, be kind.",
        "Public group · 3.4K members",
    ],
)
def test_feed_and_post_furniture_is_promo(line: str) -> None:
    assert is_promo(line)


@pytest.mark.parametrize(
    "line",
    [
        "Support for the plan grew after the second meeting, the council said.",
        "Paid subscribers rose 12% to 4.1 million in the quarter.",
        "The group's rules require two thirds of members to agree.",
        "Thanks to a late goal, the club stayed up.",
        "The rowing club has 400 members and 12 boats.",
    ],
)
def test_sentences_about_the_same_things_are_not(line: str) -> None:
    assert not is_promo(line)


def test_a_stamp_with_its_section_after_it_is_a_stamp() -> None:
    assert is_timestamp("9 March 2037 · Markets")
    assert is_timestamp("March 9, 2037 | Council news")
    assert not is_timestamp("The vote · Markets")
    assert not is_timestamp("Harbour works · Town news")


_UPDATES = [
    "Lakeside Growers' Co-operative",
    "Members' news",
    "",
    "Co-operative sets winter price for apples at 41 cents a kilo",
    "6 March 2037 · Prices",
    "",
    "The board has set the price the co-operative pays members for winter apples at 41 cents a "
    "kilogram, up from 37 cents last season, after a strong start to sales in Asia.",
    "",
    "Growers had asked for at least 40 cents. The board said the price would be reviewed in "
    "June, when the size of the harvest in the southern orchards is known.",
    "",
    "Share this news · Print",
    "",
    "Update: winter price also covers late deliveries",
    "7 March 2037 · Prices",
    "",
    "Apples delivered after the end of April will also be paid the new price, the board told "
    "members on Friday.",
    "",
    "Some growers had feared late fruit would be paid less. The board said storage was ample.",
    "",
    "Share this news · Print",
    "",
    "Grading course for new members is fully booked",
    "4 March 2037 · Training",
    "",
    "All 30 places on the co-operative's two-day course in fruit grading have been taken, and a "
    "waiting list has opened at the packhouse office.",
    "",
    "The course teaches the size and colour grades that decide what a crate of fruit earns, "
    "and a second course will run in May if enough members sign up.",
    "",
    "Share this news · Print",
    "",
    "Members' area · Price archive · Contact the office",
    "© 2037 Lakeside Growers' Co-operative",
]


def test_a_pages_short_update_under_its_headline_and_stamp_is_a_story() -> None:
    stories = split_document(Document("updates.txt", _UPDATES, "0" * 64))
    assert [s.title for s in stories] == [
        "Co-operative sets winter price for apples at 41 cents a kilo",
        "Update: winter price also covers late deliveries",
        "Grading course for new members is fully booked",
    ]


_LETTER = [
    "View this email in your browser",
    "",
    "The Valley Post · Friday 4 December 2037",
    "",
    "Good morning. Three stories from the valley today.",
    "",
    "A timber mill near Hexford will close in March with the loss of 60 jobs after its owner "
    "lost a contract with a national builder.",
    "",
    "The mill's manager, Owen Pryce, said staff had been told on Thursday and would be offered "
    "work at the group's site in Lydney.",
    "",
    "The union said it would meet members next week.",
    "",
    "St Bride's church has raised £180,000 towards a new roof, three quarters of what it needs, "
    "the vicar said.",
    "",
    "The appeal opened in the spring and has drawn gifts from more than 900 people.",
    "",
    "Work on the roof is due to start in the summer.",
    "",
    "Gwent police are asking drivers to avoid the B4245 near Caldicot after a lorry shed a "
    "load of gravel on Thursday evening.",
    "",
    "The road is expected to reopen by lunchtime.",
    "",
    "That's all for today. See you on Monday — Carys",
    "",
    "You are receiving this email because you subscribed to The Valley Post. Unsubscribe",
]


def test_a_newsletters_last_item_of_two_paragraphs_is_a_story() -> None:
    stories = split_document(Document("letter.txt", _LETTER, "0" * 64))
    assert len(stories) == 3
    assert stories[2].paragraphs[0].startswith("Gwent police are asking drivers")
