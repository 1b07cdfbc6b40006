"""The story library: stories, read/starred state, caches and settings in one SQLite file.

Storage only: which files are unchanged, and their stories stored in short transactions.
Reading and splitting files is the service's (``reader.desk.ingest``).

The file lives in the user data dir (platformdirs) or in ``$NEWSDESK_HOME``. Every change is
a transaction (WAL journal), so a crash never loses a committed star or leaves half a story;
a file's record is written after its stories, so an interrupted store is finished by the next
ingest. Re-reading an unchanged file does no work (size, mtime and digest are kept); a changed
file replaces its stories. Story ids are content hashes, so they are stable across runs.

One connection per Library, shared by the threads of one process under a lock; several
processes (two readers) may open the same file at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import reader.library.schema as library_schema
from reader.library.dates import backfill, story_date
from reader.library.queries import LibraryBase, StoryRow, fts_query
from reader.library.repair import replace_damaged
from reader.library.schema import (
    FTS_TABLES,
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryFull,
    connect,
    quick_check,
)
from reader.model import Story

__all__ = [
    "FileRecord",
    "Library",
    "LibraryBusy",
    "LibraryDamaged",
    "LibraryError",
    "LibraryFull",
    "StoryRow",
    "fts_query",
    "ingest_mode",
    "library_path",
]

ENV_HOME = "NEWSDESK_HOME"
FILE_NAME = "library.sqlite3"

# The modules whose code decides how a file becomes stories: when any of them changes, files
# already in the library are split again on their next ingest. Globs, so a module split off one
# of them is covered too; a test checks that every module a split imports is listed.
PIPELINE_MODULES = (
    *("story/*.py", "story/*/*.py", "text/safe.py", "text/excerpt.py", "text/stem.py"),
    *("text/stop_words.py", "text/calendar.py"),
    "model.py",
    *("pipeline.py", "sources/files.py", "sources/html.py", "sources/mail.py"),
    *("sources/stories.py", "story/*/*.json", "story/*/*/*.json", "story/*/*/*.py"),
)
# an ingest that adds this many stories merges the search indexes afterwards
OPTIMIZE_AFTER = 500
# an ingest writes this many stories (forgets this many changed files) per transaction, so it
# never holds the write lock for long
BATCH_STORIES = 50
BATCH_FILES = 50
# the search indexes are merged this many pages per transaction after a large ingest
MERGE_PAGES = 256
MAX_MERGE_STEPS = 100_000

T = TypeVar("T")


def library_path() -> Path:
    """``$NEWSDESK_HOME/library.sqlite3``, else the platform's user data dir."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser() / FILE_NAME
    from platformdirs import user_data_path

    return user_data_path("newsdesk", appauthor=False) / FILE_NAME


def pipeline_files(here: Path) -> list[Path]:
    return [p for pattern in PIPELINE_MODULES for p in sorted(here.glob(pattern))]


@cache
def pipeline_fingerprint() -> str:
    here = Path(__file__).resolve().parent.parent
    paths = pipeline_files(here)
    digest = hashlib.sha1()
    for p in paths:
        try:
            digest.update(p.read_bytes())
        except OSError:
            digest.update(p.name.encode())
    return digest.hexdigest()[:12]


def ingest_mode(whole: bool) -> str:
    """How files are split: the pipeline's fingerprint and whether each file is one story."""
    return f"{pipeline_fingerprint()}:{'whole' if whole else 'split'}"


@dataclass(frozen=True, slots=True)
class FileRecord:
    """What the library keeps about one file it has split: its key, size and mtime, digest."""

    key: str  # absolute path, or "-" for stdin
    stat: os.stat_result | None  # None for stdin: never skipped as unchanged
    digest: str  # sha256 hex of the raw bytes


class Library(LibraryBase):
    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, *, busy_timeout: float | None = None
    ) -> Library:
        """Open (creating if needed) the library; LibraryError with a one-line reason.

        A damaged file (not a database, malformed pages found by a bounded quick check) is
        moved aside with a one-line notice on stderr and a fresh library is started; stars,
        read marks and settings that can still be read are carried over, and the stories come
        back on the next ingest of their files.
        """
        target = Path(path) if path is not None else library_path()
        if str(target) == ":memory:":
            return cls(connect(":memory:"), ":memory:")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{target.parent}: cannot create ({exc.strerror or exc})") from None
        name = str(target)
        if busy_timeout is None:
            busy_timeout = library_schema.BUSY_TIMEOUT
        try:
            conn = connect(name, busy_timeout)
            problem = quick_check(conn)
            if problem is not None:
                conn.close()
        except LibraryDamaged as exc:
            problem = exc.reason
        if problem is not None:
            conn = replace_damaged(name, problem, busy_timeout)
        try:
            backfill(conn)  # stories stored before schema 5 get their dates once
        except sqlite3.DatabaseError as exc:  # damage the bounded quick check did not reach
            with contextlib.suppress(sqlite3.Error):
                conn.close()
            conn = replace_damaged(name, " ".join(str(exc).split()), busy_timeout)
        library = cls(conn, name)
        library._busy_timeout = busy_timeout
        return library

    _busy_timeout = library_schema.BUSY_TIMEOUT

    def _damaged(self, error: LibraryDamaged) -> None:
        """Damage found in use: move the file aside now, so the next call (and the next
        start) works on a fresh library; the caller still gets the error for this call."""
        if self.path == ":memory:":
            return
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = replace_damaged(self.path, error.reason, self._busy_timeout)

    @classmethod
    def memory(cls) -> Library:
        return cls.open(":memory:")

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- files and their stories (the pipeline is driven by reader.desk) -----------------------

    def unchanged(
        self, key: str, mode: str, *, st: os.stat_result | None = None, digest: str | None = None
    ) -> bool:
        """True when ``key`` was split by ``mode`` and has this size and mtime (or digest)."""
        rows = self._query("SELECT size, mtime_ns, digest, mode FROM files WHERE path = ?", (key,))
        if not rows or rows[0][3] != mode:
            return False
        size, mtime_ns, known, _ = rows[0]
        if digest is not None:
            return bool(known == digest)
        return st is not None and size == st.st_size and mtime_ns == st.st_mtime_ns

    def touch(self, key: str, st: os.stat_result) -> None:
        """Record a new size and mtime for a file whose content did not change."""
        with self._tx() as c:
            c.execute(
                "UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?",
                (st.st_size, st.st_mtime_ns, key),
            )

    def ids_for_path(self, key: str) -> list[str]:
        """The ids of the stories found in ``key``, in the order they appear in the file."""
        rows = self._query(
            "SELECT story_id FROM sources WHERE path = ? ORDER BY first_line, ord", (key,)
        )
        return list(dict.fromkeys(r[0] for r in rows))

    def store(
        self,
        files: Sequence[FileRecord],
        stories: Sequence[Story],
        mode: str,
        merged: Sequence[Story] = (),
        *,
        compact: bool = True,
    ) -> int:
        """Replace the stories of ``files`` with ``stories`` (merged across them); a story
        whose text is already stored gains the new sources. A story without a published date
        is dated now (first read). Returns the number of stories new to the library.

        ``merged``: stories an earlier batch of the same ingest stored that have since
        absorbed copies found in ``files``: their new sources, and the title or metadata a
        copy filled in, are written with the batch (as one merge over all the files would).
        ``compact`` False: the caller stores more batches and calls ``compact_after`` once.

        In short transactions, so another process never waits long for the write lock: the
        old stories of the changed files go first, then the new stories a batch at a time,
        then the files' records. A crash (or a LibraryBusy) on the way leaves those files
        unrecorded, so the next ingest reads them again and finishes the job."""
        for part in _batches(files, BATCH_FILES):
            with self._tx() as c:
                for f in part:
                    c.execute("DELETE FROM files WHERE path = ?", (f.key,))
                    drop_path(c, f.key)
        added = 0
        now = dt.datetime.now()
        for batch in _batches(stories, BATCH_STORIES):
            with self._tx() as c:
                added += put_stories(c, batch, now)
        for batch in _batches(merged, BATCH_STORIES):
            with self._tx() as c:
                for story in batch:
                    _refresh_story(c, story, now)
        with self._tx() as c:
            c.executemany(
                "INSERT OR REPLACE INTO files (path, size, mtime_ns, digest, mode)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (f.key, f.stat.st_size, f.stat.st_mtime_ns, f.digest, mode)
                    for f in files
                    if f.stat is not None
                ],
            )
        if compact:
            self._after_adding(added)
        return added

    def compact_after(self, added: int) -> None:
        """After an ingest stored in batches (``compact`` False): the search indexes are
        merged once when it added many stories."""
        self._after_adding(added)

    def _after_adding(self, added: int) -> None:
        """After a large batch of new stories, compact the search index."""
        if added >= OPTIMIZE_AFTER:
            self._optimize_search()

    def _optimize_search(self) -> None:
        """What FTS5's 'optimize' does (each index merged into one segment), in steps of
        MERGE_PAGES pages, each its own transaction: a 'merge' with a negative page count
        merges across levels, and repeated until it changes nothing it leaves the index as
        'optimize' would, without holding the write lock for the whole merge."""
        for table in FTS_TABLES:
            for _ in range(MAX_MERGE_STEPS):
                with self._tx() as c:
                    before = c.total_changes
                    c.execute(
                        f"INSERT INTO {table} ({table}, rank) VALUES ('merge', ?)", (-MERGE_PAGES,)
                    )
                    done = c.total_changes - before < 2
                if done:
                    break


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def drop_path(c: sqlite3.Connection, key: str) -> None:
    """Forget a file's stories; a story that no other file holds goes with them."""
    ids = [r[0] for r in c.execute("SELECT DISTINCT story_id FROM sources WHERE path = ?", (key,))]
    c.execute("DELETE FROM sources WHERE path = ?", (key,))
    for sid in ids:
        left = c.execute("SELECT 1 FROM sources WHERE story_id = ? LIMIT 1", (sid,)).fetchone()
        if left is None:
            row = c.execute("SELECT seq FROM stories WHERE id = ?", (sid,)).fetchone()
            if row is not None:
                for table in FTS_TABLES:
                    c.execute(f"DELETE FROM {table} WHERE rowid = ?", (row[0],))
                c.execute("DELETE FROM stories WHERE id = ?", (sid,))
        else:
            _sync_sources(c, sid)


def _sync_sources(c: sqlite3.Connection, sid: str) -> None:
    """Rewrite the stored record's ``sources`` from the sources table."""
    row = c.execute("SELECT data FROM stories WHERE id = ?", (sid,)).fetchone()
    if row is None:
        return
    data = json.loads(row[0])
    data["sources"] = [
        {"path": p, "first_line": a, "last_line": b}
        for p, a, b in c.execute(
            "SELECT path, first_line, last_line FROM sources WHERE story_id = ? ORDER BY ord",
            (sid,),
        )
    ]
    first = data["sources"][0] if data["sources"] else {"path": "", "first_line": 0, "last_line": 0}
    c.execute(
        "UPDATE stories SET data = ?, path = ?, first_line = ?, last_line = ? WHERE id = ?",
        (json.dumps(data), first["path"], first["first_line"], first["last_line"], sid),
    )


def put_stories(c: sqlite3.Connection, stories: Iterable[Story], now: dt.datetime) -> int:
    """Store stories inside the caller's transaction (the library package's own writers);
    how many were new. The same rows as storing them one by one (``_put_story``), written
    by a few statements per batch (``_put_batch``)."""
    batch = list(stories)
    ids = {story.id for story in batch}
    if len(batch) > 1 and len(ids) == len(batch):
        payload = _sources_payload(batch)
        if payload is not None:
            return _put_batch(c, batch, payload, now)
    return sum(_put_story(c, story, now) for story in batch)


# JSON arrays of rows, expanded by SQLite (json_each), so a batch of stories is written by one
# statement per table. Every statement is a round trip to SQLite that gives up the GIL and
# takes it back; while another thread of the process runs Python (a refresh's parsing, the
# event loop), taking it back waits for that thread's switch interval (5 ms). Seven
# statements per story made storing 4,000 feed stories wait that way 28,000 times.
_ROWS = "SELECT {} FROM json_each(?)".format
_INSERT_SOURCES = "INSERT OR IGNORE INTO sources (story_id, path, first_line, last_line) " + _ROWS(
    ", ".join(f"json_extract(value, '$[{i}]')" for i in range(4))
)
_INSERT_STORIES = (
    "INSERT INTO stories (id, title, title_generated, words, data, date, date_kind, site, path,"
    " first_line, last_line) "
    + _ROWS(", ".join(f"json_extract(value, '$[{i}]')" for i in range(11)))
)
# each search index gets only what it indexes: the titles are read back from the rows just
# written (their seq above the last one before), the texts come in a JSON array of their own.
# One payload of every column for all three statements had SQLite parse each story's text
# three times (the title index's insert cost as much as the stories').
_INSERT_TITLES = "INSERT INTO title_fts (rowid, title) SELECT seq, title FROM stories WHERE seq > ?"
_INSERT_BODIES = (
    "INSERT INTO body_fts (rowid, body) SELECT s.seq, json_extract(j.value, '$[1]')"
    " FROM json_each(?) j JOIN stories s ON s.id = json_extract(j.value, '$[0]') ORDER BY j.key"
)


def _as_json(rows: list[list[object]]) -> str | None:
    """``rows`` for json_each; None when a string holds a NUL (SQLite's JSON reader ends a
    string there): those are stored one statement at a time."""
    text = json.dumps(rows, ensure_ascii=False)
    return None if "\\u0000" in text else text


def _sources_payload(batch: Sequence[Story]) -> str | None:
    return _as_json(
        [[s.id, src.path, src.first_line, src.last_line] for s in batch for src in s.sources]
    )


def _story_row(
    story: Story, places: Sequence[tuple[str, int, int]], now: dt.datetime
) -> list[object]:
    """A story's ``stories`` row (id … last_line) with its JSON record, from the source
    places stored for it (first place first); the summary and figures live elsewhere."""
    record = story.to_json()
    record.pop("summary", None)
    record.pop("figures", None)
    record["date"], kind = story_date(story, now)
    record["sources"] = [{"path": p, "first_line": a, "last_line": b} for p, a, b in places]
    first = places[0] if places else ("", 0, 0)
    return [
        story.id,
        story.title,
        int(story.title_generated),
        story.words,
        json.dumps(record),
        record["date"],
        kind,
        story.site or "",
        *first,
    ]


def _put_batch(
    c: sqlite3.Connection, batch: Sequence[Story], sources: str, now: dt.datetime
) -> int:
    """``_put_story`` for each story of ``batch`` (distinct ids), in a few statements: the
    same sources rows in the same order, the same story rows with the same seq, the same
    search rows."""
    c.execute(_INSERT_SOURCES, (sources,))
    ids = json.dumps([s.id for s in batch])
    stored = {
        r[0]
        for r in c.execute(
            "SELECT id FROM stories WHERE id IN (SELECT value FROM json_each(?))", (ids,)
        )
    }
    for story in batch:
        if story.id in stored:
            _sync_sources(c, story.id)
    new = [s for s in batch if s.id not in stored]
    if not new:
        return 0
    (found,) = c.execute(
        "SELECT json_group_array(json_array(ord, story_id, path, first_line, last_line))"
        " FROM sources WHERE story_id IN (SELECT value FROM json_each(?))",
        (json.dumps([s.id for s in new]),),
    ).fetchone()
    places: dict[str, list[tuple[str, int, int]]] = {}
    for _, sid, path, first_line, last_line in sorted(json.loads(found)):
        places.setdefault(sid, []).append((path, first_line, last_line))
    rows = _as_json([_story_row(story, places.get(story.id, []), now) for story in new])
    texts = _as_json([[story.id, story.text] for story in new])
    if rows is None or texts is None:
        return sum(_put_story(c, story, now) for story in new)
    (last,) = c.execute("SELECT coalesce(max(seq), 0) FROM stories").fetchone()
    c.execute(_INSERT_STORIES, (rows,))
    c.execute(_INSERT_TITLES, (last,))
    c.execute(_INSERT_BODIES, (texts,))
    return len(new)


def refresh_stories(c: sqlite3.Connection, stories: Iterable[Story], now: dt.datetime) -> None:
    """Rewrite stored stories that have since absorbed copies (new sources, a title or
    metadata a copy filled in), inside the caller's transaction; one not stored yet is put."""
    for story in stories:
        _refresh_story(c, story, now)


def _refresh_story(c: sqlite3.Connection, story: Story, now: dt.datetime) -> None:
    """Rewrite a stored story's record from ``story`` (same text, so same id): sources added,
    title and metadata as merged. Its date stays unless a copy brought a published one."""
    row = c.execute("SELECT seq, date, date_kind FROM stories WHERE id = ?", (story.id,)).fetchone()
    if row is None:
        _put_story(c, story, now)
        return
    seq, date, kind = row
    record = story.to_json()
    record.pop("summary", None)
    record.pop("figures", None)
    if story.published and kind != "published":
        date, kind = story_date(story, now)
    record["date"] = date
    c.execute(
        "UPDATE stories SET title = ?, title_generated = ?, data = ?, date = ?, date_kind = ?,"
        " site = ? WHERE id = ?",
        (
            story.title,
            int(story.title_generated),
            json.dumps(record),
            date,
            kind,
            story.site or "",
            story.id,
        ),
    )
    c.execute("DELETE FROM title_fts WHERE rowid = ?", (seq,))
    c.execute("INSERT INTO title_fts (rowid, title) VALUES (?, ?)", (seq, story.title))
    for src in story.sources:
        c.execute(
            "INSERT OR IGNORE INTO sources (story_id, path, first_line, last_line)"
            " VALUES (?, ?, ?, ?)",
            (story.id, src.path, src.first_line, src.last_line),
        )
    _sync_sources(c, story.id)


def _put_story(c: sqlite3.Connection, story: Story, now: dt.datetime) -> bool:
    """Store a story (or only its new sources, if its text is already stored); True if new.
    A new story's record is written once, with its sources as the sources table orders
    them (what ``_sync_sources`` would rewrite it to)."""
    c.executemany(
        "INSERT OR IGNORE INTO sources (story_id, path, first_line, last_line) VALUES (?, ?, ?, ?)",
        [(story.id, src.path, src.first_line, src.last_line) for src in story.sources],
    )
    exists = c.execute("SELECT seq FROM stories WHERE id = ?", (story.id,)).fetchone()
    if exists is not None:
        _sync_sources(c, story.id)
        return False
    places = c.execute(
        "SELECT path, first_line, last_line FROM sources WHERE story_id = ? ORDER BY ord",
        (story.id,),
    ).fetchall()
    cur = c.execute(
        "INSERT INTO stories (id, title, title_generated, words, data, date, date_kind,"
        " site, path, first_line, last_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _story_row(story, places, now),
    )
    c.execute("INSERT INTO title_fts (rowid, title) VALUES (?, ?)", (cur.lastrowid, story.title))
    c.execute("INSERT INTO body_fts (rowid, body) VALUES (?, ?)", (cur.lastrowid, story.text))
    return True
