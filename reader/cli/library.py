"""``newsdesk library``: what the library holds, and keeping it current.

``newsdesk library`` lists every source file with its story count, the dates of its stories
and whether the file is gone, then the library's size. ``library remove PATH…`` forgets files
(or folders) and their stories; ``library prune --older-than 30d`` deletes stories dated before
then (starred ones kept unless ``--include-starred``); ``library prune --missing`` deletes the
stories of files that are gone. Exit 0, or 2 for usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.cli.common import EXIT_OK, EXIT_USAGE, UsageError, error, make_parser

if TYPE_CHECKING:
    from reader.library.store import Library


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = make_parser("newsdesk library", "List, remove or prune the stories in your library.")
    sub = p.add_subparsers(dest="action")
    sub.add_parser("list", help="sources with story counts and dates (the default)")
    rm = sub.add_parser("remove", help="forget files or folders and their stories")
    rm.add_argument("paths", nargs="+", metavar="PATH")
    pr = sub.add_parser("prune", help="delete old stories, or those whose file is gone")
    pr.add_argument("--older-than", metavar="AGE", help="e.g. 30d, 2w, 48h or YYYY-MM-DD")
    pr.add_argument("--missing", action="store_true", help="stories whose file is gone")
    pr.add_argument("--include-starred", action="store_true", help="prune starred ones too")
    args = p.parse_args(list(argv))
    if args.action == "prune" and not (args.older_than or args.missing):
        raise UsageError("give --older-than AGE and/or --missing", "newsdesk library prune")
    if args.action == "prune" and args.older_than:
        from reader.story.dates import parse_since

        try:
            args.cutoff = parse_since(args.older_than, dt.datetime.now())
        except ValueError as exc:
            raise UsageError(f"--older-than: {exc}", "newsdesk library prune") from None
    return args


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _size(n: int) -> str:
    if n < 1024:
        return f"{n:,} bytes"
    value = n / 1024
    for unit in ("KiB", "MiB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"


def _list(library: Library) -> None:
    from reader.cli.stories import display_path
    from reader.library.maint import library_bytes, mark_missing, sources
    from reader.text.safe import clean_line

    mark_missing(library)
    infos = sources(library)
    for info in infos:
        dates = info.oldest if info.oldest == info.newest else f"{info.oldest} – {info.newest}"
        flag = "  (file gone)" if info.missing else ""
        print(f"{info.stories:6d}  {dates or '-':23}  {clean_line(display_path(info.path))}{flag}")
    total = library.count()
    print(
        f"{_count(total, 'story', 'stories')} from {_count(len(infos), 'source', 'sources')};"
        f" library {_size(library_bytes(library))} ({library.path})"
    )


def run(argv: Sequence[str]) -> int:
    from reader import desk
    from reader.library.maint import library_bytes, prune, remove
    from reader.library.store import LibraryError

    args = parse_args(argv)
    try:
        library = desk.open_saved_library()
    except LibraryError as exc:
        error(str(exc))
        return EXIT_USAGE
    with library:
        if args.action == "remove":
            unknown, gone = remove(library, list(args.paths))
            for path in unknown:
                error(f"{path}: not in the library")
            print(f"removed {_count(gone, 'story', 'stories')}; {library.count():,} left")
            return EXIT_USAGE if unknown and len(unknown) == len(args.paths) else EXIT_OK
        if args.action == "prune":
            gone = prune(
                library,
                older_than=getattr(args, "cutoff", None),
                missing=args.missing,
                include_starred=args.include_starred,
            )
            print(
                f"pruned {_count(gone, 'story', 'stories')}; {library.count():,} left;"
                f" library {_size(library_bytes(library))}"
            )
            return EXIT_OK
        _list(library)
    return EXIT_OK
