"""The service layer: what the commands, the reader and the benchmarks ask of newsdesk.

Open the library (in memory when the saved one cannot be opened), read files into it (the
story pipeline is driven from here; the library only stores), summaries and figures, the
stories to show, related stories, and the briefing. Nothing here prints or parses arguments:
problems come back as values, progress goes to a callback.

The heavy modules (the pipeline, sumy, nltk, the briefing) are imported inside the functions,
so the reader can import this before its first paint.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.library.store import FileRecord, Library, LibraryError, ingest_mode
from reader.model import Figure, Story
from reader.story.load import DEFAULT_PATTERNS, RICH_PATTERNS, Problem, iter_files

if TYPE_CHECKING:
    import datetime as dt

    from briefing.build import Briefing
    from reader.library.queries import StoryRow
    from reader.listing import ListFilter
    from reader.pipeline import PipelineResult
    from reader.sources.http import Limits
    from reader.sources.refresh import Report
    from reader.story.dedupe import Sketch

__all__ = [
    "FeedsRefreshed",
    "Gathered",
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

# progress(done, total) after each file or story
Progress = Callable[[int, int], None]
# progress(stage, done, total): stage is "Reading" or "Summarising"
StageProgress = Callable[[str, int, int], None]

RELATED_NAMES = 8  # names (companies, people, places) searched for related stories
RELATED_MAX = 10


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read: the path as given (for messages) and the key the library keeps."""

    name: str
    key: str


@dataclass
class IngestResult:
    ids: list[str] = field(default_factory=list)  # stories of the given paths, in file order
    problems: list[Problem] = field(default_factory=list)
    parsed: int = 0  # files read and split this time
    unchanged: int = 0  # files skipped because nothing changed


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    algorithm: str = "default"
    sentences: int = 3
    ratio: float | None = None


@dataclass
class Gathered:
    """Stories ready to show (summaries and figures filled when asked) and the problems."""

    stories: list[Story]
    problems: list[str]


@dataclass(frozen=True, slots=True)
class StoryDetails:
    story: Story  # with its summary and figures
    lead_figure: str | None
    related_ids: list[str]  # most related first
    related: list[tuple[str, str]]  # (id, title) of the related stories, as the library lists them


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


def _input_files(
    paths: Sequence[str], problems: list[Problem], *, absolute: bool
) -> list[InputFile]:
    files: list[InputFile] = []
    for item in iter_files(paths, patterns=DEFAULT_PATTERNS + RICH_PATTERNS):
        if isinstance(item, Problem):
            problems.append(item)
        elif item == "-" or not absolute:
            files.append(InputFile(item, item))
        else:
            files.append(InputFile(item, os.path.abspath(item)))
    return files


def _stat(key: str) -> os.stat_result | None:
    if key == "-":
        return None
    try:
        return os.stat(key)
    except OSError:
        return None


@dataclass
class _Fresh:
    """Files split in this ingest, not stored yet."""

    files: list[FileRecord] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    sketches: list[Sketch] = field(default_factory=list)
    # summary options the workers enriched with, and what they found: enrichment key ->
    # (summary, figures) of the story as split (its id and title are in the key)
    options: SummaryOptions | None = None
    enriched: dict[str, tuple[list[str], list[Figure]]] = field(default_factory=dict)

    def add(self, stories: list[Story], sketches: list[Sketch]) -> None:
        if self.options is not None:
            from reader.enrich import enrichment_key

            o = self.options
            for story in stories:
                if story.summary is not None and story.figures is not None:
                    key = enrichment_key(story, o.algorithm, o.sentences, o.ratio)
                    self.enriched[key] = (story.summary, story.figures)
                story.summary = story.figures = None  # cached below, not stored with the story
        self.stories.extend(stories)
        self.sketches.extend(sketches)

    def commit(self, library: Library, mode: str) -> None:
        if not self.files:
            return
        from reader.pipeline import merge_duplicates

        merged = merge_duplicates(self.stories, self.sketches)
        library.store(self.files, merged, mode)
        if self.enriched and self.options is not None:
            _cache_enrichment(library, merged, self.enriched, self.options)
        self.files, self.stories, self.sketches, self.enriched = [], [], [], {}


def _cache_enrichment(
    library: Library,
    stories: Sequence[Story],
    enriched: dict[str, tuple[list[str], list[Figure]]],
    options: SummaryOptions,
) -> None:
    """Fill the library's enrichment cache with what the workers computed, for the stories
    kept after the merge whose key (id, title, options) is the one computed for: a story
    whose title a duplicate changed is left to ``enrich``."""
    from reader.enrich import enrichment_key, lead_of

    o = options
    items = []
    for story in stories:
        key = enrichment_key(story, o.algorithm, o.sentences, o.ratio)
        found = enriched.get(key)
        if found is not None:
            items.append((key, story.id, found[0], found[1], lead_of(found[1])))
    library.store_enrichments(items)


def ingest(
    library: Library,
    paths: Sequence[str],
    *,
    whole: bool = False,
    progress: Progress | None = None,
    summaries: SummaryOptions | None = None,
) -> IngestResult:
    """Read ``paths`` into the library; the ids of their stories in file order.

    Unchanged files (same size and mtime, or same digest, split by the same pipeline) are not
    parsed again. Duplicates are merged within the files read in this call; a story whose text
    is already in the library gains the new file as one more source. Interrupted (Ctrl+C), the
    files finished so far are stored before KeyboardInterrupt goes on. Damage found on the way
    moves the library file aside (the library does that) and the ingest runs again on the
    fresh one.

    ``summaries``: the workers also compute each new story's summary and figures with these
    options, beside the split, and the library's enrichment cache keeps them (so
    ``enrich_stories`` afterwards finds them there).
    """
    from reader.library.schema import LibraryDamaged

    try:
        return _ingest(library, paths, whole=whole, progress=progress, summaries=summaries)
    except LibraryDamaged:
        if library.path == ":memory:":
            raise
        return _ingest(library, paths, whole=whole, progress=progress, summaries=summaries)


def _ingest(
    library: Library,
    paths: Sequence[str],
    *,
    whole: bool,
    progress: Progress | None,
    summaries: SummaryOptions | None,
) -> IngestResult:
    from reader.ingest_work import split_files

    result = IngestResult()
    files = _input_files(paths, result.problems, absolute=True)
    mode = ingest_mode(whole)
    todo: list[InputFile] = []
    for f in files:
        st = _stat(f.key)
        if st is not None and library.unchanged(f.key, mode, st=st):
            result.unchanged += 1
        else:
            todo.append(f)
    skipped = len(files) - len(todo)

    def tick(n: int) -> None:
        if progress is not None:
            progress(skipped + n, len(files))

    failed: set[str] = set()
    fresh = _Fresh(options=summaries)
    o = summaries
    options = None if o is None else (o.algorithm, o.sentences, o.ratio)
    outcomes = split_files([(f.name, f.key) for f in todo], whole, tick, enrich=options)
    try:
        for f, outcome in zip(todo, outcomes, strict=True):
            if isinstance(outcome, Problem):
                result.problems.append(outcome)
                failed.add(f.key)
                continue
            digest, stories, sketches = outcome
            st = _stat(f.key)
            if st is not None and library.unchanged(f.key, mode, digest=digest):
                result.unchanged += 1
                library.touch(f.key, st)
                continue
            result.parsed += 1
            if not stories:
                result.problems.append(Problem(f.name, "no story text found"))
            fresh.files.append(FileRecord(f.key, st, digest))
            fresh.add(stories, sketches)
    except KeyboardInterrupt:
        outcomes.close()  # the workers stop now, whatever they were doing
        fresh.commit(library, mode)  # keep what was finished: the next run starts from there
        raise
    fresh.commit(library, mode)
    ids: list[str] = []
    for f in files:
        if f.key not in failed:
            ids.extend(library.ids_for_path(f.key))
    result.ids = list(dict.fromkeys(ids))
    return result


def build_stories(paths: Sequence[str], *, whole: bool = False) -> PipelineResult:
    """Every story in ``paths`` (files, folders, globs, "-"), deduplicated, plus the problems;
    no library (nothing cached, nothing saved)."""
    from reader.ingest_work import split_files
    from reader.pipeline import PipelineResult, merge_duplicates

    result = PipelineResult()
    files = _input_files(paths, result.problems, absolute=False)
    collected: list[Story] = []
    sketches: list[Sketch] = []
    for f, outcome in zip(files, split_files([(f.name, f.key) for f in files], whole), strict=True):
        if isinstance(outcome, Problem):
            result.problems.append(outcome)
            continue
        _, stories, sketched = outcome
        if not stories:
            result.problems.append(Problem(f.name, "no story text found"))
        collected.extend(stories)
        sketches.extend(sketched)
    result.stories = merge_duplicates(collected, sketches)
    return result


def enrich_stories(
    library: Library | None,
    stories: Sequence[Story],
    options: SummaryOptions | None = None,
    progress: Progress | None = None,
) -> list[Story]:
    """Fill each story's summary and figures (from the library's cache when there is one)."""
    from reader.enrich import enrich

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
    ``summaries`` None: no summaries or figures.
    """
    result = ingest(
        library,
        list(paths) or default_paths(),
        whole=whole,
        progress=_stage(progress, "Reading"),
        summaries=summaries,
    )
    ids = [row.id for row in library.rows()] if everything and not paths else result.ids
    stories = library.stories(ids)
    if summaries is not None:
        enrich_stories(library, stories, summaries, _stage(progress, "Summarising"))
    return Gathered(stories, [str(p) for p in result.problems])


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


@dataclass
class FeedsRefreshed:
    """A refresh: the new stories (marked unread), its report (None when nothing was
    fetched: no feeds, or offline) and what to tell the user, in one line."""

    new_ids: list[str]
    report: Report | None
    summary: str


def refresh_feeds(
    library: Library, *, progress: Progress | None = None, limits: Limits | None = None
) -> FeedsRefreshed:
    """Fetch every followed feed (``newsdesk refresh``): the stories new to the library are
    marked unread (one transaction), whatever an older copy of them was marked."""
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
