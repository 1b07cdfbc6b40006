"""``newsdesk stories [PATHS…] [--json] [--whole]``: the stories split out of the files.

No paths means the bundled seeds. Stories go through the library (``$NEWSDESK_HOME``), so a
second run over unchanged files reads nothing again and summaries come from the cache.
``--json`` prints one object per story with its summary and key figures; the table lists
title, source, lines and words (and the summary under the title when ``--summarizer``,
``--sentences`` or ``--ratio`` is given). Exit status: see ``reader.cli.common``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reader import desk
from reader.cli.common import (
    EXIT_NO_STORIES,
    EXIT_OK,
    StageProgress,
    UsageError,
    add_scheduler_option,
    error,
    make_parser,
    scheduler_arg,
)
from reader.model import Story

PROG = "newsdesk stories"

# What JSON with ensure_ascii=False would still pass through raw: C1 controls, bidi controls.
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class StoriesArgs:
    paths: tuple[str, ...]
    json: bool
    whole: bool
    summaries: desk.SummaryOptions
    show_summary: bool  # a summary option was given: the table shows the summaries
    no_library: bool
    explain: str | None = None  # a file: print each line's role instead of listing stories
    scheduler: str | None = None  # a Dask scheduler's address: ingest on its cluster


def make_stories_parser() -> argparse.ArgumentParser:
    from reader.summarize import ALGORITHMS

    p = make_parser(PROG, "List the stories split out of files (default: seeds).")
    p.add_argument("paths", nargs="*", help="files, folders, globs, or - for stdin")
    p.add_argument("--json", action="store_true", help="JSON array with summary and figures")
    p.add_argument("--whole", action="store_true", help="treat each file as one story")
    p.add_argument(
        "--summarizer",
        metavar="NAME",
        help=f"summary algorithm: {', '.join(ALGORITHMS)} (default: default)",
    )
    p.add_argument("--sentences", type=int, metavar="N", help="summary length (default 3)")
    p.add_argument("--ratio", type=float, metavar="R", help="summary length as a share (0-1]")
    p.add_argument("--no-library", action="store_true", help="do not use the saved library")
    p.add_argument("--explain", metavar="FILE", help="each line's role and score, story starts")
    add_scheduler_option(p)
    return p


def parse_args(argv: Sequence[str]) -> StoriesArgs:
    from reader.summarize import ALGORITHMS

    ns = make_stories_parser().parse_args(list(argv))
    summarizer: str = "default" if ns.summarizer is None else ns.summarizer
    sentences: int = 3 if ns.sentences is None else ns.sentences
    ratio: float | None = ns.ratio
    if summarizer not in ALGORITHMS:
        raise UsageError(
            f"unknown --summarizer {summarizer!r} (choose from {', '.join(ALGORITHMS)})", PROG
        )
    if sentences < 1:
        raise UsageError("--sentences must be at least 1", PROG)
    if ratio is not None and not 0.0 < ratio <= 1.0:
        raise UsageError("--ratio must be in (0, 1]", PROG)
    return StoriesArgs(
        paths=tuple(ns.paths),
        json=bool(ns.json),
        whole=bool(ns.whole),
        summaries=desk.SummaryOptions(summarizer, sentences, ratio),
        show_summary=any(v is not None for v in (ns.summarizer, ns.sentences, ns.ratio)),
        no_library=bool(ns.no_library),
        explain=ns.explain,
        scheduler=scheduler_arg(ns.scheduler, PROG),
    )


def display_path(path: str) -> str:
    """A path relative to the working directory when it lies below it, else as stored."""
    if path == "-":
        return "<stdin>"
    if "://" in path:  # a feed item or web page (issue 17): its address as it is
        return path
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def story_json(story: Story) -> dict[str, Any]:
    data = story.to_json()
    for src in data["sources"]:
        src["path"] = display_path(src["path"])
    return data


def dumps(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_table(stories: Sequence[Story], *, summaries: bool = False) -> None:
    """The stories as a table; ``summaries``: each summary's sentences under the title."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from reader.text.safe import clean_line, stories_count

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
        if summaries:
            for sentence in story.summary or []:
                title.append("\n• " + clean_line(sentence), style="dim")
        table.add_row(title, Text(source), str(story.lines), str(story.words))
    console.print(table)
    if any(s.title_generated for s in stories):
        console.print(Text("~ generated title (no headline in the source)", style="dim"))


def run(argv: Sequence[str]) -> int:
    from reader.library.schema import LibraryError

    args = parse_args(argv)
    if args.explain is not None:
        from reader.cli.explain import run_explain

        return run_explain(args.explain)
    from reader.ingest_dask import using_scheduler

    try:
        with using_scheduler(args.scheduler):
            return _run(args)
    except LibraryError as exc:  # busy, damaged, full: one line, never a traceback
        error(str(exc))
        return EXIT_NO_STORIES


def _run(args: StoriesArgs) -> int:
    summarise = args.json or args.show_summary
    library = desk.open_library(saved=not args.no_library, warn=error)
    try:
        with StageProgress() as progress:
            found = desk.gather(
                library,
                args.paths,
                whole=args.whole,
                summaries=args.summaries if summarise else None,
                progress=progress,
            )
        for problem in found.problems:
            error(problem)
        if not found.stories:
            error("no stories found")
            return EXIT_NO_STORIES
        if args.json:
            sys.stdout.write(dumps([story_json(s) for s in found.stories]) + "\n")
        else:
            print_table(found.stories, summaries=args.show_summary)
        return EXIT_OK
    finally:
        library.close()
