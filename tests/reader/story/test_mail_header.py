"""A mail header block opening a text file is blanked, not read as a headline or body."""

from __future__ import annotations

from pathlib import Path

from reader.pipeline import Document, read_document, split_document
from reader.story.mail_header import blank_mail_header

_HEADER = [
    "From: The Daily Ferry <desk@ferry.example>",
    "Subject: Ferry AM: port fees, a shipyard order",
    "Date: Wed, 2 Dec 2026 06:00:00 +0000",
    "",
]
_BODY = [
    "Harbour fees rise at Penmarsh",
    "",
    "Penmarsh Harbour Trust will raise its mooring fees by 7% from April, the trust said on"
    " Tuesday, citing repair costs of £3.2m after last winter's storms.",
    "",
    "The trust, which manages 640 berths, said the rise would add about £90 a year to a typical"
    " yacht owner's bill. Its chairman said the fees had been frozen for three years.",
]


def test_a_header_block_is_blanked_and_lines_keep_their_numbers() -> None:
    out = blank_mail_header(_HEADER + _BODY)
    assert out[:4] == ["", "", "", ""]
    assert out[4:] == _BODY
    assert len(out) == len(_HEADER + _BODY)


def test_text_that_only_looks_a_little_like_a_header_is_left_alone() -> None:
    one_field = ["Subject: the council's budget", "", *_BODY]
    assert blank_mail_header(one_field) == one_field
    no_blank = _HEADER[:3] + _BODY[2:]  # a "field" run that is never closed by a blank line
    assert blank_mail_header(no_blank[:3]) == no_blank[:3]
    prose_after = ["Date: 2 December", "To: all staff", "The canteen closes at 2pm today.", ""]
    assert blank_mail_header(prose_after) == prose_after
    assert blank_mail_header(_BODY) == _BODY


def test_a_newsletter_saved_as_text_has_no_header_story(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text("\n".join(_HEADER + _BODY) + "\n", encoding="utf-8")
    doc = read_document(str(path))
    assert isinstance(doc, Document)
    stories = split_document(doc)
    assert [s.title for s in stories] == ["Harbour fees rise at Penmarsh"]
    assert not any("From:" in p or "Subject:" in p for s in stories for p in s.paragraphs)
