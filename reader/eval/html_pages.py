"""The HTML path of the pages eval: a page's source HTML read as newsdesk reads a ``.html`` file.

``python -m reader.eval pages PAGES_DIR --html DIR`` scores every page that has ``DIR/<id>.html``
twice, on the same pages: once from that HTML through ``reader.sources.files.read_and_split``
(trafilatura via ``reader.sources.html``, then the story builder and the same-file dedupe, exactly
as ``newsdesk`` reads a web page) and once from the rendered ``text/<id>.txt`` through the text
pipeline. Both are scored with the same shingle metric against ``truth/<id>.txt``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class HtmlRun:
    """What the HTML path kept from one page."""

    kept: str  # every story's paragraphs, one per line
    stories: int
    title: str | None  # the longest story's title (None: no story, or a generated title)
    problem: str | None = None  # the reader's one-line complaint, when it refused the file


def html_files(folder: Path, ids: Iterable[str]) -> dict[str, Path]:
    """``{id: folder/<id>.html}`` for the ids that have one."""
    found: dict[str, Path] = {}
    for pid in ids:
        path = folder / f"{pid}.html"
        if path.is_file():
            found[pid] = path
    return found


def run_html(path: Path) -> HtmlRun:
    """Read one page the way ``newsdesk`` reads a ``.html`` file."""
    from reader.sources.files import read_and_split
    from reader.story.load import Problem

    result = read_and_split(str(path), path.stem)
    if isinstance(result, Problem):
        return HtmlRun("", 0, None, problem=result.message)
    _, stories, _ = result
    kept = "\n".join(p for s in stories for p in s.paragraphs)
    main = max(stories, key=lambda s: s.words) if stories else None
    title = main.title if main is not None and not main.title_generated else None
    return HtmlRun(kept, len(stories), title)
