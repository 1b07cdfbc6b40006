"""What blind sets paste65-67 and singles38 taught (session 42): a broadcaster's social line
and a paywall's notice are furniture however long; "Got a tip?" and "Read full release" are
promo; an Australian body's acknowledgement of the Traditional Owners closes its page; a
caption's "Image: NAME & NAME" credit marks it a caption."""

from __future__ import annotations

from reader.story.lines.patterns import FOOTER, PROMO, credit_tail


def test_long_social_lines_and_paywall_notices_are_furniture() -> None:
    for line in (
        "Follow BBC Cornwall on Facebook, X and Instagram. Send your story ideas to us by email.",
        "Follow Harbour Radio News on WhatsApp for breaking news alerts and weekend sport.",
        "This article is for subscribers. You are reading 2 of 4 free articles this month.",
        "You have 1 free article left this month. Subscribe for unlimited access to our journalism.",
        "The Shire of Ridgeway acknowledges the Noongar people as the Traditional Owners of the land.",
    ):
        assert FOOTER.search(line), line
    for line in (
        "Follow-up tests found the water was safe to drink, the council said on Monday.",
        "You have to wonder whether the three free days were worth it, one trader said.",
    ):
        assert not FOOTER.search(line), line


def test_short_calls_are_promo() -> None:
    for line in ("Got a tip?", "Read full release", "Read full story"):
        assert PROMO.match(line), line


def test_an_image_credit_with_an_ampersand_marks_a_caption() -> None:
    assert credit_tail("Cranes at the Mayfield terminal on Monday. Image: Port & Freight Weekly")
