"""Which stories a briefing covers: the last day by default, --since, --date, a fallback."""

from __future__ import annotations

from briefing.select import select
from reader.model import Source, Story


def _s(sid: str, date: str | None) -> Story:
    return Story(sid, sid, False, [Source("a.txt", 1, 1)], ["x"], date=date)


STORIES = [
    _s("old", "2026-11-01T09:00"),
    _s("eve", "2026-11-22T20:00"),
    _s("new", "2026-11-23T18:00"),
    _s("undated", None),
]


def _ids(stories: list[Story]) -> list[str]:
    return [s.id for s in stories]


def test_default_is_the_last_day_before_the_newest_story() -> None:
    chosen, notice = select(STORIES, since=None, day=None, default_last_day=True)
    assert _ids(chosen) == ["eve", "new"] and notice is None


def test_paths_without_options_brief_everything() -> None:
    chosen, notice = select(STORIES, since=None, day=None, default_last_day=False)
    assert _ids(chosen) == _ids(STORIES) and notice is None


def test_since_and_date() -> None:
    chosen, _ = select(STORIES, since="2026-11-20T00:00", day=None, default_last_day=True)
    assert _ids(chosen) == ["eve", "new"]
    chosen, _ = select(STORIES, since=None, day="2026-11-01", default_last_day=True)
    assert _ids(chosen) == ["old"]


def test_an_empty_selection_briefs_everything_with_a_notice() -> None:
    chosen, notice = select(STORIES, since=None, day="2025-01-01", default_last_day=True)
    assert _ids(chosen) == _ids(STORIES)
    assert notice == "no stories dated 2025-01-01; briefing all 4"
