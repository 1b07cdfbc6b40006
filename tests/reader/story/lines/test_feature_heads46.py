"""What blind set singles55 taught (session 46): long features under a page's furniture open
with a ticker line ("BREAKING: ..."), a capitals kicker, a long headline (a question, or two
parts), a deck with no full stop, then the byline. The ticker is furniture, the kicker no
title, the headline the title, the deck a standfirst (not the first paragraph), and a site's
notice above the site's menus does not stop a headline under them from heading the page."""

from __future__ import annotations

from reader.story.lines.classify import classify_lines

MENU = ["News", "Business", "Sport", "Opinion", "Lifestyle", "Weather", "Contact Us"]
TICKER = "BREAKING: Highway 9 reopens near Lakeview after morning crash"
HEADLINE = (
    "Too many visitors, too little room: can a weekend levy save the old harbour from itself?"
)
DECK = (
    "The council wants a $5 charge on weekend visitors to the harbour. We looked at who comes, "
    "who benefits and who pays"
)
LEDE = (
    "On a Saturday evening in April, volunteers with clickers stood at each end of Quay Street "
    "and counted 31,400 people in five hours."
)
BODY = (
    "The count is one reason the council has proposed the charge, which it says would raise "
    "about $1.8 million a year for repairs."
)
NOTICE = (
    "Our print edition will not be published on Monday because of the public holiday. "
    "Home deliveries resume on Tuesday morning."
)


def _kinds(lines: list[str]) -> dict[str, str]:
    return {ln.text: ln.kind for ln in classify_lines(lines) if ln.text}


def _page(head: list[str], top: list[str] | None = None) -> list[str]:
    return [*(top or []), "Harbourside Gazette", *MENU, *head, "By Ana Ruiz",
            "Saturday, 16 May 2037", LEDE, BODY, BODY.replace("1.8", "2.1"),
            "Most read", "Ferry fares rise again", "Council elections: the candidates"]  # fmt: skip


def test_a_ticker_over_the_kicker_is_furniture_and_the_question_headline_heads_the_page() -> None:
    kinds = _kinds(_page([TICKER, "TOURISM", HEADLINE, DECK]))
    assert kinds[HEADLINE] == "title"
    assert kinds[TICKER] != "title"
    assert kinds["TOURISM"] != "title"
    assert kinds[DECK] == "standfirst"
    assert kinds[LEDE] == "body"


def test_a_capitals_kicker_over_a_headline_and_its_deck_is_no_title() -> None:
    headline = "Explained: What the new rules for delivery apps mean for riders and customers"
    deck = "From June 1, platforms must show riders the full fare before they accept an order"
    kinds = _kinds(["Trending: Monsoon | Fares | Results", "TECH & POLICY", headline, deck,
                    "By Sunitha Rao", "Updated: May 12, 2037, 08:15 IST", LEDE, BODY])  # fmt: skip
    assert kinds[headline] == "title"
    assert kinds["TECH & POLICY"] != "title"
    assert kinds[deck] == "standfirst"


def test_a_long_deck_with_no_full_stop_over_the_byline_is_a_standfirst() -> None:
    headline = "Three generations, one lathe: how a furniture workshop survived by getting smaller"
    deck = (
        "Quarry Hill Woodworks once employed 40 people and shipped tables across New England. "
        "Today it has six, a waiting list and a new idea about what a family business should be"
    )
    kinds = _kinds(_page(["MAIN STREET", headline, deck]))
    assert kinds[headline] == "title"
    assert kinds[deck] == "standfirst"


def test_a_notice_above_the_menus_leaves_the_headline_under_them_the_title() -> None:
    headline = (
        "Why households paid a record amount to stay warm this winter, and what could change "
        "before next October"
    )
    kinds = _kinds(_page(["ANALYSIS | ENERGY", headline, DECK], top=[NOTICE]))
    assert kinds[headline] == "title"
    assert kinds[LEDE] == "body"


def test_a_ticker_with_its_own_byline_is_a_headline() -> None:
    headline = "BREAKING: Fire crews tackle blaze at Quay Street warehouse"
    kinds = _kinds([headline, "By Ana Ruiz", "Saturday, 16 May 2037", LEDE, BODY])
    assert kinds[headline] == "title"


def test_a_pointer_to_the_sites_other_articles_is_no_headline() -> None:
    from reader.story.lines.patterns import RELATED_PREFIX

    for line in (
        "ALSO ON THE BEACON: Library to open until midnight during end-of-semester exams",
        "Also from About.com: Calorie Count",
        "More from Business | Ferry operator cuts winter sailings",
    ):
        assert RELATED_PREFIX.match(line), line
    for line in (
        "Also on Tuesday, the council approved a new bus lane on Quay Street.",
        "More than 400 people attended: the hall was full by 7pm.",
    ):
        assert not RELATED_PREFIX.match(line), line
