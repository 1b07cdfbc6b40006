"""The boundary trainer's command line (a category held out of the fit, one-line errors) and
its held-back scores."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.eval.boundary_files import KINDS
from reader.eval.boundary_scores import held_back_scores
from reader.eval.concat import Article
from reader.eval.train_boundary import main


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


def test_held_back_structured_scores_structured_singles(
    short_items: dict[str, list[Article]],
) -> None:
    from reader.eval.boundary_scores import held_back_structured
    from reader.story.boundary.scorer import shipped

    whole = float(held_back_structured(short_items, 3, shipped(), 4).split()[-1])
    # weights that take every gap for a story start keep fewer of them whole
    eager = replace(shipped(), shift=40.0, short_shift=0.0, short_min=2, short_from=0.0)
    assert float(held_back_structured(short_items, 3, eager, 4).split()[-1]) < whole


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


def test_paste_gaps_are_added_as_many_times_as_asked() -> None:
    import numpy as np

    from reader.eval.paste_examples import paste_examples
    from reader.eval.train_boundary import with_pastes
    from reader.story.boundary.features import FEATURES

    x, y = np.zeros((3, len(FEATURES))), np.zeros(3)
    xp, yp = paste_examples(["paste22"])
    assert len(yp) > 0 and yp.sum() > 0
    x2, y2 = with_pastes(x, y, ["paste22"], 2)
    assert x2.shape == (3 + 2 * len(yp), len(FEATURES))
    assert y2.sum() == 2 * yp.sum()
    assert np.array_equal(x2[3 + len(yp) :], xp)
    x0, y0 = with_pastes(x, y, ["paste22"], 0)
    assert x0 is x and y0 is y


def test_the_generation_flags_are_put_back_when_the_trainer_is_done(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.eval import handlike, structured

    (tmp_path / "alpha").mkdir()
    (tmp_path / "alpha" / "001.txt").write_text("Title\n\nOne.\nTwo.\n", encoding="utf-8")
    before = handlike.SHORT_ITEMS, handlike.RELATED, structured.SHARE
    argv = ["--related", "0.7", "--structured", "2", "--short-items", "0.3"]
    # the flags are read, then an unknown paste set stops the run
    assert main([str(tmp_path), *argv, "--leave-paste", "nosuchset", "--out", "x"]) == 2
    assert "nosuchset" in capsys.readouterr().err
    assert before == (handlike.SHORT_ITEMS, handlike.RELATED, structured.SHARE)
