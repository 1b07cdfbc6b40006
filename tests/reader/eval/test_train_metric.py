"""The metric trainer: a conditional logit over candidates, the guess threshold, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval.train_metric import Example, fit, guess_threshold, main, predict_right


def _ex(*cands: tuple[tuple[str, ...], bool], rule_right: bool = False) -> Example:
    return Example(tuple(f for f, _ in cands), tuple(ok for _, ok in cands), rule_right)


def test_fit_learns_which_source_is_right_and_is_reproducible() -> None:
    # for figures the rules left without a metric, the verb's candidate is mostly right
    gap = ("rule_none", "bias")
    examples = [
        _ex(((*gap, "voc"), False), ((*gap, "verb"), True)),
        _ex(((*gap, "voc"), False), ((*gap, "verb"), True)),
        _ex(((*gap, "voc"), True), ((*gap, "verb"), False)),
    ]
    w = fit(examples, l2=0.01)
    assert w["verb"] > w["voc"]
    assert fit(examples, l2=0.01) == w
    assert predict_right(examples, w, guess=-100.0) == 2


def test_a_figure_with_the_rules_metric_keeps_the_rules_call() -> None:
    examples = [_ex((("bias", "rule"), False), (("bias", "verb"), True), rule_right=False)]
    assert predict_right(examples, {"verb": 9.0}, guess=0.0) == 0


def test_examples_with_no_right_candidate_teach_nothing() -> None:
    assert fit([_ex((("bias", "rule"), False))], l2=0.01) == {}


def test_the_guess_threshold_keeps_only_guesses_that_gain() -> None:
    w = {"a": 3.0, "b": 1.0}
    none = ("rule_none", "bias")
    examples = [
        _ex(((*none, "a"), True)),  # a sure guess, right
        _ex(((*none, "b"), False)),  # a weak guess, wrong
        _ex(((*none, "b"), False)),
    ]
    assert guess_threshold(examples, w) == 3.0
    assert predict_right(examples, w, guess=3.0) == 1


def test_the_guess_threshold_reaches_down_a_plateau_of_tied_gains() -> None:
    w = {"a": 5.0, "b": 4.0, "c": 3.0, "d": 2.0, "e": 1.0, "f": 0.5}
    none = ("rule_none", "bias")
    right = {"a": True, "b": True, "c": False, "d": True, "e": False, "f": False}
    examples = [_ex(((*none, k), ok)) for k, ok in right.items()]
    # gains down the scores: 1, 2, 1, 2, 1, 0; the best is 2, a gain of 1 ties with it
    assert guess_threshold(examples, w) == 1.0


def test_a_best_gain_over_many_guesses_ties_within_its_noise() -> None:
    # 30 sure right guesses (gain 30 at score 9), then 20 weaker ones at score 5 of which 8
    # are right and 12 wrong (gain 26 there), then at score 1 only wrong ones: the best gain,
    # over 30 guesses, has a noise of about sqrt(30) = 5.5, so 26 ties with it and the
    # threshold reaches down to 5; with a tie of 2 it would stay at 9
    none = ("rule_none", "bias")
    w = {"sure": 9.0, "weak": 5.0, "poor": 1.0}
    examples = [_ex(((*none, "sure"), True)) for _ in range(30)]
    examples += [_ex(((*none, "weak"), k < 8)) for k in range(20)]
    examples += [_ex(((*none, "poor"), False)) for _ in range(20)]
    assert guess_threshold(examples, w) == 5.0


def test_cli_needs_label_sets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--out", str(tmp_path / "w.json")]) == 2
    assert "no attrib*/labels.jsonl" in capsys.readouterr().err


def test_cli_writes_weights_from_a_label_set(tmp_path: Path) -> None:
    folder = tmp_path / "attrib_x"
    folder.mkdir()
    (folder / "s1.txt").write_text(
        "Carmaker cuts jobs\n\nHarlow Motors will cut 3,500 jobs this year.\n", encoding="utf-8"
    )
    label = {"file": "s1.txt", "surface": "3,500 jobs", "kind": "count", "value": 3500,
             "unit": "jobs", "metric": "jobs cut", "subject": ["Harlow Motors"],
             "status": "planned"}  # fmt: skip
    (folder / "labels.jsonl").write_text(json.dumps(label) + "\n", encoding="utf-8")
    out = tmp_path / "w.json"
    assert main([str(tmp_path), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sets"] == ["attrib_x"] and isinstance(data["weights"], dict)


def test_a_guess_replacing_a_unit_name_gains_only_when_it_mends_it() -> None:
    w = {"a": 3.0, "b": 2.0}
    weak = ("rule_weak", "bias")
    examples = [
        _ex(((*weak, "rule"), False), ((*weak, "a"), True)),  # mends a wrong unit name: +1
        _ex(((*weak, "rule"), True), ((*weak, "b"), False), rule_right=True),  # spoils: -1
        _ex(((*weak, "rule"), False), ((*weak, "b"), False)),  # wrong for wrong: 0
    ]
    assert guess_threshold(examples, w) == 3.0
    assert predict_right(examples, w, guess=3.0) == 2
    assert predict_right(examples, w, guess=2.0) == 1
