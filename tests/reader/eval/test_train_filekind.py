"""The file-level judgement's trainer (``reader.eval.train_filekind``): threshold and decoding."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from reader.eval.train_filekind import (
    FALSE_SEVERAL,
    THRESHOLDS,
    Outcomes,
    choose,
    fit_model,
    guarded_threshold,
    main,
    pick,
)
from reader.story.boundary.filekind import FILE_FEATURES, FileModel


def _model() -> FileModel:
    n = len(FILE_FEATURES)
    return FileModel(mean=(0.0,) * n, scale=(1.0,) * n, weights=(0.0,) * n)


def test_guarded_threshold_keeps_false_several_under_the_share() -> None:
    # 1000 single articles judged, 20 of them at 0.8 and 4 at 0.96: the lowest threshold that
    # calls at most FALSE_SEVERAL of them several
    probs = [0.1] * 976 + [0.8] * 20 + [0.96] * 4 + [-1.0] * 50
    t = guarded_threshold(probs)
    assert t in THRESHOLDS
    assert sum(p >= t for p in probs) <= FALSE_SEVERAL * 1000
    assert t > 0.8
    lower = [x for x in THRESHOLDS if x < t]
    assert all(sum(p >= x for p in probs) > FALSE_SEVERAL * 1000 for x in lower)
    assert guarded_threshold([1.0] * 10) == 2.0  # no threshold spares them: off


def test_pick_uses_the_forced_decoding_only_above_the_threshold() -> None:
    out = Outcomes(
        off=[False, True, False], forced={(3, 0.0): [True, False, True]}, prob=[0.9, 0.9, 0.2]
    )
    assert pick(out, 0.5, (3, 0.0)) == [True, False, False]
    assert pick(out, 0.95, (3, 0.0)) == [False, True, False]


def test_choose_refuses_a_decoding_that_splits_more_single_articles() -> None:
    # files 0-1 pastes, 2-3 single articles
    one = [False, False, True, True]
    out = Outcomes(
        off=[False, False, True, True],
        forced={(2, 0.0): [True, True, False, True], (3, 1.0): [True, False, True, True]},
        prob=[0.99, 0.99, 0.99, 0.1],
    )
    best = choose(out, one, _model(), 0.9)
    # (2, 0.0) gets both pastes right but splits a single: (3, 1.0) is chosen
    assert (best.threshold, best.shortest, best.shift) == (0.9, 3, 1.0)
    none = Outcomes(off=out.off, forced={(2, 0.0): out.forced[(2, 0.0)]}, prob=out.prob)
    assert choose(none, one, _model(), 0.9).threshold > 1.0  # nothing allowed: off


def test_fit_model_learns_the_separating_feature() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(200, len(FILE_FEATURES)))
    x[:, 0] = 1.0
    col = FILE_FEATURES.index("cut_odds")
    y = (x[:, col] > 0).astype(np.float64)
    m = fit_model(x, y)
    assert m.weights[col] > 1.0
    assert abs(m.weights[col]) == max(abs(w) for w in m.weights[1:])


def test_bad_directory_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: not a directory") and err.count("\n") == 1


def test_unreadable_boundary_weights_are_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "alpha").mkdir()
    (tmp_path / "alpha" / "001.txt").write_text("Title\n\nOne.\nTwo.\n", encoding="utf-8")
    out = tmp_path / "k.json"
    args = [str(tmp_path), "--boundary", str(tmp_path / "none.json"), "--out", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read boundary weights") and err.count("\n") == 1
    assert not out.exists()


def test_choose_moves_off_the_shipped_decoding_only_when_surely_better() -> None:
    # 100 generated pastes: (3, 1.0) gets 61 right, (3, 1.5) 60, (2, 0.0) 40 (far below)
    n = 100
    forced = {
        (3, 1.0): [True] * 61 + [False] * 39,
        (3, 1.5): [True] * 60 + [False] * 40,
        (2, 0.0): [True] * 40 + [False] * 60,
    }
    out = Outcomes(off=[False] * n, forced=forced, prob=[0.99] * n)
    one = [False] * n
    assert choose(out, one, _model(), 0.9).shift == 1.0  # generated files alone: the best

    def hand(right: dict[float, range]) -> Callable[[FileModel], list[bool]]:
        return lambda m: [k in right[m.shift] for k in range(1000)]

    # the shipped (3, 1.5) right on files 0-499; (3, 1.0) on 10-513: 14 gained, 10 lost, no
    # sure gain (McNemar z 0.8), so the shipped one stays
    near = hand({1.0: range(10, 514), 1.5: range(500), 0.0: range(900)})
    assert choose(out, one, _model(), 0.9, near, keep=(3, 1.5)).shift == 1.5
    # 30 gained, none lost is sure (z 5.5): it moves; (2, 0.0) is out of the generated reach
    far = hand({1.0: range(530), 1.5: range(500), 0.0: range(900)})
    assert choose(out, one, _model(), 0.9, far, keep=(3, 1.5)).shift == 1.0
    # nothing shipped among the near ones: the best on generated files is the one kept
    assert choose(out, one, _model(), 0.9, near, keep=(2, 0.5)).shift == 1.0


def test_choose_keeps_the_shipped_decoding_when_the_generated_files_disagree() -> None:
    # (3, 0.5) is surely better on the hand-written files but right on fewer generated ones
    n = 100
    forced = {(3, 1.5): [True] * 61 + [False] * 39, (3, 0.5): [True] * 60 + [False] * 40}
    out = Outcomes(off=[False] * n, forced=forced, prob=[0.99] * n)
    right = {0.5: range(530), 1.5: range(500)}

    def hand(m: FileModel) -> list[bool]:
        return [k in right[m.shift] for k in range(1000)]

    assert choose(out, [False] * n, _model(), 0.9, hand, keep=(3, 1.5)).shift == 1.5
