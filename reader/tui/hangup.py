"""The reader ends when its terminal goes away.

A closed terminal window, a dropped SSH session or a killed tmux pane leaves the process with a
terminal that is hung up: Textual's input thread then finds its input always "ready" with
nothing to read and loops at full speed on one core, and the app never hears of it (seen in
session 53: a reader left in a killed tmux session used a whole core for twenty minutes). A
SIGHUP ends the app cleanly where one arrives; where none does (the terminal's session leader is
another program, as `make run` is), a one-second check of the input's terminal does
(``os.isatty`` is false once the terminal hangs up). A reader started without a terminal (the
tests' headless pilot, a pipe) is not watched. Whatever the reader had saved stays saved: every
write to the library is its own transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from typing import Any

from textual.app import App

CHECK_SECONDS = 1.0
# the exit status of a process its terminal's hangup ended (128 + SIGHUP)
HANGUP_STATUS = 128 + int(signal.SIGHUP)


def terminal_fd() -> int | None:
    """The descriptor of the terminal the reader reads keys from, or None when its input is
    no terminal (a pipe, the tests)."""
    stdin = sys.__stdin__
    try:
        fd = stdin.fileno() if stdin is not None else -1
    except (AttributeError, ValueError, OSError):
        return None
    return fd if fd >= 0 and os.isatty(fd) else None


def hung_up(fd: int) -> bool:
    """Whether the terminal on ``fd`` has gone away."""
    try:
        return not os.isatty(fd)
    except OSError:
        return True


def watch_terminal(app: App[Any]) -> None:
    """End ``app`` (exit status ``HANGUP_STATUS``) when its terminal goes away: on SIGHUP, and
    at the first check that finds the terminal hung up."""
    fd = terminal_fd()
    if fd is None:
        return

    def end() -> None:
        if app.is_running:
            app.exit(return_code=HANGUP_STATUS)

    def check() -> None:
        if hung_up(fd):
            end()

    app.set_interval(CHECK_SECONDS, check, name="terminal-watch")
    # (no SIGHUP on this system, or not on the main thread: the check alone)
    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError, AttributeError):
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, end)
