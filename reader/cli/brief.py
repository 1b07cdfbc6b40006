"""``newsdesk brief``: the morning briefing as Markdown (default) or JSON.

No paths: every story in the library plus the bundled seeds. Paths are read through the
library too, so unchanged files are not split again and summaries and figures come from its
cache. Exit status: see ``reader.cli.common`` (3 when ``-o`` cannot be written).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from reader import desk
from reader.cli.common import (
    EXIT_IO,
    EXIT_NO_STORIES,
    EXIT_OK,
    EXIT_USAGE,
    StageProgress,
    UsageError,
    add_scheduler_option,
    error,
    make_parser,
    scheduler_arg,
)

PROG = "newsdesk brief"
FORMATS = ("markdown", "json")


@dataclass(frozen=True, slots=True)
class BriefArgs:
    paths: tuple[str, ...]
    output: str | None  # None: stdout
    date: str  # YYYY-MM-DD: the briefing's date
    day: str | None  # --date: only the stories dated this day
    since: str | None  # --since: only the stories dated since (ISO date-time)
    words: int  # word budget (0: none)
    explain: bool
    top: int
    copy: bool
    template: str | None
    format: str  # one of FORMATS
    no_library: bool
    scheduler: str | None = None  # a Dask scheduler's address: ingest on its cluster


def make_brief_parser() -> argparse.ArgumentParser:
    p = make_parser(PROG, "Write the morning briefing.")
    p.add_argument(
        "paths", nargs="*", help="files, folders, globs, - for stdin (default: library + seeds)"
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout"
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="brief the stories dated this day")
    p.add_argument("--since", metavar="AGE", help="brief stories dated since: 24h, 7d, YYYY-MM-DD")
    p.add_argument("--words", type=int, default=800, metavar="N", help="word budget (0: none)")
    p.add_argument("--explain", action="store_true", help="show why each story is on top")
    p.add_argument("--top", type=int, default=5, metavar="N", help="top stories (default 5)")
    p.add_argument("--copy", action="store_true", help="also put the briefing on the clipboard")
    p.add_argument(
        "--template", metavar="NAME|FILE", help="default, short, email, or a Jinja2 file"
    )
    p.add_argument("--format", choices=FORMATS, default="markdown")
    p.add_argument("--no-library", action="store_true", help="do not use the saved library")
    add_scheduler_option(p)
    return p


def parse_args(argv: Sequence[str]) -> BriefArgs:
    ns = make_brief_parser().parse_args(list(argv))
    top: int = ns.top
    if top < 1:
        raise UsageError("--top must be at least 1", PROG)
    output: str | None = ns.output
    if output is not None and not output.strip():
        raise UsageError("-o needs a file name", PROG)
    words: int = ns.words
    if words < 0:
        raise UsageError("--words must be 0 (no budget) or more", PROG)
    from reader.story.dates import parse_day, parse_since

    try:
        day = None if ns.date is None else parse_day(ns.date)
        since = None if ns.since is None else parse_since(ns.since, dt.datetime.now())
    except ValueError as exc:
        raise UsageError(str(exc), PROG) from None
    return BriefArgs(
        paths=tuple(ns.paths),
        output=output,
        date=day or dt.date.today().isoformat(),
        day=day,
        since=since,
        words=words,
        explain=bool(ns.explain),
        top=top,
        copy=bool(ns.copy),
        template=ns.template,
        format=str(ns.format),
        no_library=bool(ns.no_library),
        scheduler=scheduler_arg(ns.scheduler, PROG),
    )


def _write(args: BriefArgs, text: str) -> int:
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    from briefing.output import write_atomic

    try:
        write_atomic(args.output, text)
    except OSError as exc:
        error(f"cannot write {args.output}: {exc.strerror or exc}", PROG)
        return EXIT_IO
    return EXIT_OK


def _copy(text: str) -> None:
    from reader.output.clipboard import copy_text

    methods = copy_text(text)
    if methods:
        print(f"newsdesk: briefing copied to the clipboard ({', '.join(methods)})", file=sys.stderr)
    else:
        error("--copy: no clipboard tool found (install wl-copy, xclip or xsel)")


def run(argv: Sequence[str]) -> int:
    from briefing.render import TemplateProblem, render_json, render_markdown
    from reader.ingest_dask import using_scheduler
    from reader.library.schema import LibraryError

    args = parse_args(argv)
    try:
        library = desk.open_library(saved=not args.no_library, warn=error)
        try:
            with using_scheduler(args.scheduler), StageProgress() as progress:
                found = desk.gather(
                    library,
                    args.paths,
                    everything=True,
                    summaries=desk.SummaryOptions(),
                    progress=progress,
                )
            gathered = list(found.stories)  # read while the library is open
        finally:
            library.close()
    except LibraryError as exc:  # busy, damaged, full: one line, never a traceback
        error(str(exc))
        return EXIT_NO_STORIES
    for problem in found.problems:
        error(problem)
    if not gathered:
        error("no stories to brief")
        return EXIT_NO_STORIES
    from briefing.budget import fit
    from briefing.select import select

    stories, notice = select(
        gathered, since=args.since, day=args.day, default_last_day=not args.paths
    )
    if notice:
        error(notice)
    briefing = desk.brief(stories, args.date, top=args.top, explain=args.explain)
    try:
        briefing = fit(briefing, lambda b: render_markdown(b, args.template), args.words)
        if args.format == "json":
            text = render_json(briefing)
        else:
            text = render_markdown(briefing, args.template)
    except TemplateProblem as exc:
        error(str(exc))
        return EXIT_USAGE
    code = _write(args, text)
    if code == EXIT_OK and args.copy:
        _copy(text)
    return code
