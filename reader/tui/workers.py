"""What the reader's thread workers do, as plain functions: each takes the library and returns
the small message the app posts. No widgets here and no orchestration either: the work is the
service's (``reader.desk``); the app wraps these in ``@work(thread=True, exit_on_error=False)``
and handles their failures in one place.

sumy, nltk and the pipeline are imported here, inside the workers, never before the first paint;
the first load imports only what splitting needs, so the first stories show sooner.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from textual.message import Message

from reader import desk
from reader.library.store import Library
from reader.listing import ALL, ListFilter
from reader.tui.messages import (
    BriefingReady,
    Copied,
    FeedsDone,
    FilterChoices,
    LeadsFilled,
    LinkOpened,
    LoadProgress,
    RefreshProgress,
    RowsFiltered,
    StoriesBatch,
    StoriesLoaded,
    StoryEnriched,
)

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


def split_imports() -> None:
    """Import what splitting needs (the pipeline, numpy, nltk's stemmer) under the import
    lock, as ``heavy_imports`` does for the rest: the first load starts with this alone."""
    if _imported:
        return
    with _IMPORT_LOCK:
        from reader.pipeline import Document, split_document

        split_document(Document("warm-up", ["Acme said revenue rose 5%.", "", "It grew."], ""))


PROGRESS_STEPS = 50  # progress messages per load, at most
BATCH_SECONDS = 0.5  # after the first batch, the list is re-read at most this often


def load_stories(
    library: Library,
    paths: list[str],
    *,
    include_seeds: bool,
    whole: bool,
    post: Callable[[Message], object] | None = None,
) -> StoriesLoaded:
    """Ingest the paths (and the bundled seeds); the rows to show (None: the whole library).

    Only what splitting needs is imported first (the summariser and the figures wait for a
    story to be opened), and the ingest's first batch is one file: the first stories reach
    the list as soon as it is split. ``post`` gets a LoadProgress as files are
    read and a StoriesBatch as batches are stored (the first at once, then at most every
    ``BATCH_SECONDS``); the returned StoriesLoaded is the last word."""
    split_imports()
    inputs = list(paths)
    if include_seeds:
        inputs += desk.default_paths()
    ids: dict[str, None] = {}
    last = [0, -float("inf")]  # files done at the last progress message, time of the last batch

    def tick(n: int, total: int) -> None:
        if post is not None and (n == total or n - last[0] >= max(1, total // PROGRESS_STEPS)):
            last[0] = n
            post(LoadProgress(n, total, len(ids)))

    def batch(done: desk.IngestBatch) -> None:
        ids.update(dict.fromkeys(done.ids))
        now = time.monotonic()
        if post is None or done.done >= done.total or now - last[1] < BATCH_SECONDS:
            return  # the last batch: StoriesLoaded says it all
        last[1] = now
        shown = None if not paths else list(ids)
        post(StoriesBatch(shown, library.rows(shown)))
        post(LoadProgress(done.done, done.total, len(ids)))

    result = desk.ingest(library, inputs, whole=whole, progress=tick, on_batch=batch)
    shown = None if not paths else result.ids
    return StoriesLoaded(shown, [str(p) for p in result.problems], library.rows(shown))


def enrich_story(library: Library, story_id: str) -> tuple[StoryEnriched, list[str]] | None:
    """The story with its summary and figures (cached), and the ids of related stories."""
    heavy_imports()
    details = desk.story_details(library, story_id)
    if details is None:
        return None
    message = StoryEnriched(details.story, details.lead_figure, details.related)
    return message, details.related_ids


LEADS_AT_ONCE = 20  # stories enriched between two list updates


def fill_leads(library: Library, ids: list[str], post: Callable[[Message], object]) -> None:
    """Summarise ``ids`` (cached in the library), posting their lead figures as each batch
    is done: the list shows every row's key figure without the story being opened first."""
    heavy_imports()
    from reader.enrich import lead_figure

    for k in range(0, len(ids), LEADS_AT_ONCE):
        stories = desk.enrich_stories(library, library.stories(ids[k : k + LEADS_AT_ONCE]))
        post(LeadsFilled({s.id: lead_figure(s) for s in stories}))


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


SOURCE_KEY = "source:"  # a source picker's key: this prefix and the source's name


def filter_rows(library: Library, ids: list[str] | None, view: ListFilter) -> RowsFiltered:
    """The list's rows (``ids``; None: the whole library) under the filter."""
    rows, notice = desk.filter_rows(library.rows(ids), view)
    return RowsFiltered(view, rows, notice)


def filter_choices(
    library: Library, ids: list[str] | None, kind: str, view: ListFilter
) -> FilterChoices:
    """What the date ("date") or source ("source") picker offers for the list's rows."""
    import datetime as dt

    dates, sources = desk.list_choices(library, ids, dt.datetime.now())
    if kind == "date":
        return FilterChoices("date", dates, view.date_key)
    choices = [(ALL, f"All sources ({sum(n for _, n in sources):,})")]
    choices += [(SOURCE_KEY + name, f"{name} ({n:,})") for name, n in sources]
    current = ALL if view.source is None else SOURCE_KEY + view.source
    return FilterChoices("source", choices, current)


def refresh_feeds(library: Library, post: Callable[[Message], object]) -> FeedsDone:
    """Fetch the followed feeds; progress goes to ``post`` as feeds come back."""

    def progress(n: int, total: int) -> None:
        post(RefreshProgress(n, total))

    done = desk.refresh_feeds(library, progress=progress)
    failed = len(done.report.failed) if done.report is not None else 0
    return FeedsDone(done.new_ids, done.summary, failed)


def open_link(url: str) -> LinkOpened:
    """Ask the web browser to open ``url`` (checked http/https by ``desk.story_link``). A
    browser that would run in this terminal is not started here (``LinkOpened.console``):
    the app hands it the terminal first."""
    import webbrowser

    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return LinkOpened(url, ok=False)
    if in_terminal(browser):
        return LinkOpened(url, ok=False, console=browser)
    return LinkOpened(url, ok=bool(browser.open(url)))


def in_terminal(browser: object) -> bool:
    """True for a text-mode browser (lynx, w3m, elinks…): it would take over the terminal."""
    import webbrowser

    if isinstance(browser, webbrowser.GenericBrowser):
        return not isinstance(browser, webbrowser.BackgroundBrowser)
    if isinstance(browser, webbrowser.UnixBrowser):
        return not browser.background
    return False
