"""Web pages and newsletters among the PATHS: .html/.htm, .eml, .mbox."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.desk import build_stories, ingest
from reader.library.store import Library
from reader.sources.files import read_and_split
from reader.sources.mail import html_items, split_mbox
from tests.reader.sources.conftest import FIXTURES, fixture


def copy(tmp_path: Path, name: str, as_name: str | None = None) -> Path:
    target = tmp_path / (as_name or name)
    shutil.copy(FIXTURES / name, target)
    return target


def test_html_page_keeps_headline_byline_date_site_url(tmp_path: Path) -> None:
    page = copy(tmp_path, "article_tram.html", "tram.htm")
    outcome = read_and_split(str(page), str(page))
    assert isinstance(outcome, tuple)
    _, stories, sketches = outcome
    (story,) = stories
    assert len(sketches) == 1
    assert story.title == "Council approves new tram line to the hospital"
    assert not story.title_generated
    assert story.byline == "Hanna Kowalczyk"
    assert story.published == "2026-11-24"
    assert story.site == "The Valley Courier"
    assert story.url == "https://valley-courier.example/news/tram-line"
    assert story.paragraphs[0].startswith("The city council voted 31 to 12")
    assert story.paragraphs[-1].startswith("The council's transport chair")
    body = " ".join(story.paragraphs)
    for furniture in ("Subscribe", "Related stories", "reader123", "All rights reserved"):
        assert furniture not in body


def test_a_folder_of_pages_and_mail_goes_through_the_library(tmp_path: Path) -> None:
    copy(tmp_path, "article_tram.html")
    copy(tmp_path, "newsletter.eml")
    copy(tmp_path, "harvest.mbox")
    (tmp_path / "notes.txt").write_text(
        "Ferry Operator Adds Winter Sailings\n\n"
        "The island ferry operator will add four extra sailings a week this winter after a"
        " record summer, it said on Tuesday, and plans to order a larger vessel in 2027.\n"
    )
    with Library.memory() as lib:
        result = ingest(lib, [str(tmp_path)])
        assert result.problems == []
        titles = [s.title for s in lib.stories(result.ids)]
        again = ingest(lib, [str(tmp_path)])
    assert "Council approves new tram line to the hospital" in titles
    assert "Steelmaker Norvik to cut 1,200 jobs" in titles
    assert "Weekly Harvest: apple exports" in titles
    assert "Ferry Operator Adds Winter Sailings" in titles
    assert len(titles) == 1 + 3 + 2 + 1
    assert again.parsed == 0 and again.unchanged == 4


def test_build_stories_reads_pages_too(tmp_path: Path) -> None:
    copy(tmp_path, "article_tram.html")
    result = build_stories([str(tmp_path)])
    assert [s.url for s in result.stories] == ["https://valley-courier.example/news/tram-line"]


def test_newsletter_with_several_items_gives_several_stories(tmp_path: Path) -> None:
    mail = copy(tmp_path, "newsletter.eml")
    outcome = read_and_split(str(mail), str(mail))
    assert isinstance(outcome, tuple)
    stories = outcome[1]
    assert [s.title for s in stories] == [
        "Steelmaker Norvik to cut 1,200 jobs",
        "Central bank holds rates, signals one cut in 2027",
        "Chip designer Lumaris jumps 18% on debut",
    ]
    assert [s.url for s in stories] == [
        "https://brief.example/r/steel",
        "https://brief.example/r/rates",
        "https://brief.example/r/chips",
    ]
    assert all(s.site == "The Morning Ledger" for s in stories)
    assert all(s.published == "2026-11-24T06:00:00+00:00" for s in stories)
    text = " ".join(p for s in stories for p in s.paragraphs)
    assert "Unsubscribe" not in text and "View this email" not in text


def test_newsletter_without_headings_splits_at_link_titles() -> None:
    html = (
        "<p><a href='https://x.example/1'>Harbour cranes get an upgrade</a></p>"
        "<p>The port authority will replace six of its oldest cranes with electric ones by 2028,"
        " cutting diesel use at the container terminal by about a third, officials said.</p>"
        "<p><a href='https://x.example/2'>Night buses return to the old town</a></p>"
        "<p>Night buses will run again through the old town from next month after a two-year"
        " pause, with departures every thirty minutes on Fridays and Saturdays.</p>"
        "<p><a href='https://x.example/unsub'>Unsubscribe</a></p>"
    )
    items = html_items(html)
    assert [(i.title, i.url) for i in items] == [
        ("Harbour cranes get an upgrade", "https://x.example/1"),
        ("Night buses return to the old town", "https://x.example/2"),
    ]


def test_mbox_messages_with_their_line_spans() -> None:
    raw = fixture("harvest.mbox")
    spans = [(first, last) for _, first, last in split_mbox(raw)]
    assert spans[0][0] == 1 and len(spans) == 2
    lines = raw.decode().split("\n")
    assert lines[spans[1][0] - 1].startswith("From ")
    # the body's quoted ">From the editor" comes back unquoted
    first_body = next(split_mbox(raw))[0]
    assert b"\nFrom the editor" in first_body.replace(b"=\n", b"")


def test_empty_and_broken_files_are_one_line_problems(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "junk.eml").write_bytes(b"\x00\x01\x02 not mail")
    with Library.memory() as lib:
        result = ingest(lib, [str(tmp_path)])
    messages = sorted(str(p) for p in result.problems)
    assert len(messages) == 2
    assert all("\n" not in m for m in messages)


def test_escape_sequences_in_mail_headers_never_reach_a_story(tmp_path: Path) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Evil \x1b]52;c;cGF5bG9hZA==\x07 Sender <evil@example.org>"
    msg["Subject"] = "Rates \x1b[31mrise\x1b[0m again"
    msg.set_content(
        "The central bank raised its main rate by a quarter point on Thursday, the third rise"
        " this year, and said more increases were likely if wages kept growing this fast.\n"
    )
    path = tmp_path / "evil.eml"
    path.write_bytes(bytes(msg))
    outcome = read_and_split(str(path), str(path))
    assert isinstance(outcome, tuple)
    (story,) = outcome[1]
    fields = [story.title, story.site or "", story.byline or "", *story.paragraphs]
    assert not any("\x1b" in f or "\x07" in f for f in fields)
    assert "Rates" in story.title and "again" in story.title
