"""The service layer: what the commands, the reader and the benchmarks ask of newsdesk.

Open the library (in memory when the saved one cannot be opened), read files into it
(``reader.ingest`` drives the story pipeline; the library only stores), summaries and figures, the
stories to show, related stories, and the briefing. Nothing here prints or parses arguments:
problems come back as values, progress goes to a callback.

The heavy modules (the pipeline, sumy, nltk, the briefing) are imported inside the functions,
so the reader can import this before its first paint.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader.library.store import Library, LibraryError
from reader.model import Story

if TYPE_CHECKING:
    import datetime as dt

    from briefing.build import Briefing
    from reader.desk_results import FeedsRefreshed, Gathered, StoryDetails
    from reader.ingest import (
        IngestBatch,
        IngestResult,
        InputFile,
        Progress,
        SummaryOptions,
        build_stories,
        ingest,
    )
    from reader.library.queries import StoryRow
    from reader.listing import ListFilter
    from reader.sources.http import Limits

__all__ = [
    "FeedsRefreshed",
    "Gathered",
    "IngestBatch",
    "IngestResult",
    "InputFile",
    "Progress",
    "StageProgress",
    "StoryDetails",
    "SummaryOptions",
    "brief",
    "build_stories",
    "default_paths",
    "enrich_stories",
    "filter_rows",
    "gather",
    "ingest",
    "list_choices",
    "load_rows",
    "open_library",
    "refresh_feeds",
    "related_ids",
    "story_details",
    "story_link",
]

# What this module's functions return (reader.desk_results), imported on first use
_RESULTS = frozenset({"FeedsRefreshed", "Gathered", "StoryDetails"})

# Names this module hands on from reader.ingest, imported on first use: the reader imports
# this module before its first frame, and the ingest machinery is not needed for that.
_FROM_INGEST = frozenset(
    {
        "IngestBatch",
        "IngestResult",
        "InputFile",
        "Progress",
        "SummaryOptions",
        "build_stories",
        "ingest",
    }
)


if not TYPE_CHECKING:  # the type checker sees the imports above, so a misspelt name is caught

    def __getattr__(name: str) -> object:
        if name in _RESULTS:
            import reader.desk_results

            return getattr(reader.desk_results, name)
        if name in _FROM_INGEST:
            import reader.ingest

            return getattr(reader.ingest, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# progress(stage, done, total): stage is "Reading" or "Summarising"
StageProgress = Callable[[str, int, int], None]

RELATED_NAMES = 8  # names (companies, people, places) searched for related stories
RELATED_MAX = 10


def default_paths() -> list[str]:
    """The bundled seed files."""
    from reader.settings.resources import seeds_dir

    return sorted(str(p) for p in seeds_dir().glob("*.txt"))


def open_saved_library() -> Library:
    """The saved library itself, or LibraryError: for maintenance (``newsdesk library``),
    where a throwaway in-memory library would mean nothing."""
    return Library.open()


def second_connection(library: Library) -> Library:
    """Another connection to the same library file: the reader writes through it, so its
    screen's reads never wait behind a write stuck on another process's lock."""
    return Library.open(library.path)


def open_library(*, saved: bool = True, warn: Callable[[str], None] | None = None) -> Library:
    """The saved library, or a throwaway in-memory one (``saved`` False, or the saved one
    cannot be opened: ``warn`` is told why)."""
    if saved:
        try:
            return Library.open()
        except LibraryError as exc:
            if warn is not None:
                warn(f"{exc}; working without a saved library")
    return Library.memory()


def enrich_stories(
    library: Library | None,
    stories: Sequence[Story],
    options: SummaryOptions | None = None,
    progress: Progress | None = None,
) -> list[Story]:
    """Fill each story's summary and figures (from the library's cache when there is one)."""
    from reader.enrich import enrich
    from reader.ingest import SummaryOptions

    opts = options or SummaryOptions()
    for n, story in enumerate(stories, 1):
        enrich(story, library, algorithm=opts.algorithm, sentences=opts.sentences, ratio=opts.ratio)
        if progress is not None:
            progress(n, len(stories))
    return list(stories)


def _stage(progress: StageProgress | None, stage: str) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(stage, done, total)


def load_rows(
    library: Library, paths: Sequence[str], *, include_seeds: bool, whole: bool
) -> tuple[list[str] | None, list[str]]:
    """Ingest ``paths`` (and the bundled seeds): the ids to show (None: the whole library)
    and the problems. For the reader, which lists rows and summarises one story at a time."""
    from reader.ingest import ingest

    inputs = list(paths) + (default_paths() if include_seeds else [])
    result = ingest(library, inputs, whole=whole) if inputs else None
    ids = None if not paths else (result.ids if result else [])
    return ids, [str(p) for p in result.problems] if result else []


def gather(
    library: Library,
    paths: Sequence[str],
    *,
    whole: bool = False,
    everything: bool = False,
    summaries: SummaryOptions | None = None,
    progress: StageProgress | None = None,
) -> Gathered:
    """Read ``paths`` (none: the bundled seeds) into the library, then summarise the stories.

    ``everything``: with no paths, every story in the library (the seeds included).
    ``summaries`` None: no summaries or figures. The stories come back as a ``StoryView``:
    read from the library (summaries from its cache) as they are iterated, so the library
    must stay open while they are; every summary is computed and cached here, before.
    """
    from reader.ingest import CACHE_KIB, ingest

    with library.cache_capped(CACHE_KIB):  # pages written or read once: not worth keeping
        result = ingest(
            library,
            list(paths) or default_paths(),
            whole=whole,
            progress=_stage(progress, "Reading"),
            summaries=summaries,
        )
        ids = library.ids_after(0) if everything and not paths else result.ids
        if summaries is not None:
            _summarise(library, ids, summaries, _stage(progress, "Summarising"))
    from reader.desk_results import Gathered, StoryView

    return Gathered(StoryView(library, ids, summaries), [str(p) for p in result.problems])


def _summarise(
    library: Library, ids: Sequence[str], options: SummaryOptions, progress: Progress | None
) -> None:
    """Compute and cache the summary and figures of each story the cache lacks (the ingest's
    workers computed most of them), a page of stories at a time."""
    from reader.desk_results import StoryView
    from reader.enrich import enrich, enrichment_key

    o = options
    done = 0
    for at in range(0, len(ids), StoryView.PAGE):
        keys: list[tuple[str, str]] = []  # (story id, enrichment key)
        for row in library.rows(ids[at : at + StoryView.PAGE]):
            probe = Story(row.id, row.title, row.title_generated, [], [])  # what the key reads
            keys.append((row.id, enrichment_key(probe, o.algorithm, o.sentences, o.ratio)))
        cached = library.enriched([key for _, key in keys])  # (an unreadable one: see enrich)
        for story_id, key in keys:
            if key not in cached:
                story = library.story(story_id)
                if story is not None:
                    enrich(story, library, algorithm=o.algorithm, sentences=o.sentences,
                           ratio=o.ratio)  # fmt: skip
            done += 1
            if progress is not None:
                progress(done, len(ids))


def brief(stories: Sequence[Story], date: str, *, top: int = 5, explain: bool = False) -> Briefing:
    """The briefing of summarised stories (see ``gather``) for ``date`` (YYYY-MM-DD);
    ``explain`` adds why each story is where it is."""
    from briefing.build import build_briefing

    return build_briefing(list(stories), date, top=top, explain=explain)


def related_ids(library: Library, story: Story) -> list[str]:
    """Stories sharing at least two of this story's names (same company or event)."""
    from briefing.names import entities

    names = sorted(entities(story), key=lambda n: (-len(n.split()), n))[:RELATED_NAMES]
    counts: Counter[str] = Counter()
    for name in names:
        counts.update(library.search(name, limit=60))
    return [i for i, c in counts.most_common(40) if i != story.id and c >= 2][:RELATED_MAX]


def story_details(library: Library, story_id: str) -> StoryDetails | None:
    """A stored story with its summary and figures (cached) and its related stories."""
    from reader.enrich import lead_figure

    story = library.story(story_id)
    if story is None:
        return None
    enrich_stories(library, [story])
    ids = related_ids(library, story)
    titles = [(r.id, r.title) for r in library.rows(ids)]
    from reader.desk_results import StoryDetails

    return StoryDetails(story, lead_figure(story), ids, titles)


# -- the reader's list: filters by date and source, feeds refreshed while it is open ----------


def filter_rows(rows: list[StoryRow], view: ListFilter) -> tuple[list[StoryRow], str | None]:
    """The list rows that ``view`` keeps (by source, and by the briefing's own date
    selection), and a notice when none matched (then all are shown)."""
    from reader.listing import apply

    return apply(rows, view)


def list_choices(
    library: Library, ids: Sequence[str] | None, now: dt.datetime
) -> tuple[list[tuple[str, str]], list[tuple[str, int]]]:
    """What the reader's pickers offer for these rows: the date choices (key, label) and the
    sources with their story counts."""
    from reader.listing import date_choices, source_choices

    rows = library.rows(ids)
    return date_choices(rows, now), source_choices(rows)


def story_link(library: Library, story_id: str) -> str | None:
    """The stored story's http(s) address (a feed item or web page); None for a file."""
    from reader.listing import story_link as link

    story = library.story(story_id)
    return link(story) if story is not None else None


def refresh_feeds(
    library: Library, *, progress: Progress | None = None, limits: Limits | None = None
) -> FeedsRefreshed:
    """Fetch every followed feed (``newsdesk refresh``): the stories new to the library are
    marked unread (one transaction), whatever an older copy of them was marked."""
    from reader.desk_results import FeedsRefreshed
    from reader.library import feeds as feed_table
    from reader.sources.http import offline_forced
    from reader.sources.refresh import refresh

    followed = len(feed_table.feeds(library))
    if not followed:
        return FeedsRefreshed([], None, "No feeds followed (newsdesk feeds add URL)")
    if offline_forced():
        return FeedsRefreshed([], None, f"Offline: {followed} feed(s) not fetched")
    mark = library.last_seq()
    report = refresh(library, limits=limits, progress=progress)
    new = library.ids_after(mark)
    if new:
        library.mark_unread(new)
    ok = report.feeds - len(report.failed)
    summary = (
        f"{ok} of {report.feeds} feeds refreshed: {len(new)} new"
        f" {'story' if len(new) == 1 else 'stories'}"
    )
    if report.failed:
        url, why = report.failed[0]
        more = f" (+{len(report.failed) - 1} more)" if len(report.failed) > 1 else ""
        summary += f"; failed: {url}: {why}{more}"
    return FeedsRefreshed(new, report, summary)
