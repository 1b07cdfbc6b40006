"""Keeping the library current: list its sources, remove files, prune old or vanished stories.

Each change is one write transaction (``BEGIN IMMEDIATE``), so a second reader on the same file
sees the library before or after it, never half of it. A pruned story's file stays known (its
``files`` row), so re-reading that unchanged file does not bring the story back; ``remove``
forgets the file too.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass

from reader.library.schema import FTS_TABLES
from reader.library.store import Library


@dataclass(frozen=True, slots=True)
class SourceInfo:
    path: str
    stories: int
    oldest: str  # ISO date of its oldest story ("" when none are left)
    newest: str
    missing: bool


def library_bytes(library: Library) -> int:
    """The library file with its write-ahead log."""
    if library.path == ":memory:":
        return 0
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += os.path.getsize(library.path + suffix)
    return total


def mark_missing(library: Library) -> int:
    """Mark (and unmark) files that are gone from disk; how many are missing now."""
    paths = [r[0] for r in library._query("SELECT path FROM files")]
    gone = {p for p in paths if not os.path.exists(p)}
    with library._tx() as c:
        for p in paths:
            c.execute("UPDATE files SET missing = ? WHERE path = ?", (int(p in gone), p))
    return len(gone)


def sources(library: Library) -> list[SourceInfo]:
    """Every file read (and stdin, when stories came from it), by path."""
    rows = library._query(
        "SELECT p.path, COUNT(DISTINCT so.story_id), MIN(st.date), MAX(st.date),"
        " COALESCE(f.missing, 0)"
        " FROM (SELECT path FROM files UNION SELECT path FROM sources) p"
        " LEFT JOIN files f ON f.path = p.path"
        " LEFT JOIN sources so ON so.path = p.path"
        " LEFT JOIN stories st ON st.id = so.story_id"
        " GROUP BY p.path ORDER BY p.path"
    )
    return [
        SourceInfo(path, n, (old or "")[:10], (new or "")[:10], bool(missing))
        for path, n, old, new, missing in rows
    ]


def _delete_story(c: sqlite3.Connection, sid: str) -> None:
    row = c.execute("SELECT seq FROM stories WHERE id = ?", (sid,)).fetchone()
    if row is not None:
        for table in FTS_TABLES:
            c.execute(f"DELETE FROM {table} WHERE rowid = ?", (row[0],))
    c.execute("DELETE FROM stories WHERE id = ?", (sid,))
    c.execute("DELETE FROM sources WHERE story_id = ?", (sid,))
    c.execute("DELETE FROM state WHERE story_id = ?", (sid,))


def remove(library: Library, paths: list[str]) -> tuple[list[str], int]:
    """Forget files (a folder: every file below it) and their stories.

    Returns the paths not in the library and how many stories went. A story that another
    file still holds stays, with that file as its source.
    """
    from reader.library.story_rows import drop_path

    unknown: list[str] = []
    before = library.count()
    with library._tx() as c:
        known = [r[0] for r in c.execute("SELECT path FROM files UNION SELECT path FROM sources")]
        for given in paths:
            key = given if given == "-" else os.path.abspath(given)
            below = key.rstrip(os.sep) + os.sep
            hits = [p for p in known if p == key or p.startswith(below)]
            if not hits:
                unknown.append(given)
            for p in hits:
                drop_path(c, p)
                c.execute("DELETE FROM files WHERE path = ?", (p,))
    return unknown, before - library.count()


def prune(
    library: Library,
    *,
    older_than: str | None = None,
    missing: bool = False,
    include_starred: bool = False,
) -> int:
    """Delete stories dated before ``older_than`` (ISO) and/or whose every file is gone.

    Starred stories are kept unless ``include_starred``. Returns how many stories went.
    """
    from reader.library.story_rows import drop_path

    if missing:
        mark_missing(library)
    before = library.count()
    keep_starred = (
        "" if include_starred else (" AND id NOT IN (SELECT story_id FROM state WHERE starred = 1)")
    )
    with library._tx() as c:
        if missing:
            gone = [r[0] for r in c.execute("SELECT path FROM files WHERE missing = 1")]
            for path in gone:
                if not include_starred:
                    starred = c.execute(
                        "SELECT 1 FROM sources so JOIN state st ON st.story_id = so.story_id"
                        " WHERE so.path = ? AND st.starred = 1 LIMIT 1",
                        (path,),
                    ).fetchone()
                    if starred:
                        continue  # keep the file's stories: one of them is starred
                drop_path(c, path)
                c.execute("DELETE FROM files WHERE path = ?", (path,))
        if older_than is not None:
            old = [
                r[0]
                for r in c.execute(
                    "SELECT id FROM stories WHERE date != '' AND date < ?" + keep_starred,
                    (older_than,),
                )
            ]
            for sid in old:
                _delete_story(c, sid)
    return before - library.count()
