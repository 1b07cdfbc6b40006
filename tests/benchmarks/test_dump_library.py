from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.dump_library import main
from tests.benchmarks.one_line import assert_one_line_error

STORY = (
    "Acme raises forecast\n\nAcme Corp said on Tuesday that revenue rose 12% to $4.5 billion in"
    " the quarter, as demand from its largest customers grew faster than it had expected. The"
    " company expects more growth next year, its chief executive told reporters in London.\n"
)


def test_a_copy_in_two_files_is_one_story_with_two_sources_and_dumps_alike_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDESK_HOME", str(tmp_path / "unused"))
    monkeypatch.chdir(tmp_path)  # it moves to the checkout's folder: back after the test
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_text(STORY.replace("London", "Paris"), encoding="utf-8")
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    assert main([str(first), str(folder)]) == 0
    assert main([str(second), str(folder)]) == 0
    lines = first.read_text(encoding="utf-8").splitlines()
    assert first.read_bytes() == second.read_bytes()  # dates of first reading masked
    tables = [line.split(" ", 1)[0] for line in lines]
    assert tables.count("stories") == 1 and tables.count("sources") == 2
    assert tables.count("files") == 2 and tables.count("enrichment") == 1
    (story,) = [json.loads(line.split(" ", 1)[1]) for line in lines if line.startswith("stories")]
    assert len(json.loads(story["data"])["sources"]) == 2


@pytest.mark.parametrize("args", [["--bbc", "/nonexistent", "--generated", "5"],
                                  ["/nonexistent"], []])  # fmt: skip
def test_bad_arguments_are_a_one_line_error(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_one_line_error(main([str(tmp_path / "out.txt"), *args]), capsys)
