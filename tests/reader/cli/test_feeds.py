"""``newsdesk feeds …``, ``refresh`` and ``add`` through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from reader.cli import main
from tests.reader.sources.conftest import fixture


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NEWSDESK_OFFLINE", raising=False)
    return tmp_path


def test_add_list_refresh_remove(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/rss").respond_with_data(fixture("rss2_content.xml"))
    httpserver.expect_request("/gone").respond_with_data("", status=410)
    good, gone = httpserver.url_for("/rss"), httpserver.url_for("/gone")
    assert main(["feeds", "add", good, gone]) == 0
    assert main(["feeds", "add", good]) == 0
    out = capsys.readouterr().out
    assert out.count("added: ") == 2 and "already followed" in out
    assert main(["refresh"]) == 0
    captured = capsys.readouterr()
    assert "1 of 2 feeds refreshed" in captured.out and "3 new stories" in captured.out
    assert f"{gone}: HTTP 410" in captured.err
    assert main(["feeds", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Harbour Ledger" in listing and "HTTP 410" in listing and "never" in listing
    assert main(["brief", "--date", "2026-11-24"]) == 0
    briefing = capsys.readouterr().out
    assert "Kestrel Shipping" in briefing
    # the briefing cites the story's address, not a file and lines
    assert "https://harbour-ledger.example/business/kestrel-guidance" in briefing
    assert main(["feeds", "remove", gone]) == 0
    assert main(["feeds", "remove", gone]) == 1


def test_offline_refresh_never_touches_the_network(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/rss").respond_with_data(fixture("rss2_content.xml"))
    assert main(["feeds", "add", httpserver.url_for("/rss")]) == 0
    assert main(["refresh", "--offline"]) == 0
    monkeypatch.setenv("NEWSDESK_OFFLINE", "1")
    assert main(["refresh"]) == 0
    assert main(["add", httpserver.url_for("/rss")]) == 1
    assert "offline" in capsys.readouterr().out
    assert len(httpserver.log) == 0


def test_import_export_opml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="News">'
        '<outline text="Harbour" xmlUrl="https://harbour.example/rss"/>'
        '<outline text="Local file" xmlUrl="file:///etc/passwd"/>'
        "</outline></body></opml>"
    )
    assert main(["feeds", "import", str(opml)]) == 0
    captured = capsys.readouterr()
    assert "1 feed added" in captured.out and "file:///etc/passwd" in captured.err
    out = tmp_path / "out.opml"
    assert main(["feeds", "export", "-o", str(out)]) == 0
    assert 'xmlUrl="https://harbour.example/rss"' in out.read_text()
    assert 'text="Harbour"' in out.read_text()


def test_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feeds", "add", "not a url"]) == 2
    assert main(["feeds", "import", str(tmp_path / "missing.opml")]) == 1
    (tmp_path / "bad.opml").write_text("<html>nope</html>")
    assert main(["feeds", "import", str(tmp_path / "bad.opml")]) == 1
    assert main(["refresh"]) == 1  # nothing followed
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert all(line.startswith("newsdesk") for line in err.strip().splitlines())


def test_add_url_keeps_the_article(
    httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/news/tram-line").respond_with_data(
        fixture("article_tram.html"), content_type="text/html"
    )
    httpserver.expect_request("/missing").respond_with_data("", status=404)
    code = main(["add", httpserver.url_for("/news/tram-line"), httpserver.url_for("/missing")])
    assert code == 0
    captured = capsys.readouterr()
    assert "added: Council approves new tram line to the hospital" in captured.out
    assert "HTTP 404" in captured.err
    from reader.library.store import Library

    with Library.open() as lib:
        (tram,) = [s for s in lib.stories() if s.title.startswith("Council approves")]
    assert tram.url == "https://valley-courier.example/news/tram-line"
    assert tram.sources[0].path == httpserver.url_for("/news/tram-line")
