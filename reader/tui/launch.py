"""Entry point for `newsdesk` / `newsdesk read`.

Why: parse arguments and fail with one line before Textual starts;
the app module (and textual) is imported only when we really run.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.cli import make_parser


def run(argv: Sequence[str]) -> int:
    parser = make_parser("newsdesk read", "Read stories in a terminal UI.")
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--theme", default=None)
    parser.add_argument("--whole", action="store_true")
    args = parser.parse_args(list(argv))
    from reader.tui.app import ReaderApp

    ReaderApp(list(args.paths), whole=args.whole, theme_name=args.theme).run()
    return 0
