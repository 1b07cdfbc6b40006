"""The boundary trainer's command line: a category held out of the fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.eval.train_boundary import main


def test_exclude_needs_a_known_category(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for cat in ("alpha", "beta"):
        (tmp_path / cat).mkdir()
        (tmp_path / cat / "001.txt").write_text("Title\n\nOne.\nTwo.\n", encoding="utf-8")
    out = tmp_path / "w.json"
    assert main([str(tmp_path), "--exclude", "gamma", "--out", str(out)]) == 2
    assert "no category 'gamma'" in capsys.readouterr().err
    assert not out.exists()
