"""Messages: what the reader's workers post back to the app, and what its screens ask of it
(screens post messages; they never call the app's methods). Small dataclasses, nothing more."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from textual.message import Message

from reader.library.queries import StoryRow
from reader.listing import ListFilter
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
class LeadsFilled(Message):
    """Lead figures computed in the background for rows the list shows without one."""

    leads: dict[str, str | None]


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


@dataclass
class RowsFiltered(Message):
    """The list's rows under ``view`` (``notice``: nothing matched, so all are shown)."""

    view: ListFilter
    rows: list[StoryRow]
    notice: str | None = None


@dataclass
class FilterChoices(Message):
    """What the date or source picker offers: (key, label) pairs; ``current`` is chosen now."""

    kind: str  # "date" or "source"
    choices: list[tuple[str, str]]
    current: str | None = None


@dataclass
class RefreshProgress(Message):
    """Feeds fetched so far during a refresh, out of ``total``."""

    done: int
    total: int


@dataclass
class FeedsDone(Message):
    """A refresh finished: the new stories (unread) and one line to say."""

    new_ids: list[str]
    summary: str
    failed: int = 0


@dataclass
class LinkOpened(Message):
    """The browser was asked to open ``url`` (``ok``: it said it did)."""

    url: str
    ok: bool
    console: object = None  # a text-mode browser to run with the terminal handed over


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
