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


def test_fragments_read_as_lxml_html_reads_them() -> None:
    """Feed fragments are parsed by lxml's plain HTML parser; the blocks are lxml.html's."""
    import random

    import lxml.html
    import pytest
    from lxml import etree

    import reader.sources.html as html_module

    def lxml_html_root(fragment: str) -> object:
        try:
            return lxml.html.fragment_fromstring(fragment, create_parent="div")
        except (etree.ParserError, ValueError):
            return None

    def blocks(fragment: str) -> object:
        try:
            return html_module.fragment_blocks(fragment)
        except Exception as exc:  # (lxml.html's own assertion on two <body>s, say)
            return type(exc)

    rng = random.Random(17)
    parts = ["<p>", "</p>", "<div class='a'>", "</div>", "<br>", "<b>", "</b>", "<li>", " ", "\n"]
    parts += ["<script>x</script>", "<body>", "</body>", "<html>", "</html>", "<head>", "<h2>"]
    parts += ["<title>t</title>", "<!-- c -->", "&amp;", "&nbsp;", "word", "Ünï", "<", ">"]
    parts += ["<!doctype html>", "<pre>", "</h2>", "<table><tr><td>", "<![CDATA[x]]>", "\u2028"]
    fragments = ["<p>a</p>tail", "lead <b>x</b>", "  <p>x</p>", "<body class=x>hi</body>"]
    fragments += ["<html>x", "<!doctype html><p>z", "</body>x<body>y", "x</html>y", "<"]
    fragments += [
        "".join(rng.choice(parts) for _ in range(rng.randint(1, 12))) for _ in range(3000)
    ]
    plain = [blocks(f) for f in fragments]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(html_module, "_fragment_root", lxml_html_root)
        assert [blocks(f) for f in fragments] == plain
    assert plain[:3] == [[("p", "a"), ("p", "tail")], [("p", "lead x")], [("p", "x")]]
