"""Messages: what the reader's workers post back to the app, and what its screens ask of it
(screens post messages; they never call the app's methods). Small dataclasses, nothing more."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from textual.message import Message

from reader.library.queries import StoryRow
from reader.model import Story


@dataclass
class StoriesLoaded(Message):
    """Ingest finished: the ids to show (library order) and one-line problems."""

    ids: list[str] | None
    problems: list[str] = field(default_factory=list)
    rows: list[StoryRow] | None = None  # read in the worker: 100,000 rows take a moment


@dataclass
class StoriesBatch(Message):
    """Part of a long first load is in the library: the ids so far (the rest follow)."""

    ids: list[str] | None
    rows: list[StoryRow]


@dataclass
class LoadProgress(Message):
    """Files read so far during a load, out of ``total``; stories stored so far."""

    done: int
    total: int
    stories: int = 0


@dataclass
class StoryEnriched(Message):
    """A story's summary and figures are ready (and cached)."""

    story: Story
    lead_figure: str | None
    related: list[tuple[str, str]] = field(default_factory=list)  # (id, title)


@dataclass
class SearchResults(Message):
    query: str
    ids: list[str]


@dataclass
class BriefingReady(Message):
    markdown: str
    stories: int


@dataclass
class Copied(Message):
    what: str
    methods: list[str]


@dataclass
class Written(Message):
    """A write (read/star state, settings) finished in its worker."""

    what: str


@dataclass(frozen=True)
class WriteJob:
    """One write for the write worker: ``run`` does it (in the worker thread); ``undo`` puts
    the screen back (on the UI thread) when it finally fails."""

    what: str
    run: Callable[[], None]
    undo: Callable[[], object] | None = None
    attempt: int = 0


# -- what screens ask of the app ---------------------------------------------------------------


@dataclass
class SearchRequested(Message):
    query: str


@dataclass
class CopyRequested(Message):
    what: str
    text: str
