"""A locked library never crashes: typed errors, short write transactions, one-line CLI."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

import reader.library.store as library_module
from reader.cli import main
from reader.desk import ingest
from reader.library import schema as library_schema
from reader.library.store import Library, LibraryBusy, LibraryError
from reader.model import Story

WORDS = [
    "harbour",
    "council",
    "budget",
    "river",
    "station",
    "market",
    "tariff",
    "orchestra",
    "festival",
    "bridge",
    "school",
    "railway",
    "clinic",
    "vineyard",
    "factory",
    "airport",
    "museum",
    "stadium",
    "reservoir",
    "library",
    "ferry",
    "mine",
    "election",
    "court",
    "police",
    "weather",
    "drought",
    "harvest",
    "bank",
    "lender",
    "shares",
    "profit",
    "revenue",
]


def article(n: int) -> str:
    rng = random.Random(n)
    paras = []
    for _ in range(3):
        words = [rng.choice(WORDS) for _ in range(24)]
        paras.append(f"Story {n}: " + " ".join(words).capitalize() + " said officials.")
    return "\n\n".join(paras) + "\n"


def make_files(folder: Path, count: int, start: int = 0) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"{n:03d}.txt"
        path.write_text(article(n), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "home" / "library.sqlite3"
    with Library.open(path) as lib:
        ingest(lib, make_files(tmp_path / "old", 3))
    return path


@pytest.fixture
def locked(db: Path) -> Iterator[sqlite3.Connection]:
    """Another process's connection holding the write lock."""
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_writes_under_a_held_lock_raise_library_busy(
    db: Path, locked: sqlite3.Connection, tmp_path: Path
) -> None:
    new = make_files(tmp_path / "new", 2, start=100)
    with Library.open(db, busy_timeout=0.05) as lib:
        sid = lib.rows()[0].id
        for write in (
            lambda: lib.set_starred(sid, True),
            lambda: lib.set_read(sid, True),
            lambda: lib.set_setting("theme", "x"),
            lambda: lib.store_enrichment("k", sid, [], [], None),
            lambda: ingest(lib, new),
        ):
            with pytest.raises(LibraryBusy, match="busy"):
                write()
        # reads go on while another process writes (WAL)
        assert lib.count() == 3 and lib.story(sid) is not None
        assert lib.search("story") and lib.state(sid) == (False, False)
    locked.execute("ROLLBACK")
    locked.execute("BEGIN")  # the fixture's ROLLBACK ends this one
    with Library.open(db, busy_timeout=0.05) as lib:  # the interrupted ingest finishes now
        result = ingest(lib, new)
        assert result.parsed == 2 and lib.count() == 5
        lib.set_starred(sid, True)
        assert lib.state(sid) == (False, True)


def test_every_method_raises_library_errors_not_sqlite_errors(db: Path) -> None:
    lib = Library.open(db)
    sid = lib.rows()[0].id
    lib.close()
    calls: dict[str, Callable[[], object]] = {
        "count": lambda: lib.count(),
        "rows": lambda: lib.rows(),
        "rows(ids)": lambda: lib.rows([sid]),
        "story": lambda: lib.story(sid),
        "stories": lambda: lib.stories(),
        "state": lambda: lib.state(sid),
        "set_read": lambda: lib.set_read(sid),
        "set_starred": lambda: lib.set_starred(sid),
        "search": lambda: lib.search("story"),
        "get_setting": lambda: lib.get_setting("theme"),
        "set_setting": lambda: lib.set_setting("theme", "x"),
        "cached_enrichment": lambda: lib.cached_enrichment("k"),
        "store_enrichment": lambda: lib.store_enrichment("k", sid, [], [], None),
        "store": lambda: lib.store([], [], "mode"),
    }
    for name, call in calls.items():
        try:
            call()
        except LibraryError:
            continue
        except sqlite3.Error as exc:  # pragma: no cover - the failure this test looks for
            pytest.fail(f"{name} raised {type(exc).__name__}")
        if name != "ingest":  # an ingest of nothing touches nothing
            pytest.fail(f"{name} did not fail on a closed library")


def test_ingest_commits_in_short_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(library_module, "BATCH_STORIES", 7)
    files = make_files(tmp_path / "many", 30)
    statements: list[str] = []
    put = library_module.put_stories

    def counted(c: sqlite3.Connection, stories: Iterable[Story], now: dt.datetime) -> int:
        added = put(c, stories, now)  # (a batch of stories is one INSERT: count them here)
        statements.append(f"#stories {added}")
        return added

    monkeypatch.setattr(library_module, "put_stories", counted)
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        lib._conn.set_trace_callback(statements.append)
        assert len(ingest(lib, files).ids) == 30
        lib._conn.set_trace_callback(None)
        per_tx: list[int] = []
        for sql in statements:
            if sql.startswith("BEGIN"):
                per_tx.append(0)
            elif sql.startswith("#stories "):
                per_tx[-1] += int(sql.split()[1])
        # no transaction writes more than a batch of stories: the lock is held briefly
        assert max(per_tx) == 7 and sum(per_tx) == 30
        # the ingest stores batches of 1, 2, 4, 8 and 15 files as they are split
        assert [n for n in per_tx if n] == [1, 2, 4, 7, 1, 7, 7, 1]


def test_cli_says_one_line_when_the_library_is_locked(
    db: Path,
    locked: sqlite3.Connection,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("NEWSDESK_HOME", str(db.parent))
    monkeypatch.setattr(library_schema, "BUSY_TIMEOUT", 0.05)
    new = make_files(tmp_path / "new", 1, start=100)
    for argv in (["stories", *new], ["brief", "--date", "2026-01-02", *new]):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 1
        assert "Traceback" not in err
        assert err.count("\n") == 1 and "library busy" in err, err


def test_a_full_library_is_library_full_and_keeps_what_it_had(db: Path, tmp_path: Path) -> None:
    from reader.library.store import LibraryFull

    with Library.open(db) as lib:
        pages = lib._conn.execute("PRAGMA page_count").fetchone()[0]
        lib._conn.execute(f"PRAGMA max_page_count = {pages}")  # as if the disk were full
        with pytest.raises(LibraryFull, match="cannot save"):
            ingest(lib, make_files(tmp_path / "big", 40, start=200))
        assert lib.count() == 3
    with Library.open(db) as lib:  # the next run, with room again, finishes the job
        assert len(ingest(lib, make_files(tmp_path / "big", 40, start=200)).ids) == 40
        assert lib.count() == 43
