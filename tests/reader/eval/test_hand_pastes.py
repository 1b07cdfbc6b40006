from __future__ import annotations

from pathlib import Path

import pytest

from reader.eval.hand_pastes import found, read_truth, score_file, word_boundaries
from tests.reader.eval.paste_set import LINES, write_set

TEXT = "\n".join(LINES)


def _folder(tmp_path: Path) -> Path:
    return write_set(tmp_path, LINES)


def test_truth_blocks_start_at_each_headline(tmp_path: Path) -> None:
    (truth,) = read_truth(_folder(tmp_path))
    assert truth.block_lines == [1, 5]


def test_a_start_after_a_dateline_the_pipeline_kept_apart_is_found() -> None:
    start = "DUBLIN (Reuters) - Low-cost airline Skyvale reported a fall in first-half profit."
    assert found(start, ["Low-cost airline Skyvale reported a fall in first-half profit."])
    assert found(start, [start])
    assert not found(start, ["Skyvale's shares fell 4% in Dublin trading on Monday morning."])


def test_word_boundaries_skip_empty_lines() -> None:
    assert word_boundaries([3, 0, 2, 4], [1, 2]) == ([3], 9)


def test_a_two_story_paste_is_scored(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (truth,) = read_truth(folder)
    score = score_file(folder, truth)
    assert (score.expected, score.got, score.found, score.starts) == (2, 2, 2, 2)
    assert score.missing == []
    assert score.pk == 0.0
    assert score.words == len(TEXT.split())


def test_main_scores_a_folder_and_rejects_bad_weights(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.eval.hand_pastes import main

    folder = _folder(tmp_path)
    assert main([str(folder)]) == 0
    assert "right count" in capsys.readouterr().out
    bad = tmp_path / "w.json"
    bad.write_text("not json", encoding="utf-8")
    assert main([str(folder), "--weights", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read boundary weights") and err.count("\n") == 1
