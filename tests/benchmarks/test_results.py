"""The results table ``make bench`` writes from the rows the benchmarks record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import results


def test_record_does_nothing_without_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(results.ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    results.record("b", "f", "t", "m")
    assert list(tmp_path.iterdir()) == []


def test_rows_become_one_table_line_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = tmp_path / "rows.jsonl"
    monkeypatch.setenv(results.ENV, str(rows))
    results.record("bench_x", "a | b", "≤ 2×", results.spread([3.0, 1.0, 2.0], unit="×"), "cmd")
    results.record("bench_y", "other", "", "skipped", "-")
    assert [json.loads(line)["benchmark"] for line in rows.read_text().splitlines()] == [
        "bench_x",
        "bench_y",
    ]
    out = tmp_path / "RESULTS.md"
    results.write(rows, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    table = [ln for ln in lines if ln.startswith("| bench_")]
    assert table[0] == "| bench_x | a \\| b | ≤ 2× | 1.00 / **2.00** / 3.00× | `cmd` |"
    assert table[1] == "| bench_y | other |  | skipped | `-` |"
    assert any("shared" in ln for ln in lines)
