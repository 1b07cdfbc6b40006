from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.dump_outputs import main
from tests.benchmarks.one_line import assert_one_line_error


def test_dumps_each_file_split_and_whole_with_summaries(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Acme raises forecast\n\nAcme Corp said on Tuesday that revenue rose 12% to $4.5 billion "
        "in the quarter, as demand grew. The company expects more growth next year.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main([str(out), str(story)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["whole"] for r in rows] == [False, True]
    first = rows[0]["stories"][0]
    assert first["summary"] and first["figures"]  # enriched as the commands enrich


@pytest.mark.parametrize(
    "args", [["--bbc", "/nonexistent"], ["--pages", "/nonexistent"], ["/nonexistent"], []]
)
def test_bad_arguments_are_a_one_line_error(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_one_line_error(main([str(tmp_path / "out.jsonl"), *args]), capsys)
