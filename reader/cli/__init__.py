"""The ``newsdesk`` command: dispatch to the command modules, imported lazily.

``newsdesk [PATHS…]`` and ``newsdesk read`` open the reader (``read.py``), ``newsdesk stories``
lists the stories (``stories.py``), ``newsdesk brief`` writes the morning briefing
(``brief.py``); what they share is in ``common.py``. The command modules never import this
one. Errors are one line on stderr, never a traceback; exit codes are in ``common.py``.

The reader's start runs with the cyclic garbage collector paused (``paused_collector``): what
it allocates until the first frame (Textual's classes, the stylesheet, the library's first
rows) lives as long as the app, so those collections find nothing and cost about a tenth of
the CPU time to the first paint. The app turns it back on right after its first frame.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence

from reader.cli.common import (
    EXIT_CLUSTER,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    error,
)
from reader.ingest_dask import ClusterError

__all__ = ["COMMANDS", "main"]

COMMANDS = ("read", "stories", "brief", "library", "feeds", "refresh", "add")

HELP = """\
usage: newsdesk [read] [PATHS…] [--theme NAME] [--whole] [--scheduler ADDRESS]
       newsdesk stories [PATHS…] [--json] [--whole] [--summarizer NAME]
                        [--sentences N | --ratio R] [--no-library] [--scheduler ADDRESS]
       newsdesk brief [PATHS…] [-o FILE] [--since AGE | --date YYYY-MM-DD] [--top N]
                      [--words N] [--explain] [--copy] [--template NAME|FILE]
                      [--format markdown|json] [--no-library] [--scheduler ADDRESS]
       newsdesk library [list | remove PATH… | prune [--older-than AGE] [--missing]]
       newsdesk feeds add|list|remove|import|export …   newsdesk refresh [--offline]
       newsdesk add URL…

Read piles of article text as stories, in the terminal or as a morning briefing.

commands:
  read          the reader (the default): stories in the terminal (default: library + seeds)
  stories       list the stories split out of files (default: the bundled seeds)
  brief         write the morning briefing (default: the library's last day + seeds)
  library       list, remove or prune what the library holds
  feeds         follow RSS/Atom/JSON feeds: add, list, remove, import, export (OPML)
  refresh       fetch every feed followed (--offline: never touch the network)
  add           read web pages by URL into the library

reader options:
  --theme NAME  colour theme (remembered)
  --whole       treat each file as one story
  --scheduler ADDRESS
                read files on a Dask cluster, tcp://HOST:PORT (also $NEWSDESK_SCHEDULER;
                needs pip install 'newsdesk[dask]' here and on the workers)

other options:
  -h, --help    show this help; 'newsdesk COMMAND --help' shows a command's options
  -V, --version show the version

exit status: 0 some story came out (the reader: closed normally), 1 no story came out,
2 usage error (a bad option or path, the reader without a terminal), 3 the output could not
be written (disk full, I/O error), 4 the Dask cluster could not do the work, 130 interrupted;
the reader's is the app's own."""


def _runner(command: str) -> Callable[[Sequence[str]], int]:
    if command == "stories":
        from reader.cli.stories import run as run_stories

        return run_stories
    if command == "brief":
        from reader.cli.brief import run as run_brief

        return run_brief
    if command == "library":
        from reader.cli.library import run as run_library

        return run_library
    if command in ("feeds", "refresh", "add"):
        from reader.cli import feeds

        return {"feeds": feeds.run_feeds, "refresh": feeds.run_refresh}.get(command, feeds.run_add)
    from reader.cli.read import run as run_read

    return run_read


def _command(args: list[str]) -> str:
    """The command named by the first word (removed from ``args``), else "read".

    A first word that is neither a command nor an existing path is a usage error that names
    the closest command.
    """
    if not args:
        return "read"
    word = args[0]
    if word in COMMANDS:
        args.pop(0)
        return word
    from reader.cli.read import path_exists

    if word.startswith("-") or path_exists(word) or os.sep in word or "." in word:
        return "read"  # options or paths: the reader says which path is missing
    import difflib  # only for this message

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    if close:
        raise UsageError(f"unknown command {word!r} (did you mean '{close[0]}'?)")
    raise UsageError(
        f"{word}: no such command, file or directory (commands: {', '.join(COMMANDS)})"
    )


@contextlib.contextmanager
def paused_collector(command: str) -> Iterator[None]:
    """For the reader: the cyclic collector off until the app's first frame (the app turns it
    on; this makes sure of it on every other way out). Other commands run as they are."""
    paused = command == "read" and gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except BrokenPipeError:
        # stdout closed early (``newsdesk --help | head``): not an error worth a traceback; what
        # is still buffered goes nowhere, so the flush at exit cannot fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        with contextlib.suppress(OSError, ValueError):
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _main(args: list[str]) -> int:
    if args and args[0] in ("-V", "--version"):
        from reader import __version__

        print(f"newsdesk {__version__}")
        return EXIT_OK
    if args and args[0] in ("-h", "--help"):
        print(HELP)
        return EXIT_OK
    try:
        command = _command(args)
        with paused_collector(command):
            return _runner(command)(args)
    except UsageError as exc:
        error(exc.message, exc.prog)
        return EXIT_USAGE
    except ClusterError as exc:  # no scheduler there, no workers, workers without newsdesk
        error(str(exc))
        return EXIT_CLUSTER
    except KeyboardInterrupt:
        error("interrupted")
        return EXIT_INTERRUPTED
