"""What blind set paste85 taught (session 47, email newsletters): a newsletter's header ("View
this email in your browser") and footer ("You are receiving this email because ...") are
furniture, but they make no web page of it, so its items split as a paste's do
(``lines.email_marks``, ``paragraph.is_page``, ``assemble.story_spans``); a list goes on past
each of its items; "By May, ..." opens a sentence, not a byline. Texts written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.bylines import BYLINE
from reader.story.lines.email_marks import emailed

_ITEMS = [
    [
        "Harbour Freight Lines will cut 140 jobs at its Gdynia depot by the end of March, the "
        "shipping group said on Monday, blaming a slump in container volumes on the Baltic.",
        "The company said most of the posts would go through voluntary redundancy and that "
        "staff would be offered roles at its Szczecin terminal.",
        "A union spokesman said members would vote next week on whether to accept the terms.",
    ],
    [
        "A bakery in Sopot has won the national prize for rye bread for the third year running, "
        "beating 214 entries from across the country.",
        "Owner Ewa Zielinska said the recipe had not changed since her grandfather opened the "
        "shop in 1971, and that queues had already formed outside on Tuesday morning.",
        "The judges praised the loaf's crust and said it kept well for a week.",
    ],
    [
        "City councillors in Gdansk voted on Tuesday to close the Long Market to cars from May, "
        "after a trial last summer cut traffic noise in the old town by a third.",
        "Delivery vans will still be allowed in before 10am, and residents with a permit may "
        "park on three side streets.",
        "Shopkeepers were split: some welcomed more walkers, others feared losing custom.",
    ],
]


def _newsletter(header: list[str], footer: list[str]) -> list[str]:
    lines = [*header, "", "Good morning. Three stories from the coast today.", ""]
    lines += ["In today's edition", "1. Jobs go at Gdynia depot", "2. Sopot rye wins again"]
    lines += ["3. Long Market goes car-free", ""]
    for item in _ITEMS:
        for para in item:
            lines += [para, ""]
    return [*lines, "See you tomorrow,", "Marta", "", *footer]


_HEADER = ["View this email in your browser", "", "The Coast Letter · Wednesday 9 December 2037"]
_FOOTER = [
    "Forward this email to a friend · Reply to this email with your tips",
    "You are receiving this email because you signed up for The Coast Letter.",
    "Unsubscribe | Manage your preferences",
]


def test_an_email_newsletters_marks() -> None:
    assert emailed(_HEADER)
    assert emailed(["Some story text.", *_FOOTER])
    assert emailed(["Having trouble viewing this email? Open it online."])
    # a web page's sign-up box and share row are no email's marks
    page = [
        "Sign up to our newsletter",
        "You can unsubscribe at any time.",
        "Share this article",
        "Read more: Port traffic falls",
    ]
    assert not emailed(page)
    # nor is a mark written in the middle of a long file
    middle = [f"Paragraph {k} of the article." for k in range(30)]
    assert not emailed([*middle[:15], "Reply to this email to tell us.", *middle[15:]])


def test_a_headless_email_newsletters_items_are_stories() -> None:
    doc = Document("letter.txt", _newsletter(_HEADER, _FOOTER), "0" * 64)
    stories = split_document(doc)
    assert len(stories) == 3
    assert [s.paragraphs[-1] for s in stories] == [item[-1] for item in _ITEMS]


def test_by_a_time_opens_a_sentence_not_a_byline() -> None:
    for line in (
        "By May, the room was half full.",
        "By Monday the river had fallen",
        "By March 2038 the plant will be open.",
        "By Christmas, most had left.",
    ):
        assert not BYLINE.match(line), line
    for line in ("By May Chen", "By June Alder, Business reporter", "By Deb Kellaway"):
        assert BYLINE.match(line), line


def test_no_story_starts_inside_a_list() -> None:
    from reader.story.assemble import paragraphs_of, story_spans
    from reader.story.lines.classify import classify_lines

    raw = [
        "Business confidence in Exeter rose for a third quarter running, according to a survey "
        "of 240 firms published by the city's chamber of commerce on Tuesday.",
        "",
        "The chamber said 58% of members expected higher sales in the coming year, up from 49% "
        "in the spring.",
        "",
        "In brief",
        "",
        "• Okehampton bakery group Moorside Loaves has opened its third Exeter shop, creating "
        "12 jobs.",
        "• Rents for the best Exeter office space reached £27.50 per sq ft in the summer, the "
        "highest on record, agents Carver Pike said in their quarterly report.",
        "• Topsham boatyard Exe Estuary Marine has been bought by its management team, who "
        "plan to double the number of moorings and hire six more staff by next spring.",
    ]
    lines = classify_lines(raw)
    paras, _ = paragraphs_of(lines)
    bullets = [k for k, p in enumerate(paras) if p.text.startswith(("Rents", "Topsham"))]
    assert len(bullets) == 2
    # a cut the words found between two of the list's items: the list goes on
    assert story_spans(paras, bullets[1:], lines) == [(0, len(paras))]


def test_an_emails_tools_and_its_sponsors_label_are_promo() -> None:
    from reader.story.lines.patterns import is_promo

    for line in (
        "View in browser",
        "View online",
        "Forward to a friend · Reply to this email with your tips",
        "Together with Kalulu Fleet Leasing",
        "In association with Harbour Bank",
    ):
        assert is_promo(line), line
    for line in (
        "Together with his brother, he founded the firm in 1994.",
        "View online maps of the flooded streets",
    ):
        assert not is_promo(line), line


def test_a_digests_greeting_under_its_masthead_is_no_story() -> None:
    lines = [
        "The Coast Letter",
        "",
        "Wednesday, December 9, 2037",
        "",
        "View in browser",
        "",
        "Good morning. Three stories from the coast today, and one of them is about bread.",
        "",
    ]
    heads = ["Jobs go at Gdynia depot", "Sopot rye wins again", "Long Market goes car-free"]
    for k, (head, item) in enumerate(zip(heads, _ITEMS, strict=True)):
        lines += [f"{k + 1}. {head}", ""]
        for para in item:
            lines += [para, ""]
    lines += ["See you tomorrow, — Marta", "", *_FOOTER]
    stories = split_document(Document("digest.txt", lines, "0" * 64))
    assert [s.paragraphs[0] for s in stories] == [item[0] for item in _ITEMS]
