"""Which stories a briefing covers, by story date (``Story.date``, set by the library).

``--date D``: the stories dated D. ``--since 24h|7d|YYYY-MM-DD``: dated then or later. Neither,
and no paths given: the last day of stories (the 24 hours up to the newest story's date), so
the morning briefing is the day's news, not everything ever read. Paths given without either
option: all of their stories. When a selection is empty, every story is briefed and a notice
says so. The reader's date filter selects its list rows with the same function (anything
with a ``date`` works: a ``Story``, a list row).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol, TypeVar

from reader.story.dates import iso

DAY = dt.timedelta(hours=24)


class Dated(Protocol):
    @property
    def date(self) -> str | None: ...


T = TypeVar("T", bound=Dated)


def _last_day_cutoff(stories: list[T]) -> str | None:
    dates = [s.date for s in stories if s.date]
    if not dates:
        return None
    newest = max(dates)
    try:
        return iso(dt.datetime.fromisoformat(newest) - DAY)
    except ValueError:
        return None


def select(
    stories: list[T], *, since: str | None, day: str | None, default_last_day: bool
) -> tuple[list[T], str | None]:
    """(the stories to brief, a notice for stderr or None). ``since`` is an ISO cutoff."""
    if day is not None:
        chosen = [s for s in stories if (s.date or "")[:10] == day]
        what = f"dated {day}"
    elif since is not None:
        chosen = [s for s in stories if (s.date or "") >= since]
        what = f"dated since {since.replace('T', ' ')}"
    elif default_last_day:
        cutoff = _last_day_cutoff(stories)
        if cutoff is None:
            return stories, None
        chosen = [s for s in stories if (s.date or "") >= cutoff]
        what = "in the last day"
    else:
        return stories, None
    if chosen:
        return chosen, None
    return stories, f"no stories {what}; briefing all {len(stories)}"
