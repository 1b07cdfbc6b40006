"""The reader ends when its terminal goes away (reader/tui/hangup.py): a hung-up terminal is
seen by the one-second check, and the app is told to exit with 129 (session 53: a reader in a
killed tmux session spun a core for twenty minutes)."""

from __future__ import annotations

import os
import pty
from collections.abc import Callable
from typing import Any

import pytest

from reader.tui import hangup


class _FakeApp:
    """What watch_terminal asks of an app: a timer and an exit."""

    def __init__(self) -> None:
        self.is_running = True
        self.checks: list[Callable[[], None]] = []
        self.exited: list[int | None] = []

    def set_interval(self, seconds: float, callback: Callable[[], None], **_: Any) -> None:
        assert seconds == hangup.CHECK_SECONDS
        self.checks.append(callback)

    def exit(self, return_code: int | None = None) -> None:
        self.exited.append(return_code)


def test_a_hung_up_terminal_is_seen() -> None:
    master, slave = pty.openpty()
    try:
        assert not hangup.hung_up(slave)
        os.close(master)
        assert hangup.hung_up(slave)
    finally:
        os.close(slave)


def test_the_reader_exits_when_its_terminal_hangs_up(monkeypatch: pytest.MonkeyPatch) -> None:
    master, slave = pty.openpty()
    monkeypatch.setattr(hangup, "terminal_fd", lambda: slave)
    app = _FakeApp()
    try:
        hangup.watch_terminal(app)  # type: ignore[arg-type]
        assert len(app.checks) == 1
        app.checks[0]()
        assert app.exited == []  # the terminal is still there
        os.close(master)
        app.checks[0]()
        assert app.exited == [hangup.HANGUP_STATUS] == [129]
    finally:
        os.close(slave)


def test_a_reader_without_a_terminal_is_not_watched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hangup, "terminal_fd", lambda: None)
    app = _FakeApp()
    hangup.watch_terminal(app)  # type: ignore[arg-type]
    assert app.checks == []


def test_input_from_a_pipe_is_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    read, write = os.pipe()
    try:
        with os.fdopen(os.dup(read)) as stream:
            monkeypatch.setattr("sys.__stdin__", stream)
            assert hangup.terminal_fd() is None
    finally:
        os.close(read)
        os.close(write)
