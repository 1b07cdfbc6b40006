"""The briefing cites a feed story or a web page by its URL (issue 17), a text file by its
file and lines: end to end, from a feed on a local server and an HTML file on disk."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from pytest_httpserver import HTTPServer

from briefing.render import render_markdown
from reader import desk
from reader.library import feeds as feed_table
from reader.library.store import Library
from reader.sources.refresh import refresh
from tests.reader.sources.conftest import FIXTURES, fixture

TEXT = (
    "Harbour Freight Posts Record Quarter\n\n"
    "Harbour Freight Lines said on Tuesday that revenue rose 12% to $2.4 billion in the third"
    " quarter as container volumes at its northern terminals hit a record.\n\n"
    "The operator handled 1.2 million containers, and its chief executive said congestion had"
    " eased after two new cranes arrived at the Northgate terminal.\n"
)


def _sources_lines(markdown: str) -> list[str]:
    return re.findall(r"^\*(?:[\d-]+ · )?Sources?:\*.*$", markdown, re.M)


def test_feed_and_web_stories_cite_their_urls_and_files_their_lines(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        fixture("rss2_content.xml"), content_type="application/rss+xml"
    )
    page = tmp_path / "tram.html"
    shutil.copy(FIXTURES / "article_tram.html", page)
    text = tmp_path / "harbour.txt"
    text.write_text(TEXT, encoding="utf-8")
    with Library.memory() as library:
        feed_table.add(library, [httpserver.url_for("/rss")])
        fed = refresh(library).ids
        files = desk.ingest(library, [str(page), str(text)]).ids
        stories = desk.enrich_stories(library, library.stories(fed + files))
    by_title = {s.title: s for s in stories}
    tram = next(s for s in stories if s.sources[0].path == str(page))
    assert tram.url == "https://valley-courier.example/news/tram-line"
    briefing = desk.brief(stories, "2026-11-23", top=len(stories))
    refs = [ref for item in briefing.top for ref in item.sources]
    refs += [a.source for a in briefing.also]
    assert len(refs) == len(stories)  # grouped or not, each story is cited once
    for story in stories:  # a story with a URL is cited by it; a text file by file and lines
        if story.url:
            assert any(r.url == story.url and r.label == story.url for r in refs), story.title
    assert sum(1 for r in refs if r.url.startswith("https://harbour-ledger.example/")) == 3
    assert any(r.label == "harbour.txt:1-5" and not r.url for r in refs)
    markdown = render_markdown(briefing)
    cited = " ".join(_sources_lines(markdown))
    for ref in (r for item in briefing.top for r in item.sources):
        assert (f"<{ref.url}>" if ref.url else ref.label.replace(".", "\\.")) in cited
    assert any("<https://harbour-ledger.example/" in line for line in _sources_lines(markdown))
    assert "tram\\.html" not in markdown
    assert by_title["Harbour Freight Posts Record Quarter"].url is None
