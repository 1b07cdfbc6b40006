"""A progress bar on stderr that appears only once work has taken more than a second.

Quick runs stay silent, and nothing is drawn when stderr is not a terminal (pipes, CI logs).
Use as a context manager; call ``update(done, total)`` as work proceeds.
"""

from __future__ import annotations

import sys
import time
from typing import Any

DELAY_SECONDS = 1.0


class DelayedProgress:
    def __init__(self, label: str, *, delay: float = DELAY_SECONDS, stream: Any = None) -> None:
        self._label = label
        self._delay = delay
        self._stream = stream if stream is not None else sys.stderr
        self._start = time.monotonic()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> DelayedProgress:
        self._start = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __call__(self, done: int, total: int) -> None:
        self.update(done, total)

    def _enabled(self) -> bool:
        isatty = getattr(self._stream, "isatty", None)
        return bool(isatty and isatty())

    def update(self, done: int, total: int) -> None:
        if self._bar is None:
            if time.monotonic() - self._start < self._delay or not self._enabled():
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            console = Console(file=self._stream, stderr=True)
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=console,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(self._label, total=total)
        self._bar.update(self._task, completed=done, total=total)
