"""The boundary trainer's command line: a category held out of the fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.eval.concat import Article
from reader.eval.train_boundary import generate, main


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


def test_regrouped_training_files_add_a_kind_and_are_seeded() -> None:
    paras = [f"Story {k} opens here. It goes on. Then more. It ends." for k in range(5)]
    arts = {
        "business": [Article("business", f"Title {k}", list(paras)) for k in range(8)],
        "tech": [Article("tech", f"Tech {k}", list(paras)) for k in range(8)],
    }
    plain = generate(arts, 5, 3, regrouped=False)
    regrouped = generate(arts, 5, 3, regrouped=True)
    assert len(plain) == 4 * 3 and len(regrouped) == 5 * 3
    assert [c.units for c in regrouped] == [c.units for c in generate(arts, 5, 3, True)]
    # the second file of each round: pasted articles whose sentences were regrouped
    body = [ln.text for ln in regrouped[1].lines if ln.kind == "body"]
    assert body and all(1 <= t.count(".") <= 4 for t in body)
