"""Reading files into the library: the story pipeline over the pool (or a Dask cluster),
near-copies merged across files, stories stored in batches, and the summaries and figures the
workers computed put in the enrichment cache. The service layer (``reader.desk``) calls this;
the library only stores.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.heap import trim
from reader.library.store import FileRecord, Library, LibraryError, ingest_mode
from reader.model import Story
from reader.story.load import DEFAULT_PATTERNS, RICH_PATTERNS, Problem, iter_files

if TYPE_CHECKING:
    from reader.ingest_cache import WorkerEnrichments
    from reader.ingest_work import LateEnrich, Split
    from reader.pipeline import PipelineResult
    from reader.story.dedupe import Sketch

__all__ = [
    "IngestBatch",
    "IngestResult",
    "InputFile",
    "OnBatch",
    "Progress",
    "SummaryOptions",
    "build_stories",
    "ingest",
]

# progress(done, total) after each file or story
Progress = Callable[[int, int], None]


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
            key = os.path.abspath(item)
            files.append(InputFile(item, item if key == item else key))  # one string if same
    return files


def _stat(key: str) -> os.stat_result | None:
    if key == "-":
        return None
    try:
        return os.stat(key)
    except OSError:
        return None


@dataclass(frozen=True, slots=True)
class IngestBatch:
    """Files whose stories are now stored: the ids of their stories (file order), and how
    many of the ingest's files are done, out of ``total``."""

    ids: list[str]
    done: int
    total: int


# on_batch(batch) after each batch of files is stored, as the ingest goes
OnBatch = Callable[[IngestBatch], None]

# The first batch is this many files (the first stories reach the library, and the reader's
# list, as soon as one file is split); each later batch doubles, up to BATCH_FILES_MAX.
FIRST_BATCH_FILES = 1
# A batch's stories are freed once stored, leaving holes in the heap that what lives on (the
# page caches, the merge's recent buckets) pins: the larger the batch, the more the process
# keeps after each one (issue 15; 10,000 mixed stories: peak 98 MiB at 256 files, 80 at 64).
BATCH_FILES_MAX = 64
# The library's page cache while an ingest writes (KiB): what it writes is not read again.
CACHE_KIB = 8192


class _Batches:
    """Files split in this ingest, stored a batch at a time. Near-copies merge across the
    whole ingest (one ``Merger``), as in a single merge: a story stored by an earlier batch
    that absorbs a copy is written again with its new sources. What is stored leaves memory
    (the merger spills its stories, sketches and buckets, and the workers' summaries wait on
    disk), so memory holds a batch of stories and 16 bytes for each story kept before it.

    With ``late`` active (a local pool splits the files), the stories each batch keeps are
    enriched after the merge instead (``LateEnrich``; ``reader.ingest_cache.LateSender``)."""

    def __init__(self, options: SummaryOptions | None, late: LateEnrich | None = None) -> None:
        from reader.ingest_cache import LateSender, WorkerEnrichments
        from reader.story.dedupe import Merger

        self.merger = Merger(spill=True)  # what it has settled is in the library
        self.added = 0  # stories new to the library
        self.files: list[FileRecord] = []  # split, not stored yet
        self.keys: list[str] = []  # files of this batch whose stories to report
        # summary options the workers enriched with, and what they found: enrichment key ->
        # (summary, figures, lead figure) of the story as split (its id and title are in the key)
        self.options = options
        self.enriched = WorkerEnrichments()
        self.late = None if late is None else LateSender(late)

    def add(
        self,
        stories: list[Story],
        sketches: list[Sketch],
        exact: list[bytes | None],
        leads: list[str | None],
    ) -> None:
        if self.late is not None and self.late.active:
            self.late.split(stories)  # not enriched yet: see commit
        elif self.options is not None:
            from reader.enrich import enrichment_key

            o = self.options
            for story, lead in zip(stories, leads, strict=True):
                if story.summary is not None and story.figures is not None:
                    key = enrichment_key(story, o.algorithm, o.sentences, o.ratio)
                    self.enriched[key] = (story.summary, story.figures, lead)
                story.summary = story.figures = None  # cached below, not stored with the story
        for story, sketched, shingled in zip(stories, sketches, exact, strict=True):
            self.merger.add(story, sketched, shingled)

    def commit(self, library: Library, mode: str) -> list[str]:
        """Store the batch; the keys of its files (whose stories are now in the library)."""
        keys, self.keys = self.keys, []
        if not self.files:
            return keys
        new, merged = self.merger.pending()
        self.added += library.store(self.files, new, mode, merged, compact=False)
        if self.late is not None and self.late.active:
            self.late.kept(library, new, merged)
            self.late.store(library)  # what the pool has finished so far
        elif self.options is not None:
            _cache_enrichment(library, [*new, *merged], self.enriched, self.options)
        self.merger.settle()
        self.enriched.flush()
        self.files = []
        trim()  # the batch's stories are freed: their pages go back to the system
        return keys

    def close(self) -> None:
        """Remove the temporary files."""
        self.merger.close()
        self.enriched.close()


def _cache_enrichment(
    library: Library,
    stories: Sequence[Story],
    enriched: WorkerEnrichments,
    options: SummaryOptions,
) -> None:
    """Fill the library's enrichment cache with what the workers computed, for the stories
    kept after the merge whose key (id, title, options) is the one computed for: a story
    whose title a duplicate changed is left to ``enrich``. The lead figures are the workers'
    too: the figure finder is not imported here."""
    from reader.enrich import enrichment_key

    o = options
    items = []
    for story in stories:
        key = enrichment_key(story, o.algorithm, o.sentences, o.ratio)
        found = enriched.get(key)
        if found is not None:
            items.append((key, story.id, *found))
    library.store_enrichments(items)


def ingest(
    library: Library,
    paths: Sequence[str],
    *,
    whole: bool = False,
    progress: Progress | None = None,
    summaries: SummaryOptions | None = None,
    on_batch: OnBatch | None = None,
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

    Stories are stored as files finish, in batches (the first is one file, each later one
    twice the last, up to ``BATCH_FILES_MAX``), each in short transactions of its own;
    ``on_batch`` is told after each (first, at once, about files already in the library).
    Near-copies merge across the whole call all the same.
    """
    from reader.library.schema import LibraryDamaged

    def run() -> IngestResult:
        with library.cache_capped(CACHE_KIB):
            return _ingest(library, paths, whole=whole, progress=progress, summaries=summaries,
                           on_batch=on_batch)  # fmt: skip

    try:
        return run()
    except LibraryDamaged:
        if library.path == ":memory:":
            raise
        return run()


def _ingest(
    library: Library,
    paths: Sequence[str],
    *,
    whole: bool,
    progress: Progress | None,
    summaries: SummaryOptions | None,
    on_batch: OnBatch | None,
) -> IngestResult:
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
    if on_batch is not None and skipped:  # already in the library: shown at once
        known = {f.key for f in todo}
        ids = _ids(library, [f.key for f in files if f.key not in known])
        on_batch(IngestBatch(ids, skipped, len(files)))
    failed = _split_and_store(library, todo, whole, mode, skipped, len(files), result,
                              progress=progress, summaries=summaries, on_batch=on_batch)  # fmt: skip
    result.ids = _ids(library, [f.key for f in files if f.key not in failed])
    return result


def _ids(library: Library, keys: Sequence[str]) -> list[str]:
    ids: dict[str, None] = {}  # each once, in order (copies share the story they merged into)
    for key in keys:
        ids.update(dict.fromkeys(library.ids_for_path(key)))
    return list(ids)


def _split_and_store(
    library: Library,
    todo: list[InputFile],
    whole: bool,
    mode: str,
    skipped: int,
    total: int,
    result: IngestResult,
    *,
    progress: Progress | None,
    summaries: SummaryOptions | None,
    on_batch: OnBatch | None,
) -> set[str]:
    """Split ``todo`` (in the pool) and store its stories batch by batch as files finish;
    the keys of the files that failed. Interrupted (Ctrl+C, or a callback raising), the
    workers stop at once and the files finished so far are stored before the error goes on."""
    from reader.ingest_work import LateEnrich, split_files

    def tick(n: int) -> None:
        if progress is not None:
            progress(skipped + n, total)

    failed: set[str] = set()
    o = summaries
    options = None if o is None else (o.algorithm, o.sentences, o.ratio)
    late = None if options is None else LateEnrich(options)
    fresh = _Batches(summaries, late)
    jobs = [(f.name, f.key) for f in todo]
    outcomes = split_files(jobs, whole, tick, enrich=options, late=late)
    size, pending, done = FIRST_BATCH_FILES, 0, skipped

    def commit() -> None:
        nonlocal size, pending, done
        keys = fresh.commit(library, mode)
        done += pending
        size, pending = min(size * 2, BATCH_FILES_MAX), 0
        if on_batch is not None:
            on_batch(IngestBatch(_ids(library, keys), done, total))

    try:
        try:
            for n, (f, outcome) in enumerate(zip(todo, outcomes, strict=True), 1):
                pending += 1
                if isinstance(outcome, Problem):
                    result.problems.append(outcome)
                    failed.add(f.key)
                else:
                    _take(library, f, outcome, mode, fresh, result)
                if pending >= size or n == len(todo):  # the last one before the pool ends
                    commit()  # (what it sends ``late`` is enriched before the pool ends)
        except BaseException as exc:
            outcomes.close()  # the workers stop now, whatever they were doing
            if not isinstance(exc, LibraryError):  # keep what was finished: the next run goes on
                fresh.commit(library, mode)
            raise
        if pending:
            commit()
        if fresh.late is not None:
            fresh.late.store(library)  # the rest the pool computed
    finally:
        fresh.close()  # its temporary files
        trim()
    library.compact_after(fresh.added)
    return failed


def _take(
    library: Library,
    f: InputFile,
    outcome: Split,
    mode: str,
    fresh: _Batches,
    result: IngestResult,
) -> None:
    """One file split: its stories join the batch (unless the file did not change)."""
    digest, stories, sketches, exact, leads = outcome
    fresh.keys.append(f.key)
    st = _stat(f.key)
    if st is not None and library.unchanged(f.key, mode, digest=digest):
        result.unchanged += 1
        library.touch(f.key, st)
        return
    result.parsed += 1
    if not stories:
        result.problems.append(Problem(f.name, "no story text found"))
    fresh.files.append(FileRecord(f.key, st, digest))
    fresh.add(stories, sketches, exact, leads)


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
        _, stories, sketched, _, _ = outcome
        if not stories:
            result.problems.append(Problem(f.name, "no story text found"))
        collected.extend(stories)
        sketches.extend(sketched)
    result.stories = merge_duplicates(collected, sketches)
    return result
