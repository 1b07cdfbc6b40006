from __future__ import annotations

import json
from pathlib import Path

import pytest

import reader.ingest_work as work
from benchmarks.bench_ingest_main import child, main, precompute
from benchmarks.dump_library import dump
from reader import desk
from reader.library.store import Library

STORY = (
    "Acme raises forecast\n\nAcme Corp said on Tuesday that revenue rose 12% to $4.5 billion in"
    " the quarter, as demand from its largest customers grew faster than it had expected. The"
    " company expects more growth next year, its chief executive told reporters in London.\n"
)
OTHER = (
    "Council approves bridge\n\nThe city council voted 7-2 on Monday to spend 45 million"
    " dollars on a new bridge over the river. Work is due to start in May and to take about two"
    " years, officials said, and the old crossing will stay open until the new one is ready.\n"
)


def test_the_replayed_ingest_stores_the_library_a_real_ingest_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSDESK_HOME", str(tmp_path / "unused"))  # the child sets both:
    monkeypatch.setenv("NEWSDESK_CONFIG", str(tmp_path / "unused.toml"))  # restored after
    monkeypatch.setattr(work, "split_files", work.split_files)  # the child replaces it
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    (corpus / "b.txt").write_text(STORY.replace("London", "Paris"), encoding="utf-8")
    (corpus / "c.txt").write_text(OTHER, encoding="utf-8")
    results = tmp_path / "results.pickle"
    precompute(corpus, results)
    for name in ("a", "b", "c"):  # the replay reads no file: what it stores comes from results
        (corpus / f"{name}.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "home").mkdir()
    assert child(results, corpus, tmp_path / "home", tmp_path / "replayed.txt") == 0
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert figures["stored"] == 2 and figures["shown"] == 2 and figures["cpu"] > 0

    for name, text in (("a", STORY), ("b", STORY.replace("London", "Paris")),
                       ("c", OTHER)):  # fmt: skip
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(work, "split_files", real_split_files)
    library = Library.open(tmp_path / "real.sqlite3")
    desk.gather(library, [str(corpus)], summaries=desk.SummaryOptions())
    library.close()
    dump(tmp_path / "real.sqlite3", tmp_path / "real.txt", str(corpus))
    replayed = (tmp_path / "replayed.txt").read_text(encoding="utf-8").splitlines()
    real = (tmp_path / "real.txt").read_text(encoding="utf-8").splitlines()
    assert [ln for ln in replayed if not ln.startswith("files ")] == [
        ln for ln in real if not ln.startswith("files ")
    ]  # (the files' rows hold their sizes and times, rewritten here)


real_split_files = work.split_files


@pytest.mark.parametrize("args", [["/nonexistent"],
                                  ["/nonexistent", "--baseline", "/nonexistent"]])  # fmt: skip
def test_bad_arguments_are_a_one_line_error(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
