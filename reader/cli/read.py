"""``newsdesk [PATHS…]`` / ``newsdesk read``: the reader.

Arguments, the terminal, the config file and the library are checked before Textual starts,
so every mistake is one line on stderr (exit 2), never a traceback inside a half-drawn screen
and never a full-screen app drawing into a pipe. The exit status is the app's.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from reader import desk
from reader.cli.common import (
    EXIT_USAGE,
    UsageError,
    add_scheduler_option,
    error,
    make_parser,
    scheduler_arg,
)

if TYPE_CHECKING:
    import argparse

PROG = "newsdesk read"


class ReadArgs(NamedTuple):
    """The reader's arguments (a named tuple: cheaper to define at import than a dataclass)."""

    paths: tuple[str, ...]
    theme: str | None
    whole: bool
    scheduler: str | None = None  # a Dask scheduler's address: ingest on its cluster


def make_read_parser() -> argparse.ArgumentParser:
    p = make_parser(PROG, "Read stories in the terminal (default: library + seeds).")
    p.add_argument("paths", nargs="*", help="files, folders or globs")
    p.add_argument("--theme", default=None, metavar="NAME", help="colour theme (persists)")
    p.add_argument("--whole", action="store_true", help="treat each file as one story")
    add_scheduler_option(p)
    return p


def path_exists(path: str) -> bool:
    """An existing file or folder, or a glob that matches something."""
    if os.path.lexists(path):
        return True
    return any(c in path for c in "*?[") and bool(glob.glob(path, recursive=True))


def parse_args(argv: Sequence[str]) -> ReadArgs:
    if not argv:  # ``newsdesk`` alone (``make run``): what the parser would say, without it
        return ReadArgs((), None, False)
    ns = make_read_parser().parse_args(list(argv))
    paths = tuple(str(p) for p in ns.paths)
    if "-" in paths:
        raise UsageError(
            "the reader cannot read stdin (it needs the terminal); use 'newsdesk stories -'"
        )
    for path in paths:
        if not path_exists(path):
            raise UsageError(f"{path}: no such file or directory")
    return ReadArgs(paths, ns.theme, bool(ns.whole), scheduler_arg(ns.scheduler, PROG))


def has_terminal() -> bool:
    """The reader draws on stdout and reads keys from stdin: both must be a terminal."""
    return all(stream is not None and stream.isatty() for stream in (sys.stdin, sys.stdout))


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if not has_terminal():
        error(
            "the reader needs a terminal on stdin and stdout;"
            " use 'newsdesk stories' or 'newsdesk brief' in pipes and scripts"
        )
        return EXIT_USAGE
    from reader.settings.keymap import ConfigError
    from reader.settings.user import load_settings

    try:
        settings = load_settings()
    except ConfigError as exc:
        error(str(exc))
        return EXIT_USAGE
    from reader.ingest_dask import check_cluster, scheduler_address, using_scheduler

    with using_scheduler(args.scheduler):
        address = scheduler_address()
        if address is not None:  # unreachable or without workers: one line, before the screen
            check_cluster(address)
        library = desk.open_library(warn=error)
        from reader.tui.launch import launch

        return launch(
            list(args.paths),
            whole=args.whole,
            theme=args.theme,
            library=library,
            settings=settings,
        )
