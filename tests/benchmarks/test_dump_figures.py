from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.dump_figures import main
from tests.benchmarks.one_line import assert_one_line_error


def test_dumps_every_field_of_each_figure_with_and_without_the_title(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Acme raises forecast\n\nAcme Corp said revenue rose 12% to $4.5 billion in the quarter.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main([str(out), str(story)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["file"] for r in rows] == ["story.txt", "story.txt"]
    surfaces = [f["surface"] for f in rows[0]["figures"]]
    assert any("12%" in s for s in surfaces) and any("4.5" in s for s in surfaces)
    assert {"metric", "subject", "status", "hedge", "change"} <= set(rows[0]["figures"][0])


@pytest.mark.parametrize("args", [["--bbc", "/nonexistent"], ["/nonexistent"], []])
def test_bad_arguments_are_a_one_line_error(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_one_line_error(main([str(tmp_path / "out.jsonl"), *args]), capsys)
