"""The figures eval: label loading, matching and the printed table (text written here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval.figures import Label, main, matches, score_file


def test_matches_needs_same_kind_unit_and_value() -> None:
    label = Label("f", "$1bn", "money", 1e9, "USD")
    assert matches(label, "money", 1e9 * (1 + 1e-9), "USD")  # float noise only
    assert not matches(label, "money", 1.004e9, "USD")  # $42.12 vs $42.30 are two figures
    assert not matches(label, "money", 1e9, "EUR")
    assert not matches(label, "percent", 1e9, "USD")


def test_count_units_compare_by_head_noun() -> None:
    label = Label("f", "360 million daily active users", "count", 3.6e8, "daily active users")
    assert matches(label, "count", 3.6e8, "Users")
    assert not matches(label, "count", 3.6e8, "downloads")
    assert not matches(Label("f", "32,000", "count", 32000.0, None), "count", 32000.0, "jobs")


def test_repeated_extractions_are_one_fact() -> None:
    labels = [Label("f", "9%", "percent", 9.0, "%")]
    found = [("9%", "percent", 9.0, "%"), ("9%", "percent", 9.0, "%")]
    tally, _, _ = score_file(labels, found)
    assert (tally.tp, tally.fp, tally.fn) == (1, 0, 0)


def test_score_file_counts_misses_and_false_positives() -> None:
    labels = [Label("f", "$1bn", "money", 1e9, "USD"), Label("f", "5%", "percent", 5.0, "%")]
    found = [("$1bn", "money", 1e9, "USD"), ("7 cats", "count", 7.0, "cats")]
    tally, misses, extra = score_file(labels, found)
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 1)
    assert misses[0].surface == "5%"
    assert extra[0][0] == "7 cats"


def test_main_prints_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Acme said revenue rose 5% to $2 billion.\n", encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    rows = [
        {"file": "seeds/a.txt", "surface": "5%", "kind": "percent", "value": 5, "unit": "%"},
        {"file": "seeds/a.txt", "surface": "$2 billion", "kind": "money", "value": 2e9,
         "unit": "USD"},
    ]  # fmt: skip
    labels.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["--seeds", str(seeds), "--labels", str(labels), "-v"]) == 0
    out = capsys.readouterr().out
    assert "seeds" in out
    assert "1.000" in out
    assert "MISS" not in out


def test_main_prints_precision_and_recall_per_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Acme sold 40 trucks for $2 million.\n", encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    rows = [
        {"file": "seeds/a.txt", "surface": "$2 million", "kind": "money", "value": 2e6,
         "unit": "USD"},
        {"file": "seeds/a.txt", "surface": "9%", "kind": "percent", "value": 9, "unit": "%"},
    ]  # fmt: skip
    labels.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["--seeds", str(seeds), "--labels", str(labels)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows_by_kind = {ln.split()[0]: ln.split()[1:] for ln in lines[lines.index(next(
        ln for ln in lines if ln.startswith("kind"))) + 1 :]}  # fmt: skip
    assert rows_by_kind["money"] == ["1", "0", "0", "1.000", "1.000"]
    assert rows_by_kind["percent"] == ["0", "0", "1", "1.000", "0.000"]
    assert rows_by_kind["count"] == ["0", "1", "0", "0.000", "1.000"]


def test_bad_labels_file_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "labels.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert main(["--labels", str(bad)]) == 2
    assert capsys.readouterr().err.startswith("error:")


def test_splits_and_figure_free_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Acme said revenue rose 5% to $2 billion.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("Zed Corp sold 40 shops for $3 million.\n", encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    rows = [
        {"file": "seeds/a.txt", "split": "dev", "surface": "5%", "kind": "percent", "value": 5,
         "unit": "%"},
        {"file": "seeds/b.txt", "split": "test", "surface": None, "kind": None, "value": None,
         "unit": None},
    ]  # fmt: skip
    labels.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["--seeds", str(seeds), "--labels", str(labels), "-v"]) == 0
    out = capsys.readouterr().out
    rows_out = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line[:1] != " "}
    assert rows_out["dev"][:3] == ["1", "1", "0"]  # "$2 billion" was not labelled
    assert rows_out["test"][:3] == ["0", "2", "0"]  # a figure-free file: both are false positives
    assert "FP   seeds/b.txt: '$3 million'" in out


def test_fresh_stories_sit_beside_the_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "fresh").mkdir()
    (tmp_path / "fresh" / "a.txt").write_text(
        "Acme said revenue rose 5% to $2 billion.\n\nIt employs 300 people.\n", encoding="utf-8"
    )
    labels = tmp_path / "figures.jsonl"
    rows = [
        {"file": "fresh/a.txt", "split": "test", "surface": s, "kind": k, "value": v, "unit": u}
        for s, k, v, u in [("5%", "percent", 5, "%"), ("$2 billion", "money", 2e9, "USD"),
                           ("300 people", "count", 300, "people")]
    ]  # fmt: skip
    labels.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["--labels", str(labels), "-v"]) == 0  # no --seeds/--bbc needed
    out = capsys.readouterr().out
    rows_out = {line.split()[0]: line.split()[1:] for line in out.splitlines()}
    assert rows_out["fresh"][:3] == ["3", "0", "0"]


def test_units_compare_by_what_they_name() -> None:
    from reader.eval.figures import unit_key

    # a count's head noun, before any "of" phrase
    assert unit_key("count", "letters of objection") == unit_key("count", "letters")
    assert unit_key("count", "electric vehicle charging points") == "points"
    assert unit_key("count", "letters") != unit_key("count", "objections")
    # a measure's unit written short or in full, hyphenated or not
    assert unit_key("other", "kg") == unit_key("other", "kilograms")
    assert unit_key("other", "kWh") == unit_key("other", "kilowatt hours")
    assert unit_key("other", "gigawatt-hours") == unit_key("other", "GWh")
    assert unit_key("other", "barrels a day") == unit_key("other", "barrels per day")
    assert unit_key("other", "tonnes") != unit_key("other", "kilograms")
    # a measure's unit before any "of" phrase, in one spelling (session 42)
    assert unit_key("other", "tonnes of carbon dioxide equivalent") == unit_key("other", "tonnes")
    assert unit_key("other", "square meters") == unit_key("other", "square metres")
    assert unit_key("other", "tonnes per person") != unit_key("other", "tonnes")
    # a percentage's points written out or short (session 68), and points are no per cent
    assert unit_key("percent", "percentage points") == unit_key("percent", "pp")
    assert unit_key("percent", "per cent") == unit_key("percent", "%")
    assert unit_key("percent", "pp") != unit_key("percent", "%")
