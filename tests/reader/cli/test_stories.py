"""``newsdesk stories``: table, JSON fields, exit codes, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main

ARTICLE = (
    "Copper Ridge Mining said on Monday that output at its flagship mine rose to 412,000 "
    "tonnes last year as a new processing line came online ahead of schedule.\n\n"
    "The company posted revenue of $2.3 billion, up 12% from a year earlier, and said it "
    "would raise its dividend for the first time since the mine opened.\n\n"
    "Analysts said the results showed the miner had put its labour disputes behind it, "
    "though copper prices remain volatile and shipping costs are still high.\n\n"
    "Shares in Copper Ridge rose 4% in morning trading in Toronto."
)
OTHER = (
    "The city council approved a plan on Thursday to turn a disused rail yard into a park, "
    "with walking paths, a community garden and a covered market for local growers.\n\n"
    "Construction will start next summer and take about three years, the council said, "
    "paid for by a mix of city bonds and a grant from the regional government.\n\n"
    "Residents who had campaigned for the park for a decade welcomed the vote."
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSDESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    assert main(["stories", "--json", *args]) == 0
    data: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return data


def test_json_has_every_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Copper Ridge Lifts Output And Dividend\n\n" + ARTICLE, encoding="utf-8")
    [story] = run_json(capsys, str(path))
    for key in ("id", "title", "title_generated", "sources", "byline", "published"):
        assert key in story
    assert story["title"] == "Copper Ridge Lifts Output And Dividend"
    assert story["title_generated"] is False
    src = story["sources"][0]
    assert src["first_line"] == 1 and src["last_line"] == len(path.read_text().splitlines())
    assert story["paragraphs"][0].startswith("Copper Ridge Mining said")
    assert len(story["summary"]) == 3
    money = [f for f in story["figures"] if f["kind"] == "money"]
    assert money and money[0]["value"] == 2.3e9 and money[0]["unit"] == "USD"
    for fig in story["figures"]:
        assert fig["sentence"] in " ".join(story["paragraphs"])


def test_whole_keeps_a_pile_together(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pile.txt"
    path.write_text(ARTICLE + "\n\n" + OTHER, encoding="utf-8")
    assert len(run_json(capsys, "--whole", str(path))) == 1


def test_summarizer_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [story] = run_json(capsys, "--summarizer", "lead", "--sentences", "1", str(path))
    assert story["summary"] == [story["paragraphs"][0]]


def test_seeds_by_default_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories"]) == 0
    out = capsys.readouterr().out
    assert "stories" in out and "Title" in out and "Words" in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "--sentences", "0"]) == 2
    assert main(["stories", "--summarizer", "magic"]) == 2
    assert main(["stories", "--bogus"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("newsdesk stories: ") for line in err)
    assert not any("newsdesk: newsdesk" in line for line in err)


def test_no_story_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("")
    assert main(["stories", str(tmp_path / "empty.txt")]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "Traceback" not in err


def _cli(*args: str, env_home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NEWSDESK_HOME=str(env_home))
    return subprocess.run(
        [sys.executable, "-m", "reader", "stories", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_bad_inputs_one_line_each_good_files_still_read(tmp_path: Path, home: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x01\xff" * 500)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    bad = ["empty.txt", "binary.txt", "image.txt", "pipe.txt", "missing.txt"]
    proc = _cli(str(good), *(str(tmp_path / b) for b in bad), env_home=home)
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == len(bad)
    for name in bad:
        assert sum(name in line for line in lines) == 1
    assert "Copper Ridge" in proc.stdout


def test_only_bad_input_exits_1(tmp_path: Path, home: Path) -> None:
    proc = _cli(str(tmp_path / "missing.txt"), env_home=home)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "missing.txt" in proc.stderr


def test_stdin_and_a_folder_of_thousands(tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(1500):
        (folder / f"{n:05d}.txt").write_text(f"note {n}\n")
    (folder / "real.txt").write_text(ARTICLE)
    proc = _cli(str(folder), "-", "--json", env_home=home, stdin=OTHER)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert any("rail yard" in " ".join(s["paragraphs"]) for s in data)
    assert any("Copper Ridge" in s["title"] + " ".join(s["paragraphs"]) for s in data)
    assert "Traceback" not in proc.stderr


def test_escape_sequences_never_reach_output(tmp_path: Path, home: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "\x1b]52;c;aGVsbG8=\x07[bold red]Hacked[/] Title\x1b[2J\n\n"
        + ARTICLE.replace("Monday", "Monday\x1b]0;pwned\x07\u202e"),
        encoding="utf-8",
    )
    for extra in ((), ("--json",)):
        proc = _cli(str(hostile), *extra, env_home=home)
        assert proc.returncode == 0
        for bad in ("\x1b", "\x07", "\u202e", "\x9b"):
            assert bad not in proc.stdout and bad not in proc.stderr


def test_table_keeps_each_source_on_one_line_at_80_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    path = tmp_path / "copper_ridge_results_2026.txt"
    path.write_text("Copper Ridge Lifts Output And Dividend\n\n" + ARTICLE, encoding="utf-8")
    assert main(["stories", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert any(f"{path.name}:1-" in line for line in lines)
    assert lines[0].strip() == "1 story"


def test_summary_options_show_the_summary_in_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "a.txt"
    path.write_text("Copper Ridge Lifts Output And Dividend\n\n" + ARTICLE, encoding="utf-8")
    assert main(["stories", str(path)]) == 0
    plain = capsys.readouterr().out
    assert "•" not in plain and "412,000" not in plain
    for option in (["--sentences", "1"], ["--summarizer", "lead"], ["--ratio", "0.3"]):
        assert main(["stories", *option, str(path)]) == 0
        out = capsys.readouterr().out
        assert "• Copper Ridge Mining said on Monday" in out, option
    assert main(["stories", "--summarizer", "lead", "--sentences", "2", str(path)]) == 0
    assert capsys.readouterr().out.count("•") == 2


def test_summarizer_help_lists_its_choices(capsys: pytest.CaptureFixture[str]) -> None:
    from reader.summarize import ALGORITHMS

    with pytest.raises(SystemExit) as done:
        main(["stories", "--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert ", ".join(ALGORITHMS) in out
