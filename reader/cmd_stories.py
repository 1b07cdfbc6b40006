"""``newsdesk stories [PATHS…] [--json] [--whole]``: the stories split out of the files.

No paths means the bundled seeds. Stories go through the library (``$NEWSDESK_HOME``), so a
second run over unchanged files reads nothing again and summaries come from the cache.
``--json`` prints one object per story with its summary and key figures; the table lists
title, source, lines and words. Exit status: 0 when some story came out, 1 when none, 2 for
usage errors; every bad input is one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from reader.cli import EXIT_NO_STORIES, EXIT_OK, UsageError, error, make_parser
from reader.model import Story

# What JSON with ensure_ascii=False would still pass through raw: C1 controls, bidi controls.
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = make_parser("newsdesk stories", "List the stories split out of files (default: seeds).")
    p.add_argument("paths", nargs="*", help="files, folders, globs, or - for stdin")
    p.add_argument("--json", action="store_true", help="JSON array with summary and figures")
    p.add_argument("--whole", action="store_true", help="treat each file as one story")
    p.add_argument("--summarizer", default="default", metavar="NAME", help="summary algorithm")
    p.add_argument("--sentences", type=int, default=3, metavar="N", help="summary length")
    p.add_argument("--ratio", type=float, metavar="R", help="summary length as a share (0-1]")
    p.add_argument("--no-library", action="store_true", help="do not use the saved library")
    p.add_argument("--explain", metavar="FILE", help="each line's role and score, story starts")
    args = p.parse_args(list(argv))
    from reader.summarize import ALGORITHMS

    if args.summarizer not in ALGORITHMS:
        raise UsageError(
            f"newsdesk stories: unknown --summarizer {args.summarizer!r}"
            f" (choose from {', '.join(ALGORITHMS)})"
        )
    if args.sentences < 1:
        raise UsageError("newsdesk stories: --sentences must be at least 1")
    if args.ratio is not None and not 0.0 < args.ratio <= 1.0:
        raise UsageError("newsdesk stories: --ratio must be in (0, 1]")
    return args


def default_paths() -> list[str]:
    from reader.resources import seeds_dir

    return sorted(str(p) for p in seeds_dir().glob("*.txt"))


def display_path(path: str) -> str:
    """A path relative to the working directory when it lies below it, else as stored."""
    if path == "-":
        return "<stdin>"
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def open_library(no_library: bool) -> Any:
    from reader.library import Library, LibraryError

    if not no_library:
        try:
            return Library.open()
        except LibraryError as exc:
            error(f"{exc}; working without a saved library")
    return Library.memory()


def load(args: argparse.Namespace) -> tuple[Any, list[Story]]:
    from reader.progress import DelayedProgress

    library = open_library(args.no_library)
    paths = list(args.paths) or default_paths()
    with DelayedProgress("Reading") as progress:
        result = library.ingest(paths, whole=args.whole, progress=progress)
    for problem in result.problems:
        error(str(problem))
    return library, library.stories(result.ids)


def story_json(story: Story) -> dict[str, Any]:
    data = story.to_json()
    for src in data["sources"]:
        src["path"] = display_path(src["path"])
    return data


def dumps(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_table(stories: Sequence[Story]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from reader.textsafe import clean_line, stories_count

    sources = []
    for story in stories:
        first = story.sources[0]
        source = (
            f"{os.path.basename(display_path(first.path))}:{first.first_line}-{first.last_line}"
        )
        if len(story.sources) > 1:
            source += f" (+{len(story.sources) - 1})"
        sources.append(clean_line(source))
    console = Console(highlight=False, soft_wrap=False)
    table = Table(title=stories_count(len(stories)), title_justify="left", expand=False)
    table.add_column("Title", overflow="fold")
    # a source reads as one token (file:lines): keep it on one line while the title keeps ~24 cells
    longest = max((len(s) for s in sources), default=6)
    table.add_column("Source", overflow="fold", width=max(12, min(longest, console.width - 46)))
    table.add_column("Lines", justify="right", no_wrap=True)
    table.add_column("Words", justify="right", no_wrap=True)
    for story, source in zip(stories, sources, strict=True):
        title = Text(clean_line(story.title))
        if story.title_generated:
            title = Text("~ ", style="dim") + Text(clean_line(story.title), style="italic")
        table.add_row(title, Text(source), str(story.lines), str(story.words))
    console.print(table)
    if any(s.title_generated for s in stories):
        console.print(Text("~ generated title (no headline in the source)", style="dim"))


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.explain:
        from reader.roles.explain import run_explain

        return run_explain(args.explain)
    library, stories = load(args)
    try:
        if not stories:
            error("no stories found")
            return EXIT_NO_STORIES
        if args.json:
            from reader.enrich import enrich
            from reader.progress import DelayedProgress

            with DelayedProgress("Summarising") as progress:
                for n, story in enumerate(stories, 1):
                    enrich(
                        story,
                        library,
                        algorithm=args.summarizer,
                        sentences=args.sentences,
                        ratio=args.ratio,
                    )
                    progress(n, len(stories))
            sys.stdout.write(dumps([story_json(s) for s in stories]) + "\n")
        else:
            print_table(stories)
        return EXIT_OK
    finally:
        library.close()
