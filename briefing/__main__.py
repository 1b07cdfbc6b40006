"""``python -m briefing``: same as ``newsdesk brief`` (the command lives in ``reader.cli``)."""

import sys

from reader.cli import main

raise SystemExit(main(["brief", *sys.argv[1:]]))
