"""What storing a story writes: a new story's record once, with its sources as the sources
table orders them; a story already stored only gains its new sources."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from reader.library.schema import FTS_HASHSIZE, FTS_TABLES, SCHEMA_VERSION
from reader.library.store import Library
from reader.library.story_rows import put_stories
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


def test_a_refresh_stores_its_stories_in_batches_then_its_feeds() -> None:
    from reader.library import feeds as feed_table
    from reader.sources.stories import make_story

    with Library.memory() as lib:
        feed_table.add(lib, ["https://a.example/feed"])
        (row,) = feed_table.feeds(lib)
        stories = []
        for n in range(feed_table.RECORD_BATCH + 5):
            story = make_story([f"Story number {n} about the harbour."], source=f"https://a/{n}")
            assert story is not None
            stories.append(story)
        out = feed_table.Outcome(row, items=[(f"k{n}", s.id) for n, s in enumerate(stories)])
        statements: list[str] = []
        lib._conn.set_trace_callback(statements.append)
        assert feed_table.store_stories(lib, stories) == len(stories)
        feed_table.record(lib, [out])
        lib._conn.set_trace_callback(None)
        commits = [i for i, s in enumerate(statements) if s.strip().upper() == "COMMIT"]
        assert len(commits) == 3  # two batches of stories, then the feed and its items
        last_story = max(i for i, s in enumerate(statements) if "INTO stories" in s)
        first_item = min(i for i, s in enumerate(statements) if "INTO feed_items" in s)
        assert commits[0] < last_story < commits[1] < first_item < commits[2]
        assert feed_table.feeds(lib)[0].items == len(stories)


def _hashsize(conn: sqlite3.Connection) -> list[int]:
    return [
        int(conn.execute(f"SELECT v FROM {table}_config WHERE k = 'hashsize'").fetchone()[0])
        for table in FTS_TABLES
    ]


def test_search_indexes_gather_a_batch_in_memory_in_new_and_upgraded_libraries(
    tmp_path: Path,
) -> None:
    db = tmp_path / "library.sqlite3"
    with Library.open(db):
        pass
    conn = sqlite3.connect(db)
    assert _hashsize(conn) == [FTS_HASHSIZE, FTS_HASHSIZE]
    for table in FTS_TABLES:  # as a library of schema 7 has it: FTS5's default
        conn.execute(f"DELETE FROM {table}_config WHERE k = 'hashsize'")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    with Library.open(db) as lib:
        stories = [
            _story(f"https://a.example/{n}", f"Harbour number {n} grew.") for n in range(300)
        ]
        with lib._tx() as c:
            put_stories(c, stories, dt.datetime(2026, 11, 30, 8, 0))
        assert len(lib.search("harbour numb")) == 300
    conn = sqlite3.connect(db)
    assert _hashsize(conn) == [FTS_HASHSIZE, FTS_HASHSIZE]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def _tables(lib: Library) -> list[list[tuple[object, ...]]]:
    return [
        lib._query(f"SELECT * FROM {table} ORDER BY 1")
        for table in ("stories", "sources", "title_fts", "body_fts")
    ]


def test_a_batch_writes_the_rows_storing_its_stories_one_by_one_writes() -> None:
    from reader.library.story_rows import _put_story

    when = dt.datetime(2026, 11, 30, 8, 0)
    first = _story("https://a.example/1")
    again = _story("https://c.example/3")  # the same text: a stored story gains a source
    other = _story("https://b.example/2", "Rail fares rise 4.6 percent in March.")
    other.sources.append(Source("https://d.example/4", 3, 4))
    odd = _story("https://e.example/5", "Tariff \x00 talks \u00e9t\u00e9 \U0001f4c8 a\u2028b.")
    odd.sources.append(Source("file:/tmp/a\x00b.txt", 1, 1))  # (no NUL in JSON for SQLite)
    plain = _story("https://f.example/6", "Café owners said “prices” rose 3% — again.")
    plain.title = 'Caf\u00e9 \U0001f4c8 \u2028 "quoted" \\ \t end'  # what JSON escapes
    batches = [[first], [again, other, plain], [odd, plain]]
    written: list[object] = []
    for one_by_one in (True, False):
        with Library.memory() as lib:
            for batch in batches:
                with lib._tx() as c:
                    if one_by_one:
                        added = sum(_put_story(c, story, when) for story in batch)
                    else:
                        added = put_stories(c, batch, when)
                written.append(added)
            written.append(_tables(lib))
            assert lib.search("cafe") == [plain.id] and lib.search("tarif") == [odd.id]
    assert written[:4] == written[4:]
    assert written[:3] == [1, 2, 1]


def test_enriched_names_the_cached_keys_only(tmp_path: Path) -> None:
    from reader.model import Figure

    library = Library.open(tmp_path / "library.sqlite3")
    try:
        assert library.enriched(["a", "b"]) == set()
        figure = Figure("5%", "percent", 5.0, "%", sentence="Growth was 5%.")
        library.store_enrichments([("a", "s1", ["One."], [figure], None)])
        keys = ["a", "b", "a"] + [f"k{i}" for i in range(1200)]  # more than one query's worth
        assert library.enriched(keys) == {"a"}
        assert library.cached_enrichment("a") == (["One."], [figure])
    finally:
        library.close()


def test_the_page_cache_is_capped_meanwhile_and_restored(tmp_path: Path) -> None:
    def cache_size(library: Library) -> int:
        return int(library._query("PRAGMA cache_size")[0][0])

    with Library.open(tmp_path / "lib.sqlite3") as library:
        before = cache_size(library)
        with library.cache_capped(1024):
            assert cache_size(library) == -1024  # KiB
            with library.cache_capped(512):
                assert cache_size(library) == -512
            assert cache_size(library) == -1024
        assert cache_size(library) == before != -1024
        with pytest.raises(KeyError), library.cache_capped(256):
            raise KeyError("the caller fails: the cache comes back all the same")
        assert cache_size(library) == before


def _fts_sql(conn: sqlite3.Connection, table: str) -> str:
    return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])


def test_schema_8_text_index_is_rebuilt_with_fewer_prefixes_and_finds_the_same(
    tmp_path: Path,
) -> None:
    db = tmp_path / "library.sqlite3"
    texts = [f"Harbour number {n} grew as governments {'constructed' if n % 3 else 'consulted'}."
             for n in range(60)]  # fmt: skip
    typed = ["harbour numb", "governm", "governments con", "constru", "consul", "gr", "zzz"]
    with Library.open(db) as lib:
        with lib._tx() as c:
            put_stories(c, [_story(f"https://a.example/{n}", t) for n, t in enumerate(texts)],
                        dt.datetime(2026, 11, 30, 8, 0))  # fmt: skip
        found = {q: lib.search(q) for q in typed}
    conn = sqlite3.connect(db)
    assert "prefix = '1 2 3 4'" in _fts_sql(conn, "body_fts")
    assert "prefix = '1 2 3 4 5 6 7 8'" in _fts_sql(conn, "title_fts")
    # as a library of schema 8 has it: the text indexed with prefixes 1 to 8
    conn.execute(
        "CREATE VIRTUAL TABLE old_body USING fts5(body, tokenize = 'unicode61 remove_diacritics"
        " 2', detail = none, prefix = '1 2 3 4 5 6 7 8')"
    )
    conn.execute("INSERT INTO old_body (rowid, body) SELECT rowid, body FROM body_fts")
    conn.execute("DROP TABLE body_fts")
    conn.execute("ALTER TABLE old_body RENAME TO body_fts")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()
    with Library.open(db) as lib:
        assert {q: lib.search(q) for q in typed} == found
    assert found["governm"] and found["constru"] and found["consul"] and not found["zzz"]
    conn = sqlite3.connect(db)
    assert "prefix = '1 2 3 4'" in _fts_sql(conn, "body_fts")
    assert conn.execute("SELECT count(*) FROM body_fts").fetchone()[0] == len(texts)
    assert _hashsize(conn) == [FTS_HASHSIZE, FTS_HASHSIZE]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("INSERT INTO body_fts (body_fts) VALUES ('integrity-check')")
    conn.close()
