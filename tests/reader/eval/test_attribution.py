"""The attribution scorer: metric names, owners and status compared as a reader would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval.attribution import DEFAULT_LABELS, load, main, metric_right, subject_right


def test_metric_synonyms_and_word_containment() -> None:
    assert metric_right("revenue", "sales")
    assert metric_right("net income", "quarterly net income")
    assert metric_right("market value", "market cap")
    assert not metric_right("net income", "revenue")
    assert not metric_right("eps", None)


def test_subject_shares_a_name_word_whatever_the_case() -> None:
    assert subject_right(["Harborline Systems"], "Harborline")
    assert subject_right(["brent crude"], "Brent")
    assert not subject_right(["Carden Bank"], "Financial Conduct Authority")
    assert subject_right([], None)
    assert not subject_right([], "Boeing")


def test_bundled_labels_load_with_every_field() -> None:
    truths = load(DEFAULT_LABELS)
    assert len(truths) >= 50
    assert {t.status for t in truths} >= {"actual", "forecast", "base", "planned"}
    for t in truths:
        assert (DEFAULT_LABELS.parent / t.label.file).is_file()


def test_a_forecast_shown_as_actual_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.txt").write_text(
        "Title\n\nAcme expects revenue of $5 billion next year.\n", encoding="utf-8"
    )
    label = {"file": "s.txt", "surface": "$5 billion", "kind": "money", "value": 5e9,
             "unit": "USD", "metric": "revenue", "subject": ["Acme"], "status": "forecast"}  # fmt: skip
    (tmp_path / "labels.jsonl").write_text(json.dumps(label) + "\n", encoding="utf-8")
    assert main(["--labels", str(tmp_path / "labels.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "money" in out
    assert "labelled non-actual" in out
