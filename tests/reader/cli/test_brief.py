"""``newsdesk brief``'s command line: typed arguments, ``-o`` refused when empty, output that
cannot be written (exit 3, one line), and ``python -m briefing`` as a shim."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli.brief import BriefArgs, parse_args

ARTICLE = (
    "Zentrix posts record quarter\n\n"
    "Zentrix Holdings said on Tuesday that revenue rose 5% to $34.81 billion in the quarter. "
    "The company also said net income was $2.1 billion. Analysts had expected less.\n"
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSDESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "news.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def test_arguments_become_a_typed_record() -> None:
    args = parse_args(["a.txt", "-o", "out.md", "--date", "2026-01-02", "--top", "3"])
    assert args == BriefArgs(
        paths=("a.txt",),
        output="out.md",
        date="2026-01-02",
        day="2026-01-02",
        since=None,
        words=800,
        explain=False,
        top=3,
        copy=False,
        template=None,
        format="markdown",
        no_library=False,
    )


def test_an_empty_output_name_is_a_usage_error(
    article: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["brief", article, "-o", ""]) == 2
    out, err = capsys.readouterr()
    assert out == ""  # not written to stdout instead
    assert err == "newsdesk brief: -o needs a file name\n"


def test_usage_errors_name_the_command_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", "--top", "0"]) == 2
    assert main(["brief", "--date", "yesterday"]) == 2
    assert main(["brief", "--bogus"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    assert all(e.startswith("newsdesk brief: ") and "newsdesk: " not in e for e in err)


def test_disk_full_on_output_is_exit_3_in_one_line(
    article: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "brief.md"
    assert main(["brief", article, "-o", str(target), "--no-library"]) == 3
    err = capsys.readouterr().err
    assert err == f"newsdesk brief: cannot write {target}: No space left on device\n"
    assert not target.exists()


def test_an_unwritable_output_is_exit_3_without_a_traceback(article: str, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "brief.md"
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "brief", article, "-o", str(target), "--no-library"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 3
    assert proc.stderr.startswith("newsdesk brief: cannot write ") and proc.stderr.count("\n") == 1


def test_python_m_briefing_is_newsdesk_brief(article: str, tmp_path: Path) -> None:
    env = dict(os.environ, NEWSDESK_HOME=str(tmp_path / "home"))
    args = [article, "--date", "2026-01-02", "--no-library"]
    shim = subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, env=env
    )
    real = subprocess.run(
        [sys.executable, "-m", "reader", "brief", *args], capture_output=True, text=True, env=env
    )
    assert shim.returncode == real.returncode == 0
    assert shim.stdout == real.stdout and "Zentrix" in shim.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "briefing", "--top", "0"], capture_output=True, text=True, env=env
    )
    assert (bad.returncode, bad.stderr) == (2, "newsdesk brief: --top must be at least 1\n")
