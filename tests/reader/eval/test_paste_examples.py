"""Boundary examples from the hand-written development pastes: labels from truth.jsonl, and no
set but the named development ones can be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.eval.paste_examples import DEV_PASTES, dev_sets, file_examples, paste_examples
from reader.story.boundary.features import FEATURES
from tests.reader.eval.paste_set import LINES, spaced, write_set


def _set(root: Path, name: str) -> Path:
    return write_set(root / name, spaced(LINES))


def test_one_gap_starts_the_second_story_and_it_is_the_one_at_its_headline(
    tmp_path: Path,
) -> None:
    folder = _set(tmp_path, "paste5")
    rows, labels = file_examples(folder / "a.txt", [1, 9])
    assert len(rows) == len(labels) >= 3
    assert all(len(r) == len(FEATURES) for r in rows)
    assert sum(labels) == 1
    # the first story's three paragraphs (and its headline, if kept apart) come before it
    assert labels.index(1.0) >= 2


def test_a_story_start_moves_with_the_truth(tmp_path: Path) -> None:
    folder = _set(tmp_path, "paste5")
    _, one = file_examples(folder / "a.txt", [1])
    _, two = file_examples(folder / "a.txt", [1, 9])
    assert sum(one) == 0 and sum(two) == 1


def test_examples_of_a_development_set(tmp_path: Path) -> None:
    _set(tmp_path, "paste10")
    x, y = paste_examples(["paste10"], root=tmp_path)
    assert x.shape == (len(y), len(FEATURES)) and y.sum() == 1


@pytest.mark.parametrize("name", ["paste6", "held_out/paste7", "../held_out", "paste99"])
def test_no_other_set_can_be_read(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="not a development paste set"):
        paste_examples([name], root=tmp_path)
    assert "paste6" not in DEV_PASTES
    assert dev_sets(list(DEV_PASTES)) == list(DEV_PASTES)
