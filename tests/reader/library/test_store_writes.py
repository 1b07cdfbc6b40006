"""What storing a story writes: a new story's record once, with its sources as the sources
table orders them; a story already stored only gains its new sources."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from reader.library.store import Library, put_stories
from reader.model import Source, Story


def _story(path: str, text: str = "Port volumes rose 12 percent in the third quarter.") -> Story:
    from reader.sources.stories import make_story

    story = make_story([text, "Analysts had expected a smaller rise."], source=path, title="Port")
    assert story is not None
    return story


def test_a_new_story_is_written_once_with_its_sources() -> None:
    with Library.memory() as lib:
        story = _story("https://a.example/1")
        story.sources.append(Source("https://b.example/2", 1, 2))
        statements: list[str] = []
        lib._conn.set_trace_callback(statements.append)
        with lib._tx() as c:
            assert put_stories(c, [story], dt.datetime(2026, 11, 30, 8, 0)) == 1
        lib._conn.set_trace_callback(None)
        assert not [s for s in statements if s.lstrip().upper().startswith("UPDATE STORIES")]
        data, path, first, last = lib._query(
            "SELECT data, path, first_line, last_line FROM stories WHERE id = ?", (story.id,)
        )[0]
        assert (path, first, last) == ("https://a.example/1", 1, 2)
        assert [s["path"] for s in json.loads(data)["sources"]] == [
            "https://a.example/1",
            "https://b.example/2",
        ]
        assert lib.search("volumes") == [story.id]


def test_a_story_stored_again_gains_only_its_new_source() -> None:
    with Library.memory() as lib:
        when = dt.datetime(2026, 11, 30, 8, 0)
        with lib._tx() as c:
            put_stories(c, [_story("https://a.example/1")], when)
        again = _story("https://c.example/3")
        with lib._tx() as c:
            assert put_stories(c, [again, _story("https://a.example/1")], when) == 0
        (stored,) = lib.stories([again.id])
        assert [s.path for s in stored.sources] == ["https://a.example/1", "https://c.example/3"]
        assert lib.count() == 1


def test_a_feed_story_is_dated_without_looking_for_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.library.dates import story_date

    looked: list[str] = []
    real = os.stat

    def stat(path: str, *args: object, **kwargs: object) -> os.stat_result:
        looked.append(str(path))
        return real(path)

    monkeypatch.setattr(os, "stat", stat)
    now = dt.datetime(2026, 11, 30, 8, 0)
    assert story_date(_story("https://a.example/1"), now) == ("2026-11-30T08:00", "read")
    assert looked == []
