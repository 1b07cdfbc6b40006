"""The pages eval and its shingle metric on tiny self-written pages (never /work/shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval import pages as ev
from reader.eval.shingles import score_page, shingles, summarise
from reader.model import Heading, Story

BODY = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.",
    "Council leader Maria Keller said the bridge had become too costly to repair after decades.",
    "Cyclists and walkers will still be able to cross, and a ferry will run every ten minutes.",
]


def _write_page(root: Path, pid: str, text: list[str], truth: list[str], title: str | None) -> None:
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "truth").mkdir(parents=True, exist_ok=True)
    (root / "text" / f"{pid}.txt").write_text("\n".join(text), encoding="utf-8")
    (root / "truth" / f"{pid}.txt").write_text("\n".join(truth), encoding="utf-8")
    index_path = root / "index.json"
    index = json.loads(index_path.read_text()) if index_path.exists() else {}
    index[pid] = {"title": title}
    index_path.write_text(json.dumps(index), encoding="utf-8")


def test_shingles_match_the_benchmark_definition() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("two words") == {("two", "words"): 1}
    assert not shingles("!!")


def test_score_page_and_summary() -> None:
    exact = score_page("one two three four five", "one two three four five")
    assert exact.p == exact.r == exact.f1 == 1.0
    half = score_page("a b c d e", "a b c d")  # result has 1 of the truth's 2 shingles
    assert half.p == 1.0 and half.r == pytest.approx(0.5)
    empty = score_page("a b c d", "")
    s = summarise([half, empty])
    assert s.precision == 1.0  # the empty result is left out of the precision mean
    assert s.recall == pytest.approx(0.25)
    assert s.f1 == pytest.approx(2 * 0.25 / 1.25)


def test_source_and_shown_title(tmp_path: Path) -> None:
    _write_page(tmp_path, "readability-x", ["Bridge To Close!", *BODY], BODY, "Bridge to close")
    _write_page(tmp_path, "newspaper-y", BODY, BODY, None)
    pages = ev.load_pages(tmp_path)
    assert [p.source for p in pages] == ["newspaper", "readability"]
    assert ev.shows_title(pages[1]) and not ev.shows_title(pages[0])


def test_run_page_scores_the_pipeline_output(tmp_path: Path) -> None:
    _write_page(tmp_path, "newspaper-y", BODY, BODY, None)
    page = ev.load_pages(tmp_path)[0]
    result = ev.run_page(page)
    assert result.stories == 1
    assert result.score.f1 == 1.0


def test_kept_text_puts_each_heading_above_its_paragraph_only_when_asked() -> None:
    story = Story(
        "s1",
        "Bridge to close",
        False,
        [],
        ["First paragraph.", "Second paragraph.", "Third paragraph."],
        [Heading("What happens next", 1), Heading("Closing words", 3)],
    )
    assert ev.kept_text([story]).split("\n") == story.paragraphs
    assert ev.kept_text([story], headings=True).split("\n") == [
        "First paragraph.",
        "What happens next",
        "Second paragraph.",
        "Third paragraph.",
        "Closing words",
    ]


def test_main_prints_the_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_page(tmp_path, "newspaper-y", BODY, BODY, None)
    _write_page(tmp_path, "readability-x", BODY, BODY, None)
    assert ev.main([str(tmp_path), "--measure", "newspaper"]) == 0
    out = capsys.readouterr().out
    assert "F1 1.0000" in out and "one story 1.000" in out
    assert "readability" not in out
    assert ev.main([str(tmp_path / "missing")]) == 2


def test_fit_refits_the_line_roles_on_one_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.story.lines.roles.model import _shipped, current

    menu = ["Home", "News", "Sport", "Weather", "Video"]
    _write_page(tmp_path, "newspaper-y", [*menu, "Bridge to close to cars", *BODY], BODY, None)
    _write_page(tmp_path, "readability-x", BODY, BODY, None)
    assert ev.main([str(tmp_path), "--fit", "newspaper", "--measure", "readability"]) == 0
    out = capsys.readouterr().out
    assert "fitted on newspaper pages" in out and "no learned line roles" not in out
    assert "F1 1.0000" in out
    assert current() is _shipped()  # the refitted weights do not outlive the run


def test_page_title_line_is_the_headline_the_pages_own_title_starts_with(tmp_path: Path) -> None:
    text = ["Home", "Bridge to close to cars next spring", *BODY]
    _write_page(tmp_path, "newspaper-y", text, BODY, None)
    index = json.loads((tmp_path / "index.json").read_text())
    index["newspaper-y"]["page_title"] = "Bridge to close to cars next spring - City News"
    (tmp_path / "index.json").write_text(json.dumps(index), encoding="utf-8")
    page = ev.load_pages(tmp_path)[0]
    assert ev.page_title_line(page) == "bridge to close to cars next spring"
    assert ev.run_page(page).page_title_right is not None
    given = ev.Page("readability-x", "readability", text, "", "Bridge", page.page_title)
    assert ev.page_title_line(given) is None  # a given title is measured on its own


def test_pages_of_several_articles_are_counted_and_misses_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # plain text of three sentences gives one story: a page said to hold two is counted wrong
    _write_page(tmp_path, "hand-x", ["Bridge To Close", *BODY], BODY, "Ferry to run all night")
    index = json.loads((tmp_path / "index.json").read_text())
    index["hand-x"].update(articles=2, titles=["Bridge to close", "Ferry to run all night"])
    (tmp_path / "index.json").write_text(json.dumps(index), encoding="utf-8")
    page = ev.load_pages(tmp_path)[0]
    assert (page.articles, len(page.titles)) == (2, 2)
    result = ev.run_page(page)
    assert not result.right_count
    assert result.titles_found == (1, 2)
    assert ev.main([str(tmp_path), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "right count 0/1" in out and "titles found 1 of 2" in out
    assert "miss hand-x" not in out  # the given title is not shown on the page: nothing to miss
    # a page whose given title is a line it shows but the story is not titled so: a miss
    _write_page(tmp_path, "hand-y", ["Bridge To Close", *BODY], BODY, BODY[2])
    assert ev.main([str(tmp_path), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "miss hand-y" in out and "got  'Bridge To Close'" in out
