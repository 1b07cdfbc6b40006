"""``newsdesk brief``: the morning briefing as Markdown (default) or JSON.

No paths: the library's stories (if reader.library exists) plus the bundled seeds. Stories
without a summary or figures are enriched here (reader.enrich if present, else summarize +
extract_figures directly). Exit 0 on success, 1 when no story came out, 2 on usage errors.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence

from reader.cli import EXIT_NO_STORIES, EXIT_OK, EXIT_USAGE, UsageError, error, make_parser
from reader.model import Story


def _parse(argv: Sequence[str]) -> object:
    p = make_parser("newsdesk brief", "Write the morning briefing.")
    p.add_argument("paths", nargs="*")
    p.add_argument("-o", "--output")
    p.add_argument("--date")
    p.add_argument("--top", type=int, default=5)
    p.add_argument("--copy", action="store_true")
    p.add_argument("--template")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.add_argument("--no-library", action="store_true")
    args = p.parse_args(list(argv))
    if args.top < 1:
        raise UsageError("newsdesk brief: --top must be at least 1")
    if args.date is None:
        args.date = dt.date.today().isoformat()
    else:
        try:
            args.date = dt.date.fromisoformat(args.date).isoformat()
        except ValueError:
            raise UsageError(
                f"newsdesk brief: bad --date {args.date!r} (want YYYY-MM-DD)"
            ) from None
    return args


def enrich_story(story: Story) -> None:
    """Fill summary/figures when missing (delegates to reader.enrich when it exists)."""
    if story.summary is not None and story.figures is not None:
        return
    try:
        from reader.enrich import enrich  # type: ignore[import-not-found,unused-ignore]

        enrich(story)
        return
    except ImportError:
        pass
    from reader.figures import extract_figures
    from reader.summarize import summarize

    if story.summary is None:
        story.summary = summarize(story.paragraphs, title=story.title, sentences=3)
    if story.figures is None:
        story.figures = extract_figures(story.paragraphs, title=story.title)


def load_stories(paths: list[str], use_library: bool) -> tuple[list[Story], list[str]]:
    from reader.pipeline import build_stories

    stories: list[Story] = []
    problems: list[str] = []
    if not paths:
        from reader.resources import seeds_dir

        if use_library:
            try:
                from reader.library import Library  # type: ignore[import-not-found,unused-ignore]

                stories.extend(Library.open().stories())
            except ImportError:
                pass
        paths = sorted(str(p) for p in seeds_dir().glob("*.txt"))
    result = build_stories(paths)
    stories.extend(result.stories)
    problems.extend(str(p) for p in result.problems)
    seen: set[str] = set()
    unique = []
    for s in stories:
        if s.id not in seen:
            seen.add(s.id)
            unique.append(s)
    return unique, problems


def run(argv: Sequence[str]) -> int:
    from briefing.build import build_briefing
    from briefing.render import TemplateProblem, render_json, render_markdown

    args = _parse(argv)
    stories, problems = load_stories(list(args.paths), not args.no_library)  # type: ignore[attr-defined]
    for problem in problems:
        error(problem)
    if not stories:
        error("no stories to brief")
        return EXIT_NO_STORIES
    for story in stories:
        enrich_story(story)
    briefing = build_briefing(stories, args.date, top=args.top)  # type: ignore[attr-defined]
    try:
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
        try:
            from reader.clipboard import copy_text  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            error("--copy: clipboard helper (reader.clipboard) not available")
            return EXIT_OK
        methods = copy_text(text)
        if not methods:
            error("--copy: no clipboard method worked")
    return EXIT_OK
