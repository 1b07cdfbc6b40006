"""The SQLite library: ingest once, changed files replace their stories, state persists."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.desk import ingest
from reader.library.schema import SCHEMA_VERSION
from reader.library.store import Library, LibraryError, fts_query, library_path

STORY_A = (
    "Harbour Freight Lines said on Tuesday that container volumes at its northern terminals "
    "rose sharply in the third quarter as shippers moved cargo ahead of new tariffs.\n\n"
    "The operator handled more vessels than in any quarter since the terminals opened, and "
    "its chief executive said berth congestion had eased after two new cranes arrived.\n\n"
    "Dock workers agreed a two-year wage deal last month, ending a dispute over shift patterns."
)
STORY_B = (
    "A regional orchestra has commissioned three new symphonies from young composers, its "
    "artistic director announced at the opening night of the winter season.\n\n"
    "The works will premiere over the next two seasons, with rehearsals open to students from "
    "local music schools and a recording planned for the final concert.\n\n"
    "Ticket sales for the season have already passed last year's total, the orchestra said."
)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "home" / "library.sqlite3")
    yield library
    library.close()


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_library_path_follows_newsdesk_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSDESK_HOME", str(tmp_path / "nd"))
    assert library_path() == tmp_path / "nd" / "library.sqlite3"


def test_ingest_stores_stories_and_skips_unchanged_files(lib: Library, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY_A)
    b = write(tmp_path / "b.txt", STORY_B)
    first = ingest(lib, [a, b])
    assert first.parsed == 2 and first.unchanged == 0
    assert len(first.ids) == 2 and lib.count() == 2
    again = ingest(lib, [a, b])
    assert again.parsed == 0 and again.unchanged == 2
    assert again.ids == first.ids  # ids are stable across runs
    rows = lib.rows()
    assert [r.id for r in rows] == first.ids
    assert rows[0].path == os.path.abspath(a) and rows[0].first_line == 1
    story = lib.story(first.ids[0])
    assert story is not None and rows[0].words == story.words


def test_touched_but_identical_file_is_not_split_again(lib: Library, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY_A)
    first = ingest(lib, [a])
    os.utime(a, ns=(1, 1))
    again = ingest(lib, [a])
    assert again.parsed == 0 and again.ids == first.ids


def test_changed_file_replaces_its_stories(lib: Library, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY_A)
    old = ingest(lib, [a]).ids
    write(tmp_path / "a.txt", STORY_B)
    new = ingest(lib, [a])
    assert new.parsed == 1
    assert new.ids != old
    assert lib.count() == 1
    assert lib.story(old[0]) is None


def test_duplicate_across_files_is_one_story_with_both_sources(
    lib: Library, tmp_path: Path
) -> None:
    a = write(tmp_path / "a.txt", STORY_A)
    b = write(tmp_path / "b.txt", STORY_A)
    ids = ingest(lib, [a, b]).ids
    assert len(ids) == 1
    story = lib.story(ids[0])
    assert story is not None
    assert [s.path for s in story.sources] == [os.path.abspath(a), os.path.abspath(b)]
    # the copy in b goes away when b changes; the story stays, held by a
    write(tmp_path / "b.txt", STORY_B)
    ingest(lib, [b])
    story = lib.story(ids[0])
    assert story is not None and [s.path for s in story.sources] == [os.path.abspath(a)]


def test_state_survives_reopen_and_reingest(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite3"
    a = write(tmp_path / "a.txt", STORY_A)
    with Library.open(db) as lib:
        sid = ingest(lib, [a]).ids[0]
        lib.set_starred(sid)
        lib.set_read(sid)
        lib.set_read(sid, False)
    with Library.open(db) as lib:
        assert lib.state(sid) == (False, True)
        ingest(lib, [a])
        row = lib.rows([sid])[0]
        assert row.starred and not row.read


def test_search_prefix_and_hostile_queries(lib: Library, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY_A)
    b = write(tmp_path / "b.txt", STORY_B)
    ids = ingest(lib, [a, b]).ids
    assert lib.search("container vol") == [ids[0]]
    assert lib.search("symphon") == [ids[1]]
    # as the last word is typed, each prefix finds what the whole word will (no stemming)
    for typed in ("o", "or", "orc", "orch", "orche", "orchest", "orchestr", "orchestra"):
        assert lib.search(typed)[:1] == [ids[1]] or typed in ("o", "or"), typed
    assert ids[1] in lib.search("compos") and lib.search("composers") == [ids[1]]
    assert lib.search("northern termin") == [ids[0]]
    assert lib.search("symphonies orchestra") == [ids[1]]
    for query in ['"', "AND OR NOT", "*", "col:x", "(", "'; DROP TABLE stories; --", ""]:
        assert isinstance(lib.search(query), list)
    assert lib.count() == 2
    assert fts_query('x" OR y') == '"x" AND "OR" AND "y"*'


def test_settings_round_trip(lib: Library) -> None:
    assert lib.get_setting("theme") is None
    lib.set_setting("theme", "newsdesk-light")
    lib.set_setting("theme", "newsdesk-dark")
    assert lib.get_setting("theme") == "newsdesk-dark"


def test_two_connections_on_one_file(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite3"
    a = write(tmp_path / "a.txt", STORY_A)
    one, two = Library.open(db), Library.open(db)
    try:
        sid = ingest(one, [a]).ids[0]
        for n in range(20):
            one.set_read(sid, n % 2 == 0)
            two.set_starred(sid, n % 2 == 1)
        assert two.state(sid) == (False, True)
        assert one.rows() == two.rows()
    finally:
        one.close()
        two.close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_unusable_library_file_is_a_library_error(tmp_path: Path) -> None:
    bad = tmp_path / "lib.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with Library.open(bad) as lib:  # not a database: moved aside, a fresh library started
        assert lib.count() == 0
    (aside,) = tmp_path.glob("lib.sqlite3.damaged-*")
    assert aside.read_bytes() == b"this is not a database" * 100
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError):
        Library.open(blocker / "sub" / "lib.sqlite3")


def test_bad_files_are_problems_good_ones_still_read(lib: Library, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY_A)
    (tmp_path / "empty.txt").write_text("")
    result = ingest(lib, [str(tmp_path / "missing.txt"), a, str(tmp_path / "empty.txt")])
    assert len(result.ids) == 1
    assert len(result.problems) == 2


def test_process_pool_gives_the_same_stories_as_serial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.ingest_work as work

    paths = []
    for n in range(6):
        text = (STORY_A if n % 2 else STORY_B).replace("two", f"{n + 2} hundred")
        paths.append(write(tmp_path / f"f{n}.txt", text))
    with Library.open(tmp_path / "serial.sqlite3") as serial:
        expected = [
            (r.title, r.words, r.first_line) for r in serial.rows(ingest(serial, paths).ids)
        ]
    monkeypatch.setattr(work, "POOL_MIN_FILES", 2)
    monkeypatch.setattr(work, "POOL_MIN_BYTES", 0)
    assert work._workers([(p, p) for p in paths]) > 1 or (os.cpu_count() or 1) == 1
    seen: list[int] = []
    with Library.open(tmp_path / "pool.sqlite3") as pooled:
        result = ingest(pooled, paths, progress=lambda done, total: seen.append(done))
        got = [(r.title, r.words, r.first_line) for r in pooled.rows(result.ids)]
    assert got == expected and result.parsed == 6
    assert seen == list(range(1, 7))


def _as_schema_3_search(conn: sqlite3.Connection) -> None:
    """Put back the one search table (stemmed, with positions) that schemas 1 to 3 had."""
    conn.execute(
        "CREATE VIRTUAL TABLE story_fts USING fts5(title, body,"
        " tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "INSERT INTO story_fts (rowid, title, body) SELECT t.rowid, t.title, b.body"
        " FROM title_fts t JOIN body_fts b ON b.rowid = t.rowid"
    )
    conn.execute("DROP TABLE title_fts")
    conn.execute("DROP TABLE body_fts")


def _as_schema_6(conn: sqlite3.Connection) -> None:
    """Undo schema 7 (the site column; date and site in the list's covering index)."""
    conn.execute("DROP INDEX IF EXISTS stories_list")
    conn.execute("ALTER TABLE stories DROP COLUMN site")
    columns = {r[1] for r in conn.execute("PRAGMA table_info(stories)")}
    if "path" in columns:
        conn.execute(
            "CREATE INDEX stories_list ON stories"
            " (seq, id, title, title_generated, path, first_line, last_line, words, lead_figure)"
        )


def _as_schema_4(conn: sqlite3.Connection) -> None:
    """Undo schema 5 (story dates)."""
    _as_schema_6(conn)
    conn.execute("DROP INDEX stories_by_date")
    for column in ("date", "date_kind"):
        conn.execute(f"ALTER TABLE stories DROP COLUMN {column}")
    conn.execute("ALTER TABLE files DROP COLUMN missing")


def test_schema_3_library_gets_the_prefix_search_tables(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    a = write(tmp_path / "a.txt", STORY_A)
    b = write(tmp_path / "b.txt", STORY_B)
    with Library.open(db) as lib:
        ids = ingest(lib, [a, b]).ids
    conn = sqlite3.connect(db)
    _as_schema_3_search(conn)
    _as_schema_4(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Library.open(db) as lib:
        assert lib.search("orchestr") == [ids[1]] and lib.search("container vol") == [ids[0]]
        assert ingest(lib, [a, b]).unchanged == 2
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "story_fts" not in tables and {"title_fts", "body_fts"} <= tables
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_schema_6_library_gets_sites_and_lists_date_and_site_from_the_index(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.sqlite3"
    a = write(tmp_path / "a.txt", STORY_A)
    with Library.open(db) as lib:
        sid = ingest(lib, [a]).ids[0]
        lib.set_read(sid)
    conn = sqlite3.connect(db)
    record = json.loads(conn.execute("SELECT data FROM stories").fetchone()[0])
    record["site"] = "Harbour Ledger"  # as a feed story stored by schema 6 carries it
    conn.execute("UPDATE stories SET data = ?", (json.dumps(record),))
    _as_schema_6(conn)
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Library.open(db) as lib:
        row = lib.rows()[0]
        assert (row.id, row.site, row.source, row.read) == (
            sid,
            "Harbour Ledger",
            "Harbour Ledger",
            True,
        )
        assert row.date[:4].isdigit() and "T" in row.date
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    plan = " ".join(str(r) for r in conn.execute("EXPLAIN QUERY PLAN SELECT seq, id, title,"
                    " path, words, date, site FROM stories ORDER BY seq"))  # fmt: skip
    assert "COVERING INDEX stories_list" in plan
    conn.close()


def test_new_stories_come_after_last_seq_and_mark_unread_is_one_write(
    lib: Library, tmp_path: Path
) -> None:
    a = write(tmp_path / "a.txt", STORY_A)
    b = write(tmp_path / "b.txt", STORY_B)
    first = ingest(lib, [a]).ids
    mark = lib.last_seq()
    second = ingest(lib, [b]).ids
    assert lib.ids_after(mark) == second and lib.ids_after(0) == first + second
    lib.set_read(second[0])
    lib.mark_unread(first + second)
    assert [r.read for r in lib.rows()] == [False, False]
    assert lib.rows()[0].source == "a.txt" and lib.rows()[0].site == ""


def test_schema_1_library_is_migrated_in_place(tmp_path: Path) -> None:  # through 2, 3 to 4
    db = tmp_path / "old.sqlite3"
    a = write(tmp_path / "a.txt", STORY_A)
    with Library.open(db) as lib:
        sid = ingest(lib, [a]).ids[0]
        lib.set_starred(sid)
    conn = sqlite3.connect(db)  # make it look like a schema-1 library
    conn.execute("DROP INDEX stories_list")
    for column in ("path", "first_line", "last_line"):
        conn.execute(f"ALTER TABLE stories DROP COLUMN {column}")
    _as_schema_3_search(conn)
    _as_schema_4(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Library.open(db) as lib:
        row = lib.rows()[0]
        assert (row.path, row.first_line, row.starred) == (os.path.abspath(a), 1, True)
        assert lib.search("container") == [sid]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    plan = " ".join(str(r) for r in conn.execute("EXPLAIN QUERY PLAN SELECT seq, id, title,"
                    " path, words FROM stories ORDER BY seq"))  # fmt: skip
    assert "COVERING INDEX stories_list" in plan
    conn.close()


def test_a_large_ingest_merges_the_search_indexes_and_a_changed_file_leaves_them(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.library.store as library_module

    merged: list[int] = []
    real = Library._optimize_search
    monkeypatch.setattr(library_module, "OPTIMIZE_AFTER", 2)

    def counted(self: Library) -> None:
        merged.append(1)
        real(self)

    monkeypatch.setattr(Library, "_optimize_search", counted)
    a = write(tmp_path / "a.txt", STORY_A)
    b = write(tmp_path / "b.txt", STORY_B)
    ids = ingest(lib, [a, b]).ids
    assert merged == [1]
    for table in ("title_fts", "body_fts"):  # merged to the end: one more step changes nothing
        before = lib._conn.total_changes
        lib._conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('merge', -256)")
        assert lib._conn.total_changes - before < 2
    assert lib.search("harbour") == [ids[0]]
    write(tmp_path / "a.txt", STORY_B.replace("orchestra", "choir"))
    ingest(lib, [a])
    assert merged == [1]  # one new story: no merge
    assert lib.search("harbour") == [] and lib.search("container") == []
    assert set(lib.search("symphon")) == {ids[1], ingest(lib, [a]).ids[0]}


def test_the_pipeline_fingerprint_covers_every_module_a_split_imports(tmp_path: Path) -> None:
    import subprocess
    import sys

    from reader.library.store import pipeline_files

    path = write(tmp_path / "pile.txt", "Harbour Freight Posts Record Quarter\n\n" + STORY_A)
    script = (
        "import sys\n"
        "from reader.pipeline import read_document, split_document\n"
        f"assert split_document(read_document({path!r}))\n"
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items()"
        " if n.split('.')[0] == 'reader' and getattr(m, '__file__', None)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    import reader

    here = Path(reader.__path__[0]).resolve()
    covered = {p.resolve() for p in pipeline_files(here)}
    loaded = {Path(f).resolve() for f in out.split()}
    missing = {p for p in loaded if p.name != "__init__.py"} - covered
    assert not missing, f"split by modules the fingerprint ignores: {sorted(map(str, missing))}"


def test_the_pipeline_fingerprint_covers_the_story_pipelines_data_files() -> None:
    """Learned weights change how files split, as code does: a new weights file anywhere in
    the story pipeline must re-split the library's files too."""
    from reader.library.store import pipeline_files

    root = Path(__file__).resolve().parents[3] / "reader"
    data = {p for p in (root / "story").rglob("*") if p.suffix in (".json", ".tsv", ".txt")}
    assert data, "the story pipeline ships its weights as data files"
    assert data <= set(pipeline_files(root))
