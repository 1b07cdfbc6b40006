"""``python -m briefing``: same as ``newsdesk brief``."""

from __future__ import annotations

import sys

from reader.cli import EXIT_USAGE, UsageError, error


def main() -> int:
    from briefing.cli import run

    try:
        return run(sys.argv[1:])
    except UsageError as exc:
        error(str(exc))
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
