"""The attribution scorer: labels loaded, stories read, wrong statuses and non-figures counted
(the rules of agreement: test_attrib_rules.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval.attribution import DEFAULT_LABELS, load, load_all, main, story_of, taken


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


def test_a_non_figure_taken_as_a_figure_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.txt").write_text(
        "Title\n\nAcme made $5 billion. Its 400 stores sold 7,400 Model 7400 phones.\n",
        encoding="utf-8",
    )
    lines = [
        {"file": "s.txt", "surface": "$5 billion", "kind": "money", "value": 5e9, "unit": "USD",
         "metric": "revenue", "subject": ["Acme"], "status": "actual"},
        {"file": "s.txt", "surface": "400 stores", "kind": "count", "value": 400,
         "unit": "stores", "metric": "stores", "subject": ["Acme"], "status": "actual"},
        {"file": "s.txt", "surface": "Model 7400", "kind": None, "nonfigure": "model number"},
    ]  # fmt: skip
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    truths, non = load_all(path)
    assert [t.label.surface for t in truths] == ["$5 billion", "400 stores"]
    assert [n.surface for n in non] == ["Model 7400"]
    assert taken(non[0], ["7,400"]) is False
    assert taken(non[0], ["7400 phones"]) is True
    assert main(["--labels", str(path)]) == 0
    assert "non-figures taken as figures:" in capsys.readouterr().out


def test_every_bundled_label_set_loads_and_names_its_files() -> None:
    for name in ("attrib", "attrib_dev", "attrib_r2", "attrib_r3"):
        path = DEFAULT_LABELS.parent.parent / name / "labels.jsonl"
        truths, non = load_all(path)
        assert truths
        for t in truths:
            _, paragraphs = story_of(path.parent / t.label.file)
            assert any(t.label.surface in p for p in paragraphs)
        for n in non:
            assert n.surface in (path.parent / n.file).read_text(encoding="utf-8")


def test_a_story_with_no_headline_is_read_from_its_first_line(tmp_path: Path) -> None:
    """A labelled story that opens with its first paragraph (a wire dateline, no headline) has
    that paragraph's figures read, under a title generated from it; a headline stays a title."""
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "OSLO (Reuters) - Norwegian ferry operator Fjordline carried 2.1 million passengers in "
        "May, 4% more than a year earlier, the company said on Monday.\n\n"
        "It expects to add two routes next year.\n",
        encoding="utf-8",
    )
    title, paragraphs = story_of(wire)
    assert paragraphs[0].startswith("OSLO (Reuters)") and len(paragraphs) == 2
    assert title and title != paragraphs[0]
    headed = tmp_path / "headed.txt"
    headed.write_text("Fjordline traffic rises 4% in May\n\nThe operator carried more.\n")
    assert story_of(headed) == ("Fjordline traffic rises 4% in May", ["The operator carried more."])


def test_product_mode_reads_the_file_as_the_pipeline_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a byline and its paper under the headline: the eval's own reading feeds them to the
    # extractor as the lead; the product's takes them apart from the story's paragraphs
    (tmp_path / "s.txt").write_text(
        "Tarnmoor Foods lifts sales as exports recover\n\n"
        "By Ana Ruiz | Valley Business Report\n\n"
        "Tarnmoor Foods said sales rose 12% to $480 million in the quarter.\n\n"
        "The company plans to open two plants next year.\n",
        encoding="utf-8",
    )
    label = {"file": "s.txt", "surface": "$480 million", "kind": "money", "value": 4.8e8,
             "unit": "USD", "metric": "sales", "subject": ["Tarnmoor Foods"], "status": "actual"}  # fmt: skip
    (tmp_path / "labels.jsonl").write_text(json.dumps(label) + "\n", encoding="utf-8")
    assert main(["--labels", str(tmp_path / "labels.jsonl"), "--product"]) == 0
    out = capsys.readouterr().out
    assert "subject right 1.000" in out


def test_a_change_shown_as_a_level_is_counted_against_the_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.txt").write_text(
        "Title\n\nShares in Acme fell 18% on Monday. Revenue was $5 billion.\n", encoding="utf-8"
    )
    lines = [
        {"file": "s.txt", "surface": "18%", "kind": "percent", "value": 18, "unit": "%",
         "metric": "share price", "subject": ["Acme"], "status": "actual", "role": "change"},
        {"file": "s.txt", "surface": "$5 billion", "kind": "money", "value": 5e9, "unit": "USD",
         "metric": "revenue", "subject": ["Acme"], "status": "actual", "role": "change"},
    ]  # fmt: skip
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert [t.role for t in load(path)] == ["change", "change"]
    assert main(["--labels", str(path), "-v"]) == 0
    out = capsys.readouterr().out
    # the fall is shown signed (a change); the revenue is a level the label calls a change
    assert "role right    0.500 of 2 matched figures" in out
    assert "role     s.txt: '$5 billion' want 'change' got 'level'" in out


def test_a_labelled_growth_is_right_for_a_signed_callout_and_the_strict_share_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.txt").write_text(
        "Title\n\nAcme said revenue rose 12% to $5 billion in the quarter.\n", encoding="utf-8"
    )
    lines = [
        {"file": "s.txt", "surface": "12%", "kind": "percent", "value": 12, "unit": "%",
         "metric": "revenue growth", "subject": ["Acme"], "status": "actual", "role": "change"},
        {"file": "s.txt", "surface": "$5 billion", "kind": "money", "value": 5e9, "unit": "USD",
         "metric": "revenue", "subject": ["Acme"], "status": "actual", "role": "level"},
    ]  # fmt: skip
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert main(["--labels", str(path)]) == 0
    out = capsys.readouterr().out
    assert "metric right  1.000 of 2 matched figures" in out
    assert "(a labelled change's words asked of the metric too: 0.500)" in out
