"""Arbitrary text never crashes the pipeline, and story text only ever comes from body lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_lines
from reader.story.lines.line import BODY_KINDS

_line = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "",
            "-",
            "•",
            "By Someone Else",
            "3 hours ago",
            "A | B | C",
            "Read more news",
            "Heading Here",
        ]
    ),
    st.lists(
        st.sampled_from(["river", "council", "vote", "price", "rose", "storm", "the", "on"]),
        min_size=4,
        max_size=15,
    ).map(lambda ws: " ".join(ws).capitalize() + "."),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_line, max_size=25), st.booleans())
def test_any_lines_split_without_error(lines: list[str], whole: bool) -> None:
    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    stories = split_document(Document("f.txt", lines, ""), whole=whole)
    body = " ".join(ln.text for ln in classify_lines(lines) if ln.kind in BODY_KINDS)
    for story in stories:
        assert story.paragraphs and story.title
        assert 1 <= story.sources[0].first_line <= story.sources[0].last_line <= max(1, len(lines))
        # a word wrapped at a hyphen is mended ("elec-" "tricity") or keeps its hyphen ("2-" "year")
        variants = (body, body.replace("- ", ""), body.replace("- ", "-"))
        for para in story.paragraphs:
            for word in para.split()[:3]:
                assert any(word in v for v in variants)
    if whole:
        assert len(stories) <= 1
