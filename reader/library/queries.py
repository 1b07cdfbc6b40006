"""The read side of the library: rows for the list, full stories, state, search, caches.

Every write is its own short transaction, committed before the call returns, so a star or a
read mark survives a crash a moment later. Every method raises LibraryError (LibraryBusy,
LibraryDamaged, LibraryFull) and never a raw ``sqlite3`` error.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from reader.library.schema import FTS_TABLES, LibraryBusy, LibraryDamaged, library_error
from reader.model import Figure, Story, figure_from_json, plain

# matches one search returns at most (titles first, then text; newest first within each)
SEARCH_LIMIT = 500

_ROW_SQL = (
    "SELECT s.id, s.title, s.title_generated, s.path, s.first_line, s.last_line,"
    " s.words, COALESCE(st.read, 0), COALESCE(st.starred, 0), s.lead_figure, s.date, s.site"
    " FROM stories s LEFT JOIN state st ON st.story_id = s.id"
)

_FTS_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class StoryRow:
    """What the story list shows: no paragraphs, nothing that needs JSON decoding."""

    id: str
    title: str
    title_generated: bool
    path: str
    first_line: int
    last_line: int
    words: int
    read: bool
    starred: bool
    lead_figure: str | None
    date: str = ""  # ISO "YYYY-MM-DDTHH:MM": published, else first read ("" before dating)
    site: str = ""  # the feed, site or sender it came from ("" for a plain text file)

    @property
    def source(self) -> str:
        """What the story came from, for the list and the source filter: its feed, site or
        sender, else its file's name."""
        return self.site or source_name(self.path)


def source_name(path: str) -> str:
    """A file's name (the last part of a path or URL)."""
    if path.startswith(("http://", "https://")):
        return path.rstrip("/").rsplit("/", 1)[-1] or path
    return os.path.basename(path) or path


def fts_query(text: str) -> str | None:
    """User text as a safe FTS5 query: every word must match, the last one as a prefix."""
    words = _FTS_WORD.findall(text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words[:32]]
    quoted[-1] += "*"
    return " AND ".join(quoted)


def _row(r: tuple[Any, ...]) -> StoryRow:
    # a file holds several stories: one copy of its path for all of them
    path = sys.intern(r[3])
    return StoryRow(
        r[0], r[1], bool(r[2]), path, r[4], r[5], r[6], bool(r[7]), bool(r[8]), r[9], r[10], r[11]
    )


class LibraryBase:
    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock, self._errors():
            self._conn.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Every ``sqlite3`` error leaves as a typed LibraryError (busy, damaged, full)."""
        try:
            yield
        except sqlite3.Error as exc:
            error = library_error(exc, self.path)
            if isinstance(error, LibraryDamaged):
                self._damaged(error)
            raise error from None

    def _damaged(self, error: LibraryDamaged) -> None:
        """Called when damage shows in use (the library moves the file aside)."""

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all or nothing."""
        with self._lock, self._errors():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock, self._errors():
            return self._conn.execute(sql, args).fetchall()

    # -- listing -----------------------------------------------------------------------------

    def count(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM stories")[0][0])

    def rows(self, ids: Sequence[str] | None = None, *, limit: int | None = None) -> list[StoryRow]:
        """Rows for ``ids`` in that order, or every story in library order (the first
        ``limit`` only, when given: enough for a first screen)."""
        if ids is None:
            sql = _ROW_SQL + " ORDER BY s.seq" + (" LIMIT ?" if limit is not None else "")
            with self._lock, self._errors():  # streamed: 100,000 rows never sit in memory twice
                cursor = self._conn.execute(sql, () if limit is None else (limit,))
                return [_row(r) for r in cursor]
        if limit is not None:
            ids = ids[:limit]
        found: dict[str, StoryRow] = {}
        for part in _chunks(list(dict.fromkeys(ids))):
            marks = ",".join("?" * len(part))
            for r in self._query(_ROW_SQL + f" WHERE s.id IN ({marks})", part):
                found[r[0]] = _row(r)
        return [found[i] for i in ids if i in found]

    def story(self, story_id: str) -> Story | None:
        rows = self._query("SELECT data FROM stories WHERE id = ?", (story_id,))
        return Story.from_json(json.loads(rows[0][0])) if rows else None

    def stories(self, ids: Sequence[str] | None = None) -> list[Story]:
        """Full records (summary/figures left None until enriched), library order by default."""
        if ids is None:
            rows = self._query("SELECT data FROM stories ORDER BY seq")
            return [Story.from_json(json.loads(r[0])) for r in rows]
        out = [self.story(i) for i in ids]
        return [s for s in out if s is not None]

    def last_seq(self) -> int:
        """The library order of the newest story (0 when empty): what came after it is new."""
        return int(self._query("SELECT coalesce(max(seq), 0) FROM stories")[0][0])

    def ids_after(self, seq: int) -> list[str]:
        """The stories stored after ``last_seq()`` returned ``seq``, in library order."""
        return [
            r[0] for r in self._query("SELECT id FROM stories WHERE seq > ? ORDER BY seq", (seq,))
        ]

    # -- state -------------------------------------------------------------------------------

    def mark_unread(self, ids: Sequence[str]) -> None:
        """Mark stories unread, all in one transaction (new arrivals: a story read before,
        pruned and now back is news again)."""
        with self._tx() as c:
            c.executemany(
                "INSERT INTO state (story_id, read) VALUES (?, 0)"
                " ON CONFLICT (story_id) DO UPDATE SET read = 0",
                [(i,) for i in ids],
            )

    def state(self, story_id: str) -> tuple[bool, bool]:
        rows = self._query("SELECT read, starred FROM state WHERE story_id = ?", (story_id,))
        return (bool(rows[0][0]), bool(rows[0][1])) if rows else (False, False)

    def set_read(self, story_id: str, read: bool = True) -> None:
        self._set_state(story_id, "read", read)

    def set_starred(self, story_id: str, starred: bool = True) -> None:
        self._set_state(story_id, "starred", starred)

    def _set_state(self, story_id: str, column: str, value: bool) -> None:
        with self._tx() as c:
            c.execute(
                f"INSERT INTO state (story_id, {column}) VALUES (?, ?)"
                f" ON CONFLICT (story_id) DO UPDATE SET {column} = excluded.{column}",
                (story_id, int(value)),
            )

    # -- search ------------------------------------------------------------------------------

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[str]:
        """Story ids matching every word of ``text`` (last word as a prefix).

        Title matches come first, then matches in the text; newest first within each. Both
        walks stop after ``limit`` hits, so a common word costs the same in a library of a
        thousand stories as in one of a hundred thousand (no ranking of every match).
        """
        query = fts_query(text)
        if query is None:
            return []
        rowids: list[int] = []
        for table in FTS_TABLES:  # titles first, then the text
            if len(rowids) >= limit:
                break
            sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?"
            with self._lock, self._errors():
                try:
                    rows = self._conn.execute(sql, (query, limit)).fetchall()
                except sqlite3.OperationalError as exc:
                    if isinstance(library_error(exc, self.path), LibraryBusy | LibraryDamaged):
                        raise
                    return []  # a query FTS5 cannot parse finds nothing
            known = set(rowids)
            rowids.extend(r[0] for r in rows if r[0] not in known)
        rowids = rowids[:limit]
        ids: dict[int, str] = {}
        for i in range(0, len(rowids), 500):
            part = rowids[i : i + 500]
            marks = ",".join("?" * len(part))
            ids.update(self._query(f"SELECT seq, id FROM stories WHERE seq IN ({marks})", part))
        return [ids[r] for r in rowids if r in ids]

    # -- settings ----------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self._tx() as c:
            c.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- enrichment cache --------------------------------------------------------------------

    def cached_enrichment(self, key: str) -> tuple[list[str], list[Figure]] | None:
        rows = self._query("SELECT summary, figures FROM enrichment WHERE key = ?", (key,))
        if not rows:
            return None
        try:
            summary = [str(s) for s in json.loads(rows[0][0])]
            figures = [figure_from_json(f) for f in json.loads(rows[0][1])]
        except (ValueError, TypeError, KeyError):
            return None  # an unreadable cache entry is recomputed, never fatal
        return summary, figures

    def enriched(self, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` the enrichment cache holds (nothing decoded: what to compute)."""
        found: set[str] = set()
        for part in _chunks(list(dict.fromkeys(keys))):
            marks = ",".join("?" * len(part))
            sql = f"SELECT key FROM enrichment WHERE key IN ({marks})"
            found.update(r[0] for r in self._query(sql, part))
        return found

    def store_enrichment(
        self, key: str, story_id: str, summary: list[str], figures: list[Figure], lead: str | None
    ) -> None:
        self.store_enrichments([(key, story_id, summary, figures, lead)])

    def store_enrichments(
        self, items: Sequence[tuple[str, str, list[str], list[Figure], str | None]]
    ) -> None:
        """Cache (key, story id, summary, figures, lead figure) entries, a few hundred to a
        transaction (another process never waits long for the write lock)."""
        for at in range(0, len(items), 500):
            part = items[at : at + 500]
            rows = [
                (key, json.dumps(summary), json.dumps([plain(f) for f in figures]))
                for key, _, summary, figures, _ in part
            ]
            with self._tx() as c:
                c.executemany(
                    "INSERT OR REPLACE INTO enrichment (key, summary, figures) VALUES (?, ?, ?)",
                    rows,
                )
                c.executemany(
                    "UPDATE stories SET lead_figure = ? WHERE id = ?",
                    [(lead, story_id) for _, story_id, _, _, lead in part],
                )


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
