"""The progress bar appears only on a terminal and only after the delay."""

from __future__ import annotations

import io

from reader.output.progress import DelayedProgress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_quick() -> None:
    stream = FakeTerminal()
    with DelayedProgress("Reading", delay=60.0, stream=stream) as progress:
        for n in range(1, 50):
            progress(n, 50)
    assert stream.getvalue() == ""


def test_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()
    with DelayedProgress("Reading", delay=0.0, stream=stream) as progress:
        for n in range(1, 5):
            progress(n, 5)
    assert stream.getvalue() == ""


def test_draws_on_a_terminal_after_the_delay() -> None:
    stream = FakeTerminal()
    with DelayedProgress("Reading", delay=0.0, stream=stream) as progress:
        for n in range(1, 5):
            progress(n, 5)
    assert "Reading" in stream.getvalue()
