"""The lede-wording model's trainer (``reader.eval.train_lede``): examples from the label sets
(never a held-out one), a deterministic fit that separates ledes, and its AUC."""

from __future__ import annotations

import json
from pathlib import Path

from reader.eval.train_lede import HELD_OUT, auc, examples, fit, main
from tests.reader.eval.paste_set import FIRST, LINES, SECOND, write_set

STORY = """Mill owner fined after worker hurt

By Ann Lee

A textile firm in Hexley has been fined £40,000 after a worker lost two fingers in a machine that had no guard.

The company admitted breaching safety rules at Cardiff Crown Court.

It said it had since fitted guards to every machine on the site.
"""


def _labels(root: Path) -> Path:
    write_set(root / "pastes" / "paste5", LINES)
    write_set(root / "singles1", LINES)
    held = write_set(root / "pastes" / sorted(HELD_OUT)[0], ["Held out.", *LINES])
    assert held.is_dir()
    (root / "attrib_r1").mkdir(parents=True)
    (root / "attrib_r1" / "a.txt").write_text(STORY, encoding="utf-8")
    return root


def test_examples_mark_the_ledes_and_skip_held_out_sets(tmp_path: Path) -> None:
    labels = _labels(tmp_path)
    pastes = examples(labels, "pastes")
    assert {t for t, y in pastes if y} == {FIRST, SECOND}
    assert not any(t == "Held out." for t, _ in pastes)
    stories = examples(labels, "attrib")
    assert [t for t, y in stories if y] == [
        "A textile firm in Hexley has been fined £40,000 after a worker lost two fingers in a "
        "machine that had no guard."
    ]


def test_fit_is_deterministic_and_ranks_ledes_first(tmp_path: Path) -> None:
    data = examples(_labels(tmp_path), "pastes") * 5  # each feature in MIN_DF paragraphs
    weights = fit(data)
    assert weights == fit(data)
    assert auc(weights, data) == 1.0


def test_main_writes_the_weights_file(tmp_path: Path) -> None:
    labels = _labels(tmp_path / "labels")
    out = tmp_path / "lede.json"
    assert main([str(labels), "--out", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["command"] == "python -m reader.eval.train_lede"
    assert doc["examples"]["ledes"] == 2 + 2 + 1  # two pasted items, a single's two, a story
    assert main([str(tmp_path / "nowhere"), "--out", str(out)]) == 2
