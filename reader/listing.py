"""What the reader's list shows: a filter by date and by source over the list's rows, the
choices offered for each, and a story's link. No UI here (the reader asks through
``reader.desk``).

The date selection is the briefing's own (``briefing.select.select``, the same rules as
``brief --since`` and ``--date``): a day, or everything since a cutoff; when nothing matches,
every row is shown and a notice says so. A row's source is its feed, site or sender, else its
file's name (``StoryRow.source``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import urlsplit

from reader.library.queries import StoryRow
from reader.model import Story

DAYS_OFFERED = 30  # the most recent days with stories, in the date picker
ALL = "all"
SPANS = {"24h": "Last 24 hours", "7d": "Last 7 days"}


class ListFilter(NamedTuple):
    """The list's filter: by date (``since`` an ISO cutoff, or ``day``) and by source.

    A named tuple, not a dataclass: the reader makes one before its first frame, and a frozen
    dataclass costs about a millisecond to define at import (its methods are generated)."""

    since: str | None = None
    day: str | None = None
    when: str = ""  # what the date part is called: "last 24 hours", "2026-11-23"
    source: str | None = None
    date_key: str = ALL  # the date picker's key that chose it (see ``date_choices``)

    @property
    def active(self) -> bool:
        return bool(self.since or self.day or self.source)

    @property
    def label(self) -> str:
        """ "last 24 hours · Harbour Ledger" (empty when nothing is filtered)."""
        return " · ".join(p for p in (self.when, self.source or "") if p)

    def with_date(self, key: str, now: dt.datetime) -> ListFilter:
        """The filter with its date part chosen by a picker key (see ``date_choices``)."""
        from reader.story.dates import parse_day, parse_since

        if key == ALL:
            return self._replace(since=None, day=None, when="", date_key=key)
        if key in SPANS:
            since = parse_since(key, now)
            return self._replace(since=since, day=None, when=SPANS[key].lower(), date_key=key)
        day = parse_day(key)
        return self._replace(since=None, day=day, when=day, date_key=key)

    def with_source(self, source: str | None) -> ListFilter:
        return self._replace(source=source)


def apply(rows: list[StoryRow], view: ListFilter) -> tuple[list[StoryRow], str | None]:
    """The rows the filter keeps, in their order, and a one-line notice when it kept none
    (then every row of the source, or every row, is shown)."""
    from briefing.select import select

    if view.source is not None:
        mine = [r for r in rows if r.source == view.source]
        if not mine:
            return rows, f"No stories from {view.source}; showing all {len(rows):,}"
        rows = mine
    if not (view.since or view.day):
        return rows, None
    chosen, notice = select(rows, since=view.since, day=view.day, default_last_day=False)
    if notice is not None:
        return rows, f"No stories dated {view.when}; showing all {len(rows):,}"
    return chosen, None


def date_choices(rows: Sequence[StoryRow], now: dt.datetime) -> list[tuple[str, str]]:
    """(key, label) for the date picker: all, the spans, then the days that have stories,
    newest first, with their counts."""
    from reader.story.dates import parse_since

    out = [(ALL, f"All dates ({len(rows):,})")]
    for key, label in SPANS.items():
        cutoff = parse_since(key, now)
        out.append((key, f"{label} ({sum(1 for r in rows if r.date >= cutoff):,})"))
    days = Counter(r.date[:10] for r in rows if r.date)
    for day in sorted(days, reverse=True)[:DAYS_OFFERED]:
        out.append((day, f"{day} ({days[day]:,})"))
    return out


def source_choices(rows: Sequence[StoryRow]) -> list[tuple[str, int]]:
    """Every source of the rows with its story count, most stories first, then by name."""
    counts = Counter(r.source for r in rows)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def story_link(story: Story) -> str | None:
    """The story's web address when it has one a browser may open (http or https, a host,
    no spaces or control characters): a feed item's or web page's link; None for a file."""
    for url in (story.url, story.sources[0].path if story.sources else None):
        if url and _openable(url):
            return url
    return None


def _openable(url: str) -> bool:
    if any(c.isspace() or not c.isprintable() for c in url) or len(url) > 4096:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
