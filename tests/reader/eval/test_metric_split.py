"""The metric time split: weights fitted without the held rounds, shares and ceilings."""

from __future__ import annotations

from pathlib import Path

from reader.eval.metric_split import ceilings, main, time_split
from reader.eval.train_metric import Example

_GAP = ("rule_none", "bias")


def _ex(*cands: tuple[tuple[str, ...], bool], rule_right: bool = False) -> Example:
    return Example(tuple(f for f, _ in cands), tuple(ok for _, ok in cands), rule_right)


def test_ceilings_count_what_a_threshold_and_a_reranker_could_reach() -> None:
    examples = [
        _ex((("bias", "rule"), True), rule_right=True),  # the rules are right
        _ex(((*_GAP, "verb"), True)),  # open to the model, a right candidate
        _ex(((*_GAP, "verb"), False)),  # open, no right candidate
        _ex((("bias", "rule"), False), (("bias", "head"), True)),  # the rules wrong, a right one
        _ex((("bias", "rule"), False)),  # the rules wrong, nothing right offered
    ]
    assert ceilings(examples) == (2, 3)


def test_time_split_fits_without_the_held_rounds() -> None:
    # the old rounds teach that the verb's candidate is right; the new round's open figure
    # takes it, its closed figure keeps the rules' wrong call
    old = [_ex(((*_GAP, "voc"), False), ((*_GAP, "verb"), True)) for _ in range(4)]
    new = [
        _ex(((*_GAP, "voc"), False), ((*_GAP, "verb"), True)),
        _ex((("bias", "rule"), False), (("bias", "verb"), True)),
    ]
    today = {"old": old, "new": new}
    rows = time_split(today, {}, ["new"])
    assert rows[("today", "new")] == (2, 0, 1, 1, 2)
    assert rows[("today", "pooled")] == rows[("today", "new")]
    assert rows[("first", "new")] == (0, 0, 0, 0, 0)  # no history view given


def test_an_unreadable_label_directory_is_an_error(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--hold", "attrib_x"]) == 2
