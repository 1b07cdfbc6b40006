"""Messages the reader's workers post back to the app: small dataclasses, nothing more."""

from __future__ import annotations

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
