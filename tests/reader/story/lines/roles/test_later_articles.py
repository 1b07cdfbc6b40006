"""A web page that holds two full articles, one below the other: each gets its own story and
its own headline, chosen by the learned scorer among the lines of its own header."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.line import Line
from reader.story.lines.roles import Role
from reader.story.lines.roles.page_headlines import later_heads

FIRST = [
    "Ferry fares on the Tarrow crossing will rise by eight per cent from March, the operator said on Monday, blaming fuel and crew costs.",
    "Island residents, who rely on the ferry for school runs and hospital visits, said the rise would hit families hardest.",
    "The operator said season tickets for islanders would go up by half as much, and that a new timetable would add two sailings a day in summer.",
    "A consultation on the timetable opens next week and runs until the end of February, with drop-in sessions at both harbours.",
    "The crossing carried just over four hundred thousand passengers last year, a fifth more than before the new vessel entered service.",
    "Fuel makes up nearly a third of the operator's costs, and its contract for diesel comes up for renewal at the end of the year.",
]
SECOND = [
    "A bakery in Marrowgate has been named the best in the region at an awards evening attended by more than three hundred people.",
    "The family firm, which opened in 1962, won for its rye loaf and a cheese scone that judges described as close to perfect.",
    "Owner Dilys Penhallow said the prize belonged to her staff, several of whom start work at four in the morning every day of the week.",
    "The bakery plans to open a second shop on the seafront next year and to take on two apprentices from the local college.",
    "Judges visited more than forty bakeries across the region over the summer, tasting bread, cakes and pastries in every one of them.",
    "Last year's winner, a small bakery on the edge of the moor, came second this time for its saffron buns and its apple cake.",
]
SECOND_HEADLINE = "Marrowgate bakery named the best in the region"


def _page(second_header: list[str]) -> list[str]:
    return [
        "Tarrow Chronicle",
        "- Home",
        "- News",
        "- Sport",
        "- What's on",
        "- Contact",
        "Ferry fares on the Tarrow crossing to rise by eight per cent",
        "By Hollis Varga",
        "12 January 2032",
        *FIRST,
        "Share",
        "Facebook",
        "Email",
        "Print",
        *second_header,
        *SECOND,
        "Most read",
        "- Road closed after flooding near the old mill",
        "- Lifeboat crew called out twice in one night",
        "- Council agrees budget for the new library",
        "© Tarrow Chronicle 2032",
    ]


def _stories(text: list[str]) -> list[tuple[str, int]]:
    stories = split_document(Document(path="page.txt", lines=text, digest=""))
    return [(s.title, s.words) for s in stories]


def test_second_article_under_a_share_bar_title_gets_its_own_headline() -> None:
    # the rules take the share bar for a title; the scorer picks the line over the byline
    header = ["Share this article: Facebook | X | Email", SECOND_HEADLINE, "By Rhoda Quince"]
    header.append("11 January 2032")
    stories = _stories(_page(header))
    assert len(stories) == 2
    assert stories[1][0] == SECOND_HEADLINE


def test_second_article_with_a_relative_date_and_no_byline_is_a_story() -> None:
    stories = _stories(_page(["Food and drink", SECOND_HEADLINE, "Yesterday"]))
    assert [t for t, _ in stories] == [
        "Ferry fares on the Tarrow crossing to rise by eight per cent",
        SECOND_HEADLINE,
    ]


def _lines(kinds: list[tuple[str, str]]) -> tuple[list[Line], dict[int, Role]]:
    """Lines of (kind, decoded role): a prose body line, then the header, then prose again."""
    prose = FIRST[0]
    rows = [("body", "body", prose), *[(k, r, f"{k} line") for k, r in kinds]]
    rows.append(("body", "body", SECOND[0]))
    lines = [Line(no, text, kind) for no, (kind, _, text) in enumerate(rows, 1)]  # type: ignore[arg-type]
    roles = {
        no: Role(role, 0.9, 0.9 if role == "body" else 0.05, 0.5)
        for no, (_, role, _) in enumerate(rows, 1)
    }
    return lines, roles


def test_later_heads_reads_a_headline_block_after_the_body() -> None:
    # a rule title over a byline: a later article's header
    lines, roles = _lines([("title", "headline"), ("byline", "meta")])
    assert later_heads(lines, roles) == [(1, 4)]
    # a line only the roles read as a headline counts after furniture ended the article ...
    lines, roles = _lines([("promo", "promo"), ("heading", "headline"), ("timestamp", "meta")])
    assert later_heads(lines, roles) == [(1, 5)]
    # ... not right under the body (a sub-heading and a time inside one live article)
    lines, roles = _lines([("heading", "headline"), ("timestamp", "meta")])
    assert later_heads(lines, roles) == []
    # and never without a byline or a date
    lines, roles = _lines([("promo", "promo"), ("title", "headline")])
    assert later_heads(lines, roles) == []
