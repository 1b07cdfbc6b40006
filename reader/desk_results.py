"""What the service layer (``reader.desk``) hands back: stories gathered for a command, a
story's details for the reader, a feeds refresh. In a module of their own because
``reader.desk`` is imported before the reader's first frame and these are not needed for it
(a dataclass costs about a millisecond to define at import); ``reader.desk`` hands them on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.model import Story

if TYPE_CHECKING:
    from reader.sources.refresh import Report


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


@dataclass
class FeedsRefreshed:
    """A refresh: the new stories (marked unread), its report (None when nothing was
    fetched: no feeds, or offline) and what to tell the user, in one line."""

    new_ids: list[str]
    report: Report | None
    summary: str
