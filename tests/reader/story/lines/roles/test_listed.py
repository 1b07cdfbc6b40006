"""Lines told by their shape beside the roles: a site's legal notice."""

from __future__ import annotations

import pytest

from reader.story.lines.roles.listed import LEGAL_NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "© 2015 Harbour Media Group. All rights reserved.",
        "Use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
        "The material on this site may not be reproduced. Copyright 2014 Northgate News.",
        "We use cookies to give you the best experience on our website.",
    ],
)
def test_a_sites_legal_notice_is_told_by_its_words(text: str) -> None:
    assert LEGAL_NOTICE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council said the new terminal would let larger ferries dock in bad weather.",
        "Residents said the rights of way across the common had been reserved for walkers.",
        "The bakery sells biscuits and cakes to the cafés on the harbour front.",
    ],
)
def test_an_articles_sentences_are_no_legal_notice(text: str) -> None:
    assert not LEGAL_NOTICE.search(text)
