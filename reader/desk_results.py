"""What the service layer (``reader.desk``) hands back: stories gathered for a command, a
story's details for the reader, a feeds refresh. In a module of their own because
``reader.desk`` is imported before the reader's first frame and these are not needed for it
(a dataclass costs about a millisecond to define at import); ``reader.desk`` hands them on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

from reader.model import Story

if TYPE_CHECKING:
    from reader.ingest import SummaryOptions
    from reader.library.store import Library
    from reader.sources.refresh import Report


class StoryView(Sequence[Story]):
    """Stored stories by id, read from the library as they are asked for, a page at a time
    (with their summaries and figures, from the library's cache, when ``options`` is given):
    100,000 stories are never all in memory. It reads through the library, so it is good
    while that is open; a caller that closes the library first takes ``list(view)`` before."""

    PAGE = 256

    def __init__(
        self, library: Library, ids: Sequence[str], options: SummaryOptions | None
    ) -> None:
        self._library = library
        self._ids = ids
        self._options = options

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> Story: ...

    @overload
    def __getitem__(self, index: slice) -> list[Story]: ...

    def __getitem__(self, index: int | slice) -> Story | list[Story]:
        if isinstance(index, slice):
            return self._load(self._ids[index])
        found = self._load([self._ids[index]])
        if not found:
            raise IndexError(f"story {self._ids[index]} is no longer in the library")
        return found[0]

    def __iter__(self) -> Iterator[Story]:
        """Page after page, with the library's page cache held small meanwhile: a pass over
        every story reads each page once, and a cache that fills with them is memory the
        process keeps (up to the 32 MiB a connection allows: issue 15)."""
        from reader.ingest import CACHE_KIB

        with self._library.cache_capped(CACHE_KIB):
            for at in range(0, len(self._ids), self.PAGE):
                yield from self._load(self._ids[at : at + self.PAGE])

    def _load(self, ids: Sequence[str]) -> list[Story]:
        stories = self._library.stories(ids)
        o = self._options
        if o is not None:
            from reader.enrich import enrich

            for story in stories:
                enrich(story, self._library, algorithm=o.algorithm, sentences=o.sentences,
                       ratio=o.ratio)  # fmt: skip
        return stories


@dataclass
class Gathered:
    """Stories ready to show (summaries and figures filled when asked; read from the library
    as they are iterated: see ``StoryView``) and the problems."""

    stories: Sequence[Story]
    problems: list[str]


@dataclass(frozen=True, slots=True)
class StoryDetails:
    story: Story  # with its summary and figures
    lead_figure: str | None
    related_ids: list[str]  # most related first
    related: list[tuple[str, str]]  # (id, title) of the related stories, as the library lists them


@dataclass
class FeedsRefreshed:
    """A refresh: the new stories (marked unread), its report (None when nothing was
    fetched: no feeds, or offline) and what to tell the user, in one line."""

    new_ids: list[str]
    report: Report | None
    summary: str
