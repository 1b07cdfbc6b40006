"""What the reader's thread workers do, as plain functions: each takes the library and returns
the small message the app posts. No widgets here and no orchestration either: the work is the
service's (``reader.desk``); the app wraps these in ``@work(thread=True, exit_on_error=False)``
and handles their failures in one place.

sumy, nltk and the pipeline are imported here, inside the workers, never before the first paint.
"""

from __future__ import annotations

import threading

from reader import desk
from reader.library.store import Library
from reader.tui.messages import BriefingReady, Copied, StoriesLoaded, StoryEnriched

BRIEFING_LIMIT = 300  # the preview briefs the first stories of the list

_IMPORT_LOCK = threading.Lock()
_imported = False


def heavy_imports() -> None:
    """Import nltk, sumy and the pipeline once, in one thread at a time.

    Two workers importing nltk at the same moment can see each other's half-initialised
    modules (nltk's package init is not thread-safe); every worker calls this first.
    """
    global _imported
    if _imported:
        return
    with _IMPORT_LOCK:
        if not _imported:
            from reader.figures import extract_figures
            from reader.pipeline import Document, split_document
            from reader.summarize import summarize

            text = ["Acme said revenue rose 5% to $1 billion.", "It expects more growth."]
            split_document(Document("warm-up", [text[0], "", text[1]], ""))
            summarize(text, sentences=1)
            extract_figures(text)
            _imported = True


def load_stories(
    library: Library, paths: list[str], *, include_seeds: bool, whole: bool
) -> StoriesLoaded:
    """Ingest the paths (and the bundled seeds); the rows to show (None: the whole library)."""
    heavy_imports()
    ids, problems = desk.load_rows(library, paths, include_seeds=include_seeds, whole=whole)
    return StoriesLoaded(ids, problems, library.rows(ids))


def enrich_story(library: Library, story_id: str) -> tuple[StoryEnriched, list[str]] | None:
    """The story with its summary and figures (cached), and the ids of related stories."""
    heavy_imports()
    details = desk.story_details(library, story_id)
    if details is None:
        return None
    message = StoryEnriched(details.story, details.lead_figure, details.related)
    return message, details.related_ids


def briefing_preview(library: Library, ids: list[str]) -> BriefingReady:
    """The briefing's Markdown for the first stories of the list."""
    heavy_imports()
    import datetime as dt

    from briefing.render import render_markdown

    stories = desk.enrich_stories(library, library.stories(ids[:BRIEFING_LIMIT]))
    text = render_markdown(desk.brief(stories, dt.date.today().isoformat()))
    return BriefingReady(text, len(stories))


def copy_native(what: str, text: str) -> Copied:
    """Copy with the native tool where there is one (OSC 52 was already sent by the app)."""
    from reader.output.clipboard import copy_native as native

    tool = native(text)
    return Copied(what, ["OSC 52"] + ([tool] if tool else []))
