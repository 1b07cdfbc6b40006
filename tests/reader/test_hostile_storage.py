"""``stories`` and ``brief`` on the decoding and text-safety entries of the hostile corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from reader.cli import main
from tests.hostile_corpus import FORBIDDEN, INVISIBLE, STORAGE_READABLE, build_storage

LINKIFY = MarkdownIt("gfm-like")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_storage(tmp_path_factory.mktemp("hostile-storage"))


def assert_clean(text: str) -> None:
    for bad in (*FORBIDDEN, *INVISIBLE):
        assert bad not in text, f"{bad!r} reached the output"
    assert "ignore the rules" not in text and "\u00c3" not in text  # no hidden text, mojibake


@pytest.mark.parametrize("name", STORAGE_READABLE)
def test_stories_json(
    name: str, corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stories", "--json", "--no-library", str(corpus[name])]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert_clean(out)
    data = json.loads(out)
    text = " ".join(p for s in data for p in s["paragraphs"])
    assert "Lakeside Motors said" in text
    if name == "utf8-stray-ff.txt":
        assert "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \ufffdraised \u20ac3.4 billion" in text
    if name == "article-twice.txt":
        assert len(data) == 1 and len(data[0]["sources"]) == 2


@pytest.mark.parametrize("name", STORAGE_READABLE)
def test_brief_markdown_has_nothing_hidden_or_live(
    name: str, corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["brief", "--no-library", "--date", "2026-01-02", str(corpus[name])]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert_clean(out)
    links = [
        c.attrs.get("href")
        for t in LINKIFY.parse(out)
        for c in t.children or []
        if c.type == "link_open"
    ]
    # only the briefing's own links to its headings; nothing from the story goes live
    assert all(str(h).startswith("#") for h in links)
