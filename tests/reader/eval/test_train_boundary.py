"""The boundary trainer's command line (a category held out of the fit, one-line errors) and
its held-back scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.eval.boundary_files import KINDS
from reader.eval.concat import Article
from reader.eval.train_boundary import held_back_scores, main


def test_exclude_needs_a_known_category(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for cat in ("alpha", "beta"):
        (tmp_path / cat).mkdir()
        (tmp_path / cat / "001.txt").write_text("Title\n\nOne.\nTwo.\n", encoding="utf-8")
    out = tmp_path / "w.json"
    assert main([str(tmp_path), "--exclude", "gamma", "--out", str(out)]) == 2
    assert "no category 'gamma'" in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_feature_to_drop_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "alpha").mkdir()
    (tmp_path / "alpha" / "001.txt").write_text("Title\n\nOne.\nTwo.\n", encoding="utf-8")
    out = tmp_path / "w.json"
    assert main([str(tmp_path), "--drop", "cohesion,nonsense", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no feature 'nonsense'" in err and err.count("\n") == 1
    assert not out.exists()


def test_held_back_scores_every_kind(short_items: dict[str, list[Article]]) -> None:
    from reader.story.boundary.scorer import shipped

    lines = held_back_scores(short_items, 3, shipped(), 1).splitlines()
    assert [ln.split()[0] for ln in lines] == list(KINDS)
    assert all("right" in ln and "Pk" in ln for ln in lines)


def test_a_bad_hold_back_share_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "w.json"
    assert main([str(tmp_path), "--hold-back", "1.5", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--hold-back" in err and err.count("\n") == 1
    assert not out.exists()


def test_leave_paste_needs_a_development_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "alpha").mkdir()
    (tmp_path / "alpha" / "001.txt").write_text("Title\n\nOne.\nTwo.\n", encoding="utf-8")
    out = tmp_path / "w.json"
    assert main([str(tmp_path), "--leave-paste", "paste6", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no development paste set 'paste6'" in err and err.count("\n") == 1
    assert not out.exists()
