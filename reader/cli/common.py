"""What every command shares: exit codes, usage errors, one-line messages, the parser, progress.

Exit status: 0 when some story came out (or the reader closed normally), 1 when none did,
2 for usage errors (a bad option, a missing path, the reader without a terminal), 3 when the
output could not be written (disk full, I/O error), 4 when the Dask cluster asked for with
``--scheduler`` could not do the work (see ``reader.ingest_dask``), 130 when interrupted.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from reader.output.progress import DELAY_SECONDS, DelayedProgress

if TYPE_CHECKING:  # imported by the parser's maker: the reader's start needs none with no options
    import argparse

EXIT_OK = 0
EXIT_NO_STORIES = 1
EXIT_USAGE = 2
EXIT_IO = 3
EXIT_CLUSTER = 4
EXIT_INTERRUPTED = 130

PROG = "newsdesk"


class UsageError(Exception):
    """A mistake in how a command was called (exit status 2), said by that command."""

    def __init__(self, message: str, prog: str = PROG) -> None:
        super().__init__(f"{prog}: {message}")
        self.message = message
        self.prog = prog


def make_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """A parser whose errors are UsageErrors (one line, exit status 2)."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            raise UsageError(message, self.prog)

    return Parser(prog=prog, description=description)


def add_scheduler_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="ingest on this Dask scheduler, tcp://HOST:PORT (default: $NEWSDESK_SCHEDULER,"
        " else this machine's cores)",
    )


def scheduler_arg(value: str | None, prog: str) -> str | None:
    """The ``--scheduler`` address, checked (a UsageError when it is no address)."""
    if value is None:
        return None
    from reader.ingest_dask import check_address

    try:
        return check_address(value)
    except ValueError as exc:
        raise UsageError(str(exc), prog) from None


def error(message: str, prog: str = PROG) -> None:
    """One line on stderr; control characters from file names never reach the terminal."""
    from reader.text.safe import clean_line

    print(f"{prog}: {clean_line(message)}", file=sys.stderr)


class StageProgress:
    """A delayed progress bar on stderr per stage ("Reading", "Summarising"): the service's
    ``progress(stage, done, total)``. Use as a context manager; the first stage's clock starts
    on entering, each later stage's when it begins."""

    def __init__(self) -> None:
        self._stage = ""
        self._bar: DelayedProgress | None = None
        self._started = 0.0

    def __enter__(self) -> StageProgress:
        self._started = time.monotonic()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._close()

    def _close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._bar is None or stage != self._stage:
            delay = DELAY_SECONDS
            if not self._stage:  # the first stage: its clock started on entering
                delay = max(0.0, delay - (time.monotonic() - self._started))
            self._close()
            self._stage = stage
            self._bar = DelayedProgress(stage, delay=delay).__enter__()
        self._bar.update(done, total)
