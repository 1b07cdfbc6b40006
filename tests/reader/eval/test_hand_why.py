"""Why a hand-written paste was cut where it was (``reader.eval.hand_why``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval.hand_pastes import main, read_truth
from reader.eval.hand_why import judgement, why_lines

FIRST = (
    "Volunteers in Ashby Wick have planted 4,000 trees along the old railway line, the "
    "town's civic society said on Sunday."
)
SECOND = (
    "A bakery in Morrow Street has been fined £6,500 after inspectors found mouse droppings "
    "in its flour store."
)
LAST = "The owner told magistrates the store had since been rebuilt."
TEXT = "\n".join(
    [
        "Railway line becomes a woodland walk",
        FIRST,
        "Oak, hazel and wild cherry were chosen because they suit the chalk soil.",
        "The society hopes to open the path to walkers next summer.",
        "Bakery fined over mice",
        SECOND,
        "Magistrates heard the shop had been warned twice in the past year.",
        LAST,
    ]
)


def _folder(tmp_path: Path, starts: list[str]) -> Path:
    (tmp_path / "a.txt").write_text(TEXT + "\n", encoding="utf-8")
    truth = {
        "file": "a.txt",
        "count": len(starts),
        "starts": starts,
        "headlines": [None] * len(starts),
        "first_lines": [1, *(TEXT.split("\n").index(s) + 1 for s in starts[1:])],
    }
    (tmp_path / "truth.jsonl").write_text(json.dumps(truth) + "\n", encoding="utf-8")
    return tmp_path


def _why(tmp_path: Path, starts: list[str]) -> list[str]:
    folder = _folder(tmp_path, starts)
    (truth,) = read_truth(folder)
    return why_lines(folder / truth.file, truth)


def test_a_file_split_as_the_truth_has_it_gives_the_judgement_alone(tmp_path: Path) -> None:
    lines = _why(tmp_path, [FIRST, SECOND])
    assert len(lines) == 1
    assert lines[0].startswith("p(several) ")


def test_a_start_the_pipeline_missed_is_listed_with_the_scorer_reasons(tmp_path: Path) -> None:
    lines = _why(tmp_path, [FIRST, SECOND, LAST])
    (missed,) = [ln for ln in lines if ln.startswith("missed start")]
    assert "boundary p=" in missed and "log-odds for it" in missed
    assert "The owner told magistrates" in missed


def test_a_start_the_truth_does_not_have_is_listed_as_extra(tmp_path: Path) -> None:
    lines = _why(tmp_path, [FIRST])
    (extra,) = [ln for ln in lines if ln.startswith("extra start")]
    assert "A bakery in Morrow Street" in extra and "boundary p=" in extra


def test_a_start_inside_a_paragraph_is_named(tmp_path: Path) -> None:
    folder = _folder(tmp_path, [FIRST, SECOND])
    (truth,) = read_truth(folder)
    inside = "hazel and wild cherry were chosen because they suit the chalk soil."
    lines = why_lines(folder / truth.file, type(truth)(truth.file, 2, [FIRST, inside], [1, 3]))
    assert any(ln.startswith("inside a paragraph") and "wild cherry" in ln for ln in lines)


def test_one_paragraph_has_nothing_to_judge() -> None:
    assert judgement([]) == "one paragraph: nothing to judge"


def test_verbose_prints_the_reasons_under_a_miscounted_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, [FIRST, SECOND, LAST])
    assert main([str(folder), "-v"]) == 0
    out = capsys.readouterr().out
    assert "BAD a.txt" in out
    assert "p(several)" in out and "missed start para" in out
