"""``newsdesk`` itself: help, the first word (command, path, or a typo), the reader refusing
to start without a terminal, and the reader's exit status being the app's."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli.read import has_terminal


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NEWSDESK_CONFIG", str(tmp_path / "config.toml"))
    return tmp_path / "home"


def newsdesk(
    *args: str, home: Path, stdin: int | None = subprocess.DEVNULL
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NEWSDESK_HOME=str(home), NEWSDESK_CONFIG=str(home / "config.toml"))
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        stdin=stdin,
        capture_output=True,  # stdout is a pipe
        text=True,
        timeout=120,
        env=env,
    )


def test_top_level_help_shows_commands_and_reader_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("read", "stories", "brief", "--theme", "--whole", "--no-library", "exit status"):
        assert word in out


def test_a_mistyped_command_suggests_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brif"]) == 2
    assert main(["storeis", "--json"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "newsdesk: unknown command 'brif' (did you mean 'brief'?)",
        "newsdesk: unknown command 'storeis' (did you mean 'stories'?)",
    ]


def test_a_word_like_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["xyzzy"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "xyzzy" in line and "read, stories, brief" in line


def test_a_missing_path_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "nonexistent")]) == 2
    assert main(["read", str(tmp_path / "nonexistent")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all("nonexistent: no such file or directory" in e for e in err)


def test_an_existing_file_named_like_a_typo_is_read_not_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brif").write_text("a file, not a command\n")
    assert main(["brif"]) == 2  # the reader is asked for, but there is no terminal here
    assert "needs a terminal" in capsys.readouterr().err


def test_has_terminal_needs_both_stdin_and_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stream:
        def __init__(self, tty: bool) -> None:
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    for stdin, stdout, expected in ((True, True, True), (True, False, False), (False, True, False)):
        monkeypatch.setattr(sys, "stdin", Stream(stdin))
        monkeypatch.setattr(sys, "stdout", Stream(stdout))
        assert has_terminal() is expected


def test_the_reader_refuses_to_start_without_a_terminal(home: Path) -> None:
    for args in ((), ("read",)):
        proc = newsdesk(*args, home=home)  # stdin /dev/null, stdout a pipe
        assert proc.returncode == 2
        assert proc.stdout == ""  # not one escape code
        [line] = proc.stderr.splitlines()
        assert line.startswith("newsdesk: the reader needs a terminal")


def test_a_typo_without_a_terminal_is_a_usage_error_not_a_reader(home: Path) -> None:
    proc = newsdesk("brif", home=home)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == "newsdesk: unknown command 'brif' (did you mean 'brief'?)\n"


def test_a_nonexistent_path_is_an_error_not_an_empty_reader(home: Path) -> None:
    proc = newsdesk("/nonexistent", home=home)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == "newsdesk: /nonexistent: no such file or directory\n"


def test_the_reader_starts_with_the_collector_paused_and_other_commands_do_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader's start runs with the cyclic collector off (the app turns it on after its
    first frame); whatever way the command ends, it is on again. Other commands keep it."""
    import gc

    import reader.cli.read
    import reader.cli.stories

    seen: dict[str, bool] = {}

    def fake(name: str, status: int) -> Callable[[Sequence[str]], int]:
        def run(argv: Sequence[str]) -> int:
            seen[name] = gc.isenabled()
            if status < 0:
                raise KeyboardInterrupt
            return status

        return run

    assert gc.isenabled()
    monkeypatch.setattr(reader.cli.read, "run", fake("read", 0))
    monkeypatch.setattr(reader.cli.stories, "run", fake("stories", 0))
    assert main([]) == 0 and seen["read"] is False and gc.isenabled()
    assert main(["stories"]) == 0 and seen["stories"] is True and gc.isenabled()
    monkeypatch.setattr(reader.cli.read, "run", fake("interrupted", -1))
    assert main(["read"]) == 130 and seen["interrupted"] is False and gc.isenabled()


@pytest.mark.parametrize("args", [("--help",), ("stories",)])
def test_a_reader_that_closes_stdout_early_gets_no_traceback(
    args: tuple[str, ...], home: Path
) -> None:
    """``newsdesk --help | head -1``: the pipe closes after the first line; the command ends
    quietly instead of with a BrokenPipeError traceback (status 0, or 1 where Rich's console
    meets the closed pipe first and exits as it does)."""
    env = dict(os.environ, NEWSDESK_HOME=str(home), NEWSDESK_CONFIG=str(home / "config.toml"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(1)  # the command has started writing ...
    proc.stdout.close()  # ... and the reader goes away
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) in (0, 1)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
