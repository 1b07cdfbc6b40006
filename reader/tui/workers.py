"""What the reader's thread workers do, as plain functions: each takes the library and returns
the small message the app posts. No widgets here; the app wraps them in ``@work(thread=True,
exit_on_error=False)`` and handles their failures in one place.

sumy, nltk and the pipeline are imported here, inside the workers, never before the first paint.
"""

from __future__ import annotations

import threading
from collections import Counter

from reader.library.store import Library
from reader.model import Story
from reader.tui.messages import BriefingReady, Copied, StoriesLoaded, StoryEnriched

BRIEFING_LIMIT = 300  # the preview briefs the first stories of the list
RELATED_NAMES = 8  # names (companies, people, places) searched for related stories
RELATED_MAX = 10

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
    inputs = list(paths)
    if include_seeds:
        from reader.cmd_stories import default_paths

        inputs += default_paths()
    result = library.ingest(inputs, whole=whole) if inputs else None
    ids = None if not paths else (result.ids if result else [])
    problems = [str(p) for p in result.problems] if result else []
    return StoriesLoaded(ids, problems, library.rows(ids))


def enrich_story(library: Library, story_id: str) -> tuple[StoryEnriched, list[str]] | None:
    """The story with its summary and figures (cached), and the ids of related stories."""
    heavy_imports()
    from reader.enrich import enrich, lead_figure

    story = library.story(story_id)
    if story is None:
        return None
    enrich(story, library)
    related = related_ids(library, story)
    titles = [(r.id, r.title) for r in library.rows(related)]
    return StoryEnriched(story, lead_figure(story), titles), related


def related_ids(library: Library, story: Story) -> list[str]:
    """Stories sharing at least two of this story's names (same company or event)."""
    from briefing.related import entities

    names = sorted(entities(story), key=lambda n: (-len(n.split()), n))[:RELATED_NAMES]
    counts: Counter[str] = Counter()
    for name in names:
        counts.update(library.search(name, limit=60))
    return [i for i, c in counts.most_common(40) if i != story.id and c >= 2][:RELATED_MAX]


def briefing_preview(library: Library, ids: list[str]) -> BriefingReady:
    """The briefing's Markdown for the first stories of the list."""
    heavy_imports()
    import datetime as dt

    from briefing.build import build_briefing
    from briefing.render import render_markdown
    from reader.enrich import enrich

    stories = library.stories(ids[:BRIEFING_LIMIT])
    for story in stories:
        enrich(story, library)
    text = render_markdown(build_briefing(stories, dt.date.today().isoformat()))
    return BriefingReady(text, len(stories))


def copy_native(what: str, text: str) -> Copied:
    """Copy with the native tool where there is one (OSC 52 was already sent by the app)."""
    from reader.output.clipboard import copy_native as native

    tool = native(text)
    return Copied(what, ["OSC 52"] + ([tool] if tool else []))
