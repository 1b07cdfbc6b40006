"""Property: whatever the text, escaped it renders as plain text, and reads back unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.escape import escape_md
from reader.text.safe import strip_controls

MARKDOWN_CHARS = st.sampled_from([*"\\`*_[]()<>#+-=.!|~&:;'\"{}$ \t\n", "1.", "a", "&amp;"])
TEXT = st.lists(st.one_of(MARKDOWN_CHARS, st.text(max_size=3)), max_size=40).map("".join)
MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_escaped_text_is_one_plain_paragraph(text: str) -> None:
    out = escape_md(text)
    assert "\n" not in out
    tokens = MD.parse(out)
    assert [t.type for t in tokens] in ([], ["paragraph_open", "inline", "paragraph_close"])
    for token in tokens:
        for child in token.children or []:
            assert child.type in ("text", "softbreak"), (text, out, child.type)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_escaping_loses_no_visible_text(text: str) -> None:
    out = escape_md(text)
    tokens = MD.parse(out)
    rendered = "".join(c.content for t in tokens for c in t.children or [])
    expected = " ".join(strip_controls(text).split())
    # entities in the source stay literal text ("&amp;" is shown as written)
    assert rendered == expected


# Pieces of links in every form an autolinker knows: schemes, "www.", domains, addresses.
LINK_PIECES = st.sampled_from(
    [
        *("http", "https", "ftp", "mailto", "xmpp", "HTTPS", "://", ":", "//", "www", "."),
        *("com", "org", "co", "uk", "io", "рф", "пример", "example", "news", "@", "bob"),
        *("/", "?", "=", "#", " ", "-", "_", "(", ")", "'", "1", "42", "8080", "xn--p1ai"),
    ]
)
LINKY = st.lists(st.one_of(LINK_PIECES, st.text(max_size=2)), max_size=30).map("".join)
LINKIFY = MarkdownIt("gfm-like")  # GFM tables and strikethrough, plus linkify-it autolinks


def _links(src: str) -> list[str]:
    return [
        str(child.attrs.get("href"))
        for token in LINKIFY.parse(src)
        for child in token.children or []
        if child.type in ("link_open", "autolink_open")
    ]


@settings(max_examples=600, deadline=None)
@given(LINKY)
def test_bare_links_never_become_live(text: str) -> None:
    out = escape_md(text)
    assert _links(out) == [], (text, out)
    tokens = LINKIFY.parse(out)
    rendered = "".join(c.content for t in tokens for c in t.children or [])
    assert rendered == " ".join(strip_controls(text).split())


def test_bare_link_examples() -> None:
    for text in (
        "See https://example.com/a?b=1 now",
        "www.example.com",
        "Visit alibaba.com or news.bbc.co.uk today",
        "write to bob@example.com",
        "//cdn.example.org/x.js",
        "mailto:bob@x.org",
        "http://localhost:8080/admin",
        "пример.рф",
    ):
        assert _links(text), text  # live before escaping
        assert _links(escape_md(text)) == [], text
    # numbers and abbreviations are left alone
    assert escape_md("e.g. the U.S. sold $34.81B, up 3.5%") == (
        "e.g. the U.S. sold $34.81B, up 3.5%"
    )
