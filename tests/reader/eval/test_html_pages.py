"""The pages eval's HTML path (``--html DIR``) on a tiny self-written page (never /work/shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval import pages as ev
from reader.eval.html_pages import html_files, run_html

BODY = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.",
    "Council leader Maria Keller said the bridge had become too costly to repair after decades.",
    "Cyclists and walkers will still be able to cross, and a ferry will run every ten minutes.",
    "Shop owners near the bridge asked for a delay, saying the work would cut their trade.",
]
MENU = ["Home", "World", "Sport", "Weather", "Subscribe to our newsletter"]
TITLE = "Harbour bridge to close to cars"


def _html() -> str:
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{TITLE} | Harbour Times</title></head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header>"
        f"<main><article><h1>{TITLE}</h1>{body}</article></main>"
        "<footer><p>Copyright 2024 Harbour Times. All rights reserved.</p></footer>"
        "</body></html>"
    )


def _pages(root: Path) -> None:
    """Two pages: ``page-a`` has an .html file, ``page-b`` has only its rendered text."""
    for sub in ("text", "truth"):
        (root / sub).mkdir(parents=True)
    index = {}
    for pid in ("page-a", "page-b"):
        text = [*MENU, TITLE, *BODY, "Copyright 2024 Harbour Times. All rights reserved."]
        (root / "text" / f"{pid}.txt").write_text("\n".join(text), encoding="utf-8")
        (root / "truth" / f"{pid}.txt").write_text("\n".join(BODY), encoding="utf-8")
        index[pid] = {"title": TITLE}
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")


def test_html_files_lists_only_ids_with_a_page(tmp_path: Path) -> None:
    (tmp_path / "page-a.html").write_text(_html(), encoding="utf-8")
    (tmp_path / "other.html").write_text(_html(), encoding="utf-8")
    assert html_files(tmp_path, ["page-a", "page-b"]) == {"page-a": tmp_path / "page-a.html"}


def test_run_html_keeps_the_body_and_drops_the_menu(tmp_path: Path) -> None:
    path = tmp_path / "page-a.html"
    path.write_text(_html(), encoding="utf-8")
    run = run_html(path)
    assert run.problem is None
    assert run.stories == 1
    assert run.kept.split("\n") == BODY
    assert run.title is not None and run.title.startswith(TITLE)


def test_run_html_reports_a_refused_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"   \n")
    run = run_html(path)
    assert run.stories == 0 and run.kept == ""
    assert run.problem


def test_html_page_scores_against_the_truth(tmp_path: Path) -> None:
    _pages(tmp_path / "pages")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "page-a.html").write_text(_html(), encoding="utf-8")
    page = next(p for p in ev.load_pages(tmp_path / "pages") if p.pid == "page-a")
    result = ev.run_html_page(page, tmp_path / "html" / "page-a.html")
    assert result.score.f1 == 1.0
    assert result.stories == 1


def test_main_prints_html_and_text_rows_on_the_same_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path / "pages")
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "page-a.html").write_text(_html(), encoding="utf-8")
    code = ev.main([str(tmp_path / "pages"), "--html", str(tmp_path / "html"), "--worst", "1"])
    out = capsys.readouterr().out
    assert code == 0
    assert "on the 1 pages with an .html file" in out
    rows = [ln for ln in out.splitlines() if ln.startswith("page ")]
    assert [r.split()[1] for r in rows] == ["HTML", "text"]
    assert all(r.split()[3] == "1" for r in rows)  # one page in each row
    assert "page-a" in out and "page-b" not in out


def test_main_rejects_a_missing_html_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _pages(tmp_path / "pages")
    assert ev.main([str(tmp_path / "pages"), "--html", str(tmp_path / "nope")]) == 2
    assert "error: no folder" in capsys.readouterr().err
