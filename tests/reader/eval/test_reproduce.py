"""reader.eval.reproduce: the comparison of a rebuilt weights file with the shipped one (the
trainers themselves are not run here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval.reproduce import SHIPPED, compare, differences, main


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


WEIGHTS = {"features": ["a", "b"], "weights": [[0.5, -1.0], [2.0, 0.0]], "shift": 2.0}


def test_the_same_bytes_are_identical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shipped = _write(tmp_path / "shipped.json", WEIGHTS)
    rebuilt = _write(tmp_path / "rebuilt.json", WEIGHTS)
    assert compare(shipped, rebuilt) == 0
    assert capsys.readouterr().out.startswith("identical")


def test_each_changed_value_is_reported_with_its_largest_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changed = {"features": ["a", "c"], "weights": [[0.5, -0.75], [2.0, 0.1]], "shift": 1.0}
    shipped = _write(tmp_path / "shipped.json", WEIGHTS)
    rebuilt = _write(tmp_path / "rebuilt.json", changed | {"guess": 0.6})
    assert compare(shipped, rebuilt) == 1
    out = capsys.readouterr().out
    assert "weights: max abs diff 0.25 (2 of 4 differ)" in out
    assert "shift: 2.0 -> 1.0 (diff 1)" in out
    assert 'features: ["a", "b"] -> ["a", "c"]' in out
    assert "guess: only in the rebuilt file" in out


def test_arrays_of_another_shape_and_missing_keys() -> None:
    lines = list(differences({"w": [1.0, 2.0], "l2": 0.01}, {"w": [1.0, 2.0, 3.0]}))
    assert lines == ["l2: only in the shipped file", "w: [1.0, 2.0] -> [1.0, 2.0, 3.0]"]


def test_same_values_in_other_bytes_are_different_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = _write(tmp_path / "shipped.json", WEIGHTS)
    rebuilt = tmp_path / "rebuilt.json"
    rebuilt.write_text(json.dumps(WEIGHTS), encoding="utf-8")
    assert compare(shipped, rebuilt) == 1
    assert "(same values, other bytes" in capsys.readouterr().out


def test_bad_input_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    shipped = _write(tmp_path / "shipped.json", WEIGHTS)
    assert main(["--compare", str(shipped), str(bad)]) == 2
    assert main(["--compare", str(shipped), str(tmp_path / "missing.json")]) == 2
    assert main(["boundary", str(tmp_path)]) == 2  # no bbc directory: the trainer never runs
    assert main([]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 4
    assert all(line.startswith("error: ") for line in err)


def test_every_shipped_weights_file_is_listed() -> None:
    """Every JSON file the package ships (label sets aside) is a weights file with a trainer."""
    package = Path(__file__).resolve().parents[3] / "reader"
    shipped = {p.resolve() for p in package.rglob("*.json") if "labels" not in p.parts}
    assert shipped == {path.resolve() for path, _, _ in SHIPPED.values()}
