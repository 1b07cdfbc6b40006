"""Entry point for ``newsdesk [PATHS…]`` / ``newsdesk read``.

Arguments, the config file and the library are checked before Textual starts, so every
mistake is one line on stderr (exit 2), never a traceback inside a half-drawn screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.cli import EXIT_OK, EXIT_USAGE, error, make_parser


def run(argv: Sequence[str]) -> int:
    parser = make_parser(
        "newsdesk read", "Read stories in the terminal (default: library + seeds)."
    )
    parser.add_argument("paths", nargs="*", help="files, folders, globs, or - for stdin")
    parser.add_argument("--theme", default=None, metavar="NAME", help="colour theme (persists)")
    parser.add_argument("--whole", action="store_true", help="treat each file as one story")
    args = parser.parse_args(list(argv))
    from reader.keymap import ConfigError
    from reader.library import Library, LibraryError
    from reader.settings import load_settings

    try:
        settings = load_settings()
    except ConfigError as exc:
        error(str(exc))
        return EXIT_USAGE
    try:
        library = Library.open()
    except LibraryError as exc:
        error(f"{exc}; working without a saved library")
        library = Library.memory()
    if "-" in args.paths:
        error("the reader cannot read stdin (it needs the terminal); use 'newsdesk stories -'")
        return EXIT_USAGE
    from reader.tui.app import ReaderApp

    app = ReaderApp(
        list(args.paths),
        whole=args.whole,
        theme_name=args.theme,
        library=library,
        settings=settings,
    )
    try:
        app.run()
    finally:
        library.close()
    return EXIT_OK
