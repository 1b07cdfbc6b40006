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

from reader.library.store import FileRecord, Library, ingest_mode
from reader.model import Figure, Story
from reader.story.load import DEFAULT_PATTERNS, RICH_PATTERNS, Problem, iter_files

if TYPE_CHECKING:
    from reader.pipeline import PipelineResult
    from reader.story.dedupe import Sketch

__all__ = ["IngestResult", "InputFile", "Progress", "SummaryOptions", "build_stories", "ingest"]

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
