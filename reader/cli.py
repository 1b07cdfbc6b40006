"""The ``newsdesk`` command: dispatch to subcommands, each in its own module, imported lazily.

``newsdesk [PATHS…]`` and ``newsdesk read`` open the reader, ``newsdesk stories`` lists the
stories, ``newsdesk brief`` writes the morning briefing. Exit status: 0 when some story came
out, 1 when none did, 2 for usage errors. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

EXIT_OK = 0
EXIT_NO_STORIES = 1
EXIT_USAGE = 2

COMMANDS = ("read", "stories", "brief", "feeds", "refresh", "add")


class UsageError(Exception):
    """A mistake in how the command was called (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def make_parser(prog: str, description: str) -> argparse.ArgumentParser:
    return _Parser(prog=prog, description=description)


def error(message: str) -> None:
    """One line on stderr; control characters from file names never reach the terminal."""
    from reader.textsafe import clean_line

    print(f"newsdesk: {clean_line(message)}", file=sys.stderr)


def _runner(command: str) -> Callable[[Sequence[str]], int]:
    if command == "stories":
        from reader.cmd_stories import run as run_stories

        return run_stories
    if command == "brief":
        from briefing.cli import run as run_brief

        return run_brief
    if command in ("feeds", "refresh", "add"):  # issue 17: feeds, pages (reader/cmd_feeds.py)
        from reader import cmd_feeds

        return {"feeds": cmd_feeds.run_feeds, "refresh": cmd_feeds.run_refresh}.get(
            command, cmd_feeds.run_add
        )
    from reader.tui.launch import run as run_read

    return run_read


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-V", "--version"):
        from reader import __version__

        print(f"newsdesk {__version__}")
        return EXIT_OK
    if args and args[0] in ("-h", "--help"):
        print(
            "usage: newsdesk [read] [PATHS…] | newsdesk stories [PATHS…] [--json] [--whole]"
            " | newsdesk brief [PATHS…] [-o FILE]\n"
            "       newsdesk feeds add|list|remove|import|export | newsdesk refresh [--offline]"
            " | newsdesk add URL…\n\n"
            "Run 'newsdesk COMMAND --help' for a command's options."
        )
        return EXIT_OK
    command = "read"
    if args and args[0] in COMMANDS:
        command = args.pop(0)
    try:
        return _runner(command)(args)
    except UsageError as exc:
        error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        # stdout closed early (``newsdesk stories | head``): not an error worth a traceback
        sys.stderr.close()
        return EXIT_OK
