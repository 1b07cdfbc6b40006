"""A mailing list's digest or a forwarded mail inside a file: each header reads as a new item's
head, its subject as the headline. A clipper's front matter is the clip's record, not text."""

from __future__ import annotations

from pathlib import Path

from reader.pipeline import Document, read_document, split_document
from reader.story.mail_header import later_headers
from reader.story.markdown import blank_front_matter

_ITEM1 = [
    "Harbour Trust confirms Sunday ferries will run all year from May, after a two-year trial",
    "on the Penmarsh crossing drew more passengers than forecast.",
    "",
    "The trust said the trial carried 41,000 passengers, against the 30,000 it had expected,",
    "and that the extra sailings would be paid for from mooring fees.",
]
_ITEM2 = [
    "Repairs to the north pier will close the lifeboat slipway for six weeks from 16 March,",
    "the harbour master said, with the crew launching from the beach meanwhile.",
    "",
    "The work, costing £1.4m, follows storm damage in January that cracked the pier's deck",
    "and left two of its piles exposed at low tide.",
]


def _digest() -> list[str]:
    return [
        "Message: 1",
        "Date: Mon, 9 Mar 2037 17:42:10 +0000",
        "From: Port Watch <news@portwatch.example>",
        "Subject: [PortWatch] Sunday ferries to run all year",
        "",
        *_ITEM1,
        "",
        "------------------------------",
        "",
        "Message: 2",
        "Date: Tue, 10 Mar 2037 07:15:33 +0000",
        "From: Port Watch <news@portwatch.example>",
        "Subject: Re: [PortWatch] Slipway closed for pier repairs",
        "",
        *_ITEM2,
    ]


def test_each_header_in_a_digest_leaves_its_subject_as_the_headline() -> None:
    lines = _digest()
    out = later_headers(lines)
    assert len(out) == len(lines)
    assert out[:4] == ["", "", "", "Sunday ferries to run all year"]
    assert out[13:17] == ["", "", "", "Slipway closed for pier repairs"]
    assert out[5:10] == lines[5:10]  # the items' text is left as it is


def test_a_digest_splits_into_its_messages_under_their_subjects(tmp_path: Path) -> None:
    path = tmp_path / "digest.txt"
    path.write_text("\n".join(_digest()) + "\n", encoding="utf-8")
    doc = read_document(str(path))
    assert isinstance(doc, Document)
    stories = split_document(doc)
    assert [s.title for s in stories] == [
        "Sunday ferries to run all year",
        "Slipway closed for pier repairs",
    ]
    assert stories[1].paragraphs[0].startswith("Repairs to the north pier will close")


def test_a_single_field_line_inside_text_is_no_header() -> None:
    lines = ["The panel heard from three witnesses.", "", "From: Grandma", "What she said: hi"]
    assert later_headers(lines) == lines
    prose = ["Notes", "", "Date: Tuesday", "The meeting starts at 6pm.", ""]
    assert later_headers(prose) == prose


def test_front_matter_is_blanked_and_lines_keep_their_numbers() -> None:
    clip = [
        "---",
        'title: "Harbour Trust backs year-round Sunday ferries"',
        'source: "https://news.example/harbour"',
        "author:",
        '  - "[[Jo Penrose]]"',
        "published: 2037-03-02",
        "tags:",
        "- clippings",
        "---",
        "",
        "# Harbour Trust backs year-round Sunday ferries",
        "",
        *_ITEM1,
    ]
    out = blank_front_matter(clip)
    assert out[:9] == [""] * 9 and out[9:] == clip[9:]
    stories = split_document(Document("clip.md", out, ""))
    assert stories[0].title == "Harbour Trust backs year-round Sunday ferries"
    assert stories[0].paragraphs[0].startswith("Harbour Trust confirms Sunday ferries")


def test_a_rule_that_opens_text_is_no_front_matter() -> None:
    ruled = ["---", "", "Harbour Trust backs ferries", "---", "The trust said so."]
    assert blank_front_matter(ruled) == ruled
    unclosed = ["---", "title: A note", "The trust said so.", "More text here."]
    assert blank_front_matter(unclosed) == unclosed
