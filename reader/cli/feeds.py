"""``newsdesk feeds …``, ``newsdesk refresh`` and ``newsdesk add URL…``.

- ``feeds add URL…`` / ``feeds remove URL…`` / ``feeds list`` (last success, last error);
- ``feeds import FILE.opml`` / ``feeds export [-o FILE]`` (OPML 2.0, written atomically);
- ``refresh [--offline]``: fetch every feed; one feed's error is shown and recorded, the
  others go on. ``--offline`` (or ``$NEWSDESK_OFFLINE``) never touches the network;
- ``add URL… [--offline]``: fetch web pages and keep their articles as stories.

Exit status: 0 on success, 1 when nothing could be done, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader import desk
from reader.cli.common import EXIT_NO_STORIES, EXIT_OK, UsageError, error, make_parser

if TYPE_CHECKING:
    from reader.library.store import Library


def _check_url(url: str, prog: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"not an http(s) URL: {url!r}", prog)
    return url.strip()


def _library(args: argparse.Namespace) -> Library:
    return desk.open_library(saved=not getattr(args, "no_library", False), warn=error)


def run_feeds(argv: Sequence[str]) -> int:
    p = make_parser("newsdesk feeds", "Follow feeds: add, list, remove, import, export.")
    sub = p.add_subparsers(dest="action", required=True)
    a = sub.add_parser("add", help="follow feeds")
    a.add_argument("urls", nargs="+", metavar="URL")
    sub.add_parser("list", help="the feeds followed, with last success and last error")
    r = sub.add_parser("remove", help="stop following feeds (their stories stay)")
    r.add_argument("urls", nargs="+", metavar="URL")
    i = sub.add_parser("import", help="follow the feeds in an OPML file")
    i.add_argument("file", metavar="FILE.opml")
    e = sub.add_parser("export", help="the feeds as OPML 2.0")
    e.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically)")
    args = p.parse_args(list(argv))
    from reader.library import feeds as feed_table

    library = _library(args)
    try:
        if args.action == "add":
            urls = [_check_url(u, "newsdesk feeds add") for u in args.urls]
            new = feed_table.add(library, urls)
            for url in urls:
                print(f"{'added' if url in new else 'already followed'}: {_safe(url)}")
            return EXIT_OK
        if args.action == "remove":
            gone = feed_table.remove(library, args.urls)
            for url in args.urls:
                if url in gone:
                    print(f"removed: {_safe(url)}")
                else:
                    error(f"not followed: {url}")
            return EXIT_OK if gone else EXIT_NO_STORIES
        if args.action == "list":
            return _list(library)
        if args.action == "import":
            return _import(library, args.file)
        return _export(library, args.output)
    finally:
        library.close()


def _safe(text: str) -> str:
    from reader.text.safe import clean_line

    return clean_line(text)


def _list(library: Library) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from reader.library import feeds as feed_table

    rows = feed_table.feeds(library)
    if not rows:
        error("no feeds followed (newsdesk feeds add URL)")
        return EXIT_NO_STORIES
    table = Table(title=f"{len(rows)} feed{'s' * (len(rows) != 1)}", title_justify="left")
    for column in ("Feed", "Items", "Last success", "Last error"):
        table.add_column(column, overflow="fold")
    for f in rows:
        name = Text(_safe(f.title or f.url))
        if f.title:
            name.append("\n" + _safe(f.url), style="dim")
        err = Text("")
        if f.last_error:
            err = Text(f"{_safe(f.last_error_at or '')} {_safe(f.last_error)}", style="red")
        table.add_row(name, str(f.items), Text(f.last_success or "never"), err)
    Console(highlight=False).print(table)
    return EXIT_OK


def _import(library: Library, path: str) -> int:
    from reader.library import feeds as feed_table
    from reader.sources.opml import OpmlError, parse_opml
    from reader.story.load import Problem, read_bytes

    data = read_bytes(path)
    if isinstance(data, Problem):
        error(str(data))
        return EXIT_NO_STORIES
    try:
        outlines = parse_opml(data)
    except OpmlError as exc:
        error(f"{path}: {exc}")
        return EXIT_NO_STORIES
    good = [o for o in outlines if urlsplit(o.url).scheme in ("http", "https")]
    for o in outlines:
        if o not in good:
            error(f"{path}: skipped (not an http(s) URL): {o.url}")
    new = feed_table.add(library, [o.url for o in good], {o.url: o.title for o in good if o.title})
    print(f"{len(new)} feed{'s' * (len(new) != 1)} added, {len(good) - len(new)} already followed")
    return EXIT_OK if good else EXIT_NO_STORIES


def _export(library: Library, output: str | None) -> int:
    from reader.library import feeds as feed_table
    from reader.sources.opml import Outline, write_opml

    rows = feed_table.feeds(library)
    text = write_opml([Outline(f.url, f.title, f.site) for f in rows], created=feed_table.now())
    if output:
        from briefing.output import write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:
            error(f"{output}: cannot write ({exc.strerror or exc})")
            return EXIT_NO_STORIES
    else:
        sys.stdout.write(text)
    return EXIT_OK


def run_refresh(argv: Sequence[str]) -> int:
    p = make_parser("newsdesk refresh", "Fetch every followed feed; new items become stories.")
    p.add_argument("--offline", action="store_true", help="never touch the network")
    args = p.parse_args(list(argv))
    from reader.library import feeds as feed_table
    from reader.sources.http import offline_forced

    library = _library(args)
    try:
        rows = feed_table.feeds(library)
        if not rows:
            error("no feeds followed (newsdesk feeds add URL)")
            return EXIT_NO_STORIES
        if args.offline or offline_forced():
            print(f"offline: {len(rows)} feed{'s' * (len(rows) != 1)} not fetched")
            return EXIT_OK
        from reader.output.progress import DelayedProgress
        from reader.sources.refresh import refresh

        with DelayedProgress("Refreshing") as progress:
            report = refresh(library, progress=progress)
        for url, why in report.failed:
            error(f"{url}: {why}")
        ok = report.feeds - len(report.failed)
        print(
            f"{ok} of {report.feeds} feeds refreshed ({report.not_modified} unchanged),"
            f" {report.new_items} new items, {report.added} new stories"
            + (f", {report.pages} article pages fetched" if report.pages else "")
        )
        return EXIT_OK if ok else EXIT_NO_STORIES
    finally:
        library.close()


def run_add(argv: Sequence[str]) -> int:
    p = make_parser("newsdesk add", "Fetch web pages and keep their articles as stories.")
    p.add_argument("urls", nargs="+", metavar="URL")
    p.add_argument("--offline", action="store_true", help="never touch the network")
    args = p.parse_args(list(argv))
    urls = [_check_url(u, "newsdesk add") for u in args.urls]
    from reader.sources.http import offline_forced

    if args.offline or offline_forced():
        error("offline: pages not fetched")
        return EXIT_NO_STORIES
    from reader.sources.pages import add_pages

    library = _library(args)
    try:
        stories, problems = add_pages(library, urls)
        for problem in problems:
            error(problem)
        for story in stories:
            print(f"added: {_safe(story.title)} — {_safe(story.url or '')}")
        return EXIT_OK if stories else EXIT_NO_STORIES
    finally:
        library.close()
