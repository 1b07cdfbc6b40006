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


def test_halves_split_the_files_without_overlap(tmp_path: Path) -> None:
    from reader.eval.summaries import bbc_pairs, read_cnndm

    (tmp_path / "articles").mkdir()
    (tmp_path / "highlights").mkdir()
    for k in range(5):
        (tmp_path / "articles" / f"{k:03}.txt").write_text("\n".join(ARTICLE))
        (tmp_path / "highlights" / f"{k:03}.txt").write_text("Council approves budget .\n")
    a = [c.name for c in read_cnndm(tmp_path, None, "a")]
    b = [c.name for c in read_cnndm(tmp_path, None, "b")]
    assert a == ["000", "001", "002"] and b == ["003", "004"]
    assert sorted(a + b) == [c.name for c in read_cnndm(tmp_path, None)]
    for cat in ("business", "tech"):
        for n in range(1, 6):
            for part in ("News Articles", "Summaries"):
                (tmp_path / part / cat).mkdir(parents=True, exist_ok=True)
                (tmp_path / part / cat / f"{n:03}.txt").write_text("Title\n\nBody.\n")
    even = [p.stem for p, _ in bbc_pairs(tmp_path, None, "a")]
    odd = [p.stem for p, _ in bbc_pairs(tmp_path, None, "b")]
    assert all(int(s) % 2 == 0 for s in even) and all(int(s) % 2 == 1 for s in odd)
    assert len(even) + len(odd) == len(bbc_pairs(tmp_path, None)) == 10
