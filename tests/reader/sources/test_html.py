"""Headline, site and body of a web page read by reader.sources.html (self-written pages)."""

from __future__ import annotations

from reader.sources.html import extract_article, strip_site

BODY = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.",
    "Council leader Maria Keller said the bridge had become too costly to repair after decades.",
    "Cyclists and walkers will still be able to cross, and a ferry will run every ten minutes.",
]


def _page(title: str, site: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta property='og:site_name' content='{site}'>"
        f"</head><body><main><article>{body}</article></main></body></html>"
    )


def test_strip_site_drops_the_site_name_on_either_side() -> None:
    assert strip_site("Bridge to close | Harbour Times", "Harbour Times") == "Bridge to close"
    assert strip_site("Bridge to close - harbour times", "Harbour Times") == "Bridge to close"
    assert strip_site("Harbour Times » Bridge to close", "Harbour Times") == "Bridge to close"
    assert strip_site("Bridge to close", "Harbour Times") == "Bridge to close"
    assert strip_site("Harbour Times", "Harbour Times") == "Harbour Times"
    # a name that is only part of a word or phrase stays
    assert strip_site("Life in Harbour Times", "Harbour Times") == "Life in Harbour Times"
    assert strip_site(None, "Harbour Times") is None
    assert strip_site("Bridge to close | Harbour Times", None) == "Bridge to close | Harbour Times"


def test_page_title_loses_the_site_suffix_and_keeps_the_site() -> None:
    article = extract_article(
        _page("Harbour bridge to close to cars | Harbour Times", "Harbour Times")
    )
    assert article is not None
    assert article.title == "Harbour bridge to close to cars"
    assert article.site == "Harbour Times"
    assert article.paragraphs == BODY
