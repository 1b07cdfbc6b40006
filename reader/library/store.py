"""The story library: stories, read/starred state, caches and settings in one SQLite file.

Storage only: which files are unchanged, and their stories stored in short transactions.
Reading and splitting files is the service's (``reader.desk.ingest``); how a story becomes
rows of the stories, sources and search tables is ``reader.library.story_rows``'s.

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
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import reader.library.schema as library_schema
from reader.library.dates import backfill
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
from reader.library.story_rows import drop_path, put_stories, refresh_stories
from reader.model import Story

__all__ = [
    "FileRecord",
    "Library",
    "LibraryBusy",
    "LibraryDamaged",
    "LibraryError",
    "LibraryFull",
    "StoryRow",
    "drop_path",
    "fts_query",
    "ingest_mode",
    "library_path",
    "put_stories",
    "refresh_stories",
]

ENV_HOME = "NEWSDESK_HOME"
FILE_NAME = "library.sqlite3"

# The modules whose code decides how a file becomes stories: when any of them changes, files
# already in the library are split again on their next ingest. Globs, so a module split off one
# of them is covered too; a test checks that every module a split imports is listed.
PIPELINE_MODULES = (
    *("story/*.py", "story/*/*.py", "text/safe.py", "text/excerpt.py", "text/stem.py"),
    *("text/stop_words.py", "text/calendar.py", "text/letters.py"),
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
                refresh_stories(c, batch, now)
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

    @contextlib.contextmanager
    def cache_capped(self, kib: int) -> Iterator[None]:
        """The page cache held to ``kib`` KiB meanwhile, then as it was: an ingest writes far
        more pages than it reads again, and a cache that fills with them is memory the
        process keeps (32 MiB at 100,000 stories)."""
        before = self._query("PRAGMA cache_size")[0][0]
        self._query(f"PRAGMA cache_size = -{int(kib)}")
        try:
            yield
        finally:
            with contextlib.suppress(LibraryError):
                self._query(f"PRAGMA cache_size = {int(before)}")

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
