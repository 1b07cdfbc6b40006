"""The metric misses' classes and causes (reader/eval/metric_misses.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval import metric_misses
from reader.eval.metric_misses import Row, classify, diff


def _row(label: str, found: str, sentence: str, surface: str, right: bool = False) -> Row:
    return Row("r", "f.txt", surface, label, found, right, sentence)


def test_a_bare_head_without_the_labels_qualifier_is_a_qualifier_miss() -> None:
    row = _row("operating profit", "profit", "Operating profit rose to $4m.", "$4m")
    assert classify(row) == ("qualifier", "qualifier in figure's phrase")


def test_a_qualifier_the_sentence_never_writes_is_told_apart() -> None:
    row = _row("ticket sales", "sales", "Sales rose to $9m in the year.", "$9m")
    assert classify(row) == ("qualifier", "qualifier not in sentence")


def test_a_measure_written_next_to_another_number_is_that_numbers() -> None:
    sentence = "Revenue rose 4% to $20m, while costs of $3m fell."
    row = _row("revenue", "costs", sentence, "$20m")
    assert classify(row) == ("other", "nearer another number")


def test_a_measure_the_sentence_does_not_write_and_no_measure_are_classed() -> None:
    row = _row("revenue", "funding", "Revenue rose to $20m.", "$20m")
    assert classify(row) == ("other", "found not written in sentence")
    none = _row("revenue", "", "Revenue rose to $20m.", "$20m")
    assert classify(none) == ("none", "label words in sentence")
    unseen = _row("good causes", "", "It gave $20m.", "$20m")
    assert classify(unseen) == ("none", "label words not in sentence")


def test_the_same_head_with_another_qualifier_is_another_measure() -> None:
    row = _row("share price", "oil price", "Pellam Oil's share price rose 2%.", "2%")
    assert classify(row) == ("other", "same head, another qualifier")


def test_diff_counts_changed_better_and_worse(capsys: pytest.CaptureFixture[str]) -> None:
    old = [
        _row("revenue", "costs", "s", "$1m"),
        _row("profit", "profit", "s", "$2m", right=True),
        _row("debt", "", "s", "$3m"),
    ]
    new = [
        _row("revenue", "revenue", "s", "$1m", right=True),
        _row("profit", "loss", "s", "$2m"),
        _row("debt", "", "s", "$3m"),
    ]
    assert diff(old, new) == (2, 1, 1)
    out = capsys.readouterr().out
    assert "+ r/f.txt '$1m'" in out and "- r/f.txt '$2m'" in out


def test_main_dumps_and_diffs_a_round(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "s1.txt"
    story.write_text(
        "Glenmoor results\n\nGlenmoor said its operating profit rose to £40m in the year.\n",
        encoding="utf-8",
    )
    label = {"file": "s1.txt", "surface": "£40m", "kind": "money", "value": 40e6,
             "unit": "GBP", "metric": "operating profit", "subject": ["Glenmoor"]}  # fmt: skip
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps(label) + "\n", encoding="utf-8")
    dump = tmp_path / "dump.jsonl"
    assert metric_misses.main([str(labels), "--dump", str(dump)]) == 0
    rows = [json.loads(ln) for ln in dump.read_text(encoding="utf-8").splitlines()]
    assert [(r["surface"], r["right"]) for r in rows] == [("£40m", True)]
    assert "matched 1, metric wrong 0" in capsys.readouterr().out
    assert metric_misses.main(["--diff", str(dump), str(dump)]) == 0
    assert "changed 0, better 0, worse 0" in capsys.readouterr().out


def test_a_missing_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert metric_misses.main([str(tmp_path / "none.jsonl")]) == 2
    assert capsys.readouterr().err.startswith("error: ")
