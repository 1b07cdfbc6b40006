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
