"""The summaries eval runs end to end on tiny corpora the test writes itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.eval.summaries import main

ARTICLE = [
    "the city council approved a new budget on monday after a long debate.",
    "the budget raises spending on schools and roads.",
    "some residents said taxes would rise to pay for it.",
    "the vote was seven to two.",
    "a final review is planned for june.",
]


def test_cnndm_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "highlights").mkdir()
    (tmp_path / "articles" / "000.txt").write_text("\n".join(ARTICLE))
    (tmp_path / "highlights" / "000.txt").write_text("Council approves budget on Monday .\n")
    assert main(["cnndm", str(tmp_path), "--algorithms", "lead,default"]) == 0
    out = capsys.readouterr().out
    assert "cnndm: 1 articles" in out
    lead_row = next(line for line in out.splitlines() if line.startswith("lead"))
    assert float(lead_row.split()[1]) > 0  # ROUGE-1 of LEAD-3 against the highlight


def test_bbc_uses_reference_sentence_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    art = tmp_path / "News Articles" / "business"
    ref = tmp_path / "Summaries" / "business"
    art.mkdir(parents=True)
    ref.mkdir(parents=True)
    body = [s.capitalize() for s in ARTICLE]
    (art / "001.txt").write_text("Budget approved\n\n" + "\n".join(body) + "\n")
    (ref / "001.txt").write_text(body[0] + body[1])  # glued, as in the real set
    assert main(["bbc", str(tmp_path), "--algorithms", "lead"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("lead"))
    assert float(row.split()[1]) == pytest.approx(100.0)  # two reference sentences, lead-2


def test_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cnndm", str(tmp_path / "missing")]) == 2
    assert main(["cnndm", str(tmp_path), "--algorithms", "nope"]) == 2
    assert "unknown algorithm" in capsys.readouterr().err
