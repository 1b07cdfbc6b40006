"""``newsdesk brief``: the morning briefing as Markdown (default) or JSON.

No paths: every story in the library plus the bundled seeds. Paths are read through the
library too, so unchanged files are not split again and summaries and figures come from its
cache. Exit 0 on success, 1 when no story came out, 2 on usage errors.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence

from reader.cli import EXIT_NO_STORIES, EXIT_OK, EXIT_USAGE, UsageError, error, make_parser
from reader.model import Story


def _parse(argv: Sequence[str]) -> object:
    p = make_parser("newsdesk brief", "Write the morning briefing.")
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
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.add_argument("--no-library", action="store_true", help="do not use the saved library")
    args = p.parse_args(list(argv))
    if args.top < 1:
        raise UsageError("newsdesk brief: --top must be at least 1")
    from reader.story_dates import parse_day, parse_since

    try:
        args.day = None if args.date is None else parse_day(args.date)
        args.cutoff = None if args.since is None else parse_since(args.since, dt.datetime.now())
    except ValueError as exc:
        raise UsageError(f"newsdesk brief: {exc}") from None
    args.date = args.day or dt.date.today().isoformat()
    return args


def load_stories(paths: list[str], use_library: bool) -> tuple[list[Story], list[str]]:
    """The stories to brief (enriched, from the library cache when possible) and the problems.

    No paths: everything in the library plus the bundled seeds. With ``use_library`` False a
    throwaway in-memory library is used, so nothing is saved.
    """
    from reader.cmd_stories import default_paths, open_library
    from reader.enrich import enrich
    from reader.progress import DelayedProgress

    library = open_library(not use_library)
    try:
        with DelayedProgress("Reading") as progress:
            result = library.ingest(paths or default_paths(), progress=progress)
        ids = list(result.ids)
        if not paths:
            ids = [row.id for row in library.rows()]
        stories = library.stories(ids)
        with DelayedProgress("Summarising") as progress:
            for n, story in enumerate(stories, 1):
                enrich(story, library)
                progress(n, len(stories))
    finally:
        library.close()
    return stories, [str(p) for p in result.problems]


def run(argv: Sequence[str]) -> int:
    from briefing.budget import fit
    from briefing.build import build_briefing
    from briefing.render import TemplateProblem, render_json, render_markdown
    from briefing.select import select

    args = _parse(argv)
    stories, problems = load_stories(list(args.paths), not args.no_library)  # type: ignore[attr-defined]
    for problem in problems:
        error(problem)
    if not stories:
        error("no stories to brief")
        return EXIT_NO_STORIES
    since, day = args.cutoff, args.day  # type: ignore[attr-defined]
    stories, notice = select(stories, since=since, day=day, default_last_day=not args.paths)  # type: ignore[attr-defined]
    if notice:
        error(notice)
    briefing = build_briefing(stories, args.date, top=args.top, explain=args.explain)  # type: ignore[attr-defined]
    try:
        briefing = fit(briefing, lambda b: render_markdown(b, args.template), args.words)  # type: ignore[attr-defined]
        if args.format == "json":  # type: ignore[attr-defined]
            text = render_json(briefing)
        else:
            text = render_markdown(briefing, args.template)  # type: ignore[attr-defined]
    except TemplateProblem as exc:
        error(str(exc))
        return EXIT_USAGE
    if args.output:  # type: ignore[attr-defined]
        from briefing.output import write_atomic

        try:
            write_atomic(args.output, text)  # type: ignore[attr-defined]
        except OSError as exc:
            error(f"cannot write {args.output}: {exc.strerror or exc}")  # type: ignore[attr-defined]
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    if args.copy:  # type: ignore[attr-defined]
        from reader.clipboard import copy_text

        methods = copy_text(text)
        if methods:
            print(
                f"newsdesk: briefing copied to the clipboard ({', '.join(methods)})",
                file=sys.stderr,
            )
        else:
            error("--copy: no clipboard tool found (install wl-copy, xclip or xsel)")
    return EXIT_OK
