"""The SQLite schema of the story library, and how a connection is opened.

Tables:
- ``files``: every file read, with size, mtime, content digest and the pipeline that split it
  (``mode``), so an unchanged file is never parsed again;
- ``stories``: one row per story (``seq`` gives library order), the full record as JSON plus the
  columns the list needs, so listing 100,000 stories never decodes JSON;
- ``sources``: where each story (and each duplicate of it) sits; a changed file drops its rows;
- ``state``: read/starred, keyed by story id so it survives re-ingesting;
- ``enrichment``: cached summaries and figures, keyed by content, options and algorithm versions;
- ``settings``: small user choices (theme, …);
- ``title_fts``, ``body_fts``: FTS5 indexes over titles and over text (rowid = ``stories.seq``).
  Words are not stemmed, so a word being typed finds what its completion will ("governm" finds
  "government"); positions are not kept (``detail=none``: search needs no phrases, and the index
  is a fifth of the size); prefixes are indexed (titles 1 to 8 characters, the text 1 to 4),
  so the last, half-typed word is one index lookup that stops at the first hits instead of a
  merge of every word it begins — the cost that grew with the library (18x from 1,000 to
  100,000 stories) and is largest for the shortest prefixes, which begin the most words.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys

SCHEMA_VERSION = 9

FTS_OPTIONS = (
    "tokenize = 'unicode61 remove_diacritics 2', detail = none, prefix = '1 2 3 4 5 6 7 8'"
)
FTS_TABLES = ("title_fts", "body_fts")
# 9: the text's index keeps prefixes of 1 to 4 characters only (the titles' keep 1 to 8). Each
# prefix length is one more index entry per word of every story, and the text is nearly all of
# what a refresh or an ingest indexes: prefixes 5-8 were 0.7 s of CPU for 4,000 feed stories
# (1.4 s -> 0.7 s). A half-typed word of 5 or more letters in the text is found by merging the
# few terms it begins instead (same hits; bench_fts_prefix: see the README's figures).
BODY_FTS_OPTIONS = FTS_OPTIONS.replace("prefix = '1 2 3 4 5 6 7 8'", "prefix = '1 2 3 4'")
_FTS_CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5({column}, {options})"
    for table, column, options in zip(
        FTS_TABLES, ("title", "body"), (FTS_OPTIONS, BODY_FTS_OPTIONS), strict=True
    )
]
_FTS_OPTIMIZE = [f"INSERT INTO {table} ({table}) VALUES ('optimize')" for table in FTS_TABLES]
# 8: the terms a transaction adds are gathered in memory up to this many bytes before FTS5
# writes them out as a segment (its default is 1 MiB). With eight prefix indexes a batch of
# 200 stories filled that about ten times over, and every flush wrote a small segment that
# then had to be merged: 16 MiB flushes once per batch and stores 4,000 feed stories with a
# quarter less CPU (5.3 s -> 3.9 s here). Memory only while a write transaction is open.
FTS_HASHSIZE = 16 * 1024 * 1024
FTS_SETTINGS = [
    f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', {FTS_HASHSIZE})"
    for table in FTS_TABLES
]

# 5: each story's date (published, resolved to an absolute time, else first read) and whether
# its date came from the text; a file that is gone is marked, not forgotten, until pruned
_STORY_DATES = [
    "ALTER TABLE stories ADD COLUMN date TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE stories ADD COLUMN date_kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE files ADD COLUMN missing INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX IF NOT EXISTS stories_by_date ON stories (date)",
]
# 6: feeds (issue 17): the feeds followed, with their HTTP validators and last outcome, and
# the items already seen (``feed_items``), so a refresh never turns an item into a story twice.
FEED_TABLES = [
    "CREATE TABLE IF NOT EXISTS feeds (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " url TEXT NOT NULL UNIQUE, title TEXT, site TEXT, etag TEXT, last_modified TEXT,"
    " added TEXT NOT NULL, last_success TEXT, last_error TEXT, last_error_at TEXT,"
    " moved_from TEXT)",
    "CREATE TABLE IF NOT EXISTS feed_items (feed_id INTEGER NOT NULL REFERENCES feeds(id)"
    " ON DELETE CASCADE, item_key TEXT NOT NULL, story_id TEXT, seen TEXT NOT NULL,"
    " PRIMARY KEY (feed_id, item_key))",
]
# 7: the reader shows each story's date and source (feed, site or sender) in the list and
# filters by them: the site is a column (filled from the JSON record once), and the covering
# index the list reads holds both, so listing still never touches the rows with the JSON
_LIST_COLUMNS = "seq, id, title, title_generated, path, first_line, last_line, words, lead_figure"
STORY_SITES = [
    "ALTER TABLE stories ADD COLUMN site TEXT NOT NULL DEFAULT ''",
    "UPDATE stories SET site = coalesce(json_extract(data, '$.site'), '') WHERE json_valid(data)",
    "DROP INDEX IF EXISTS stories_list",
    f"CREATE INDEX IF NOT EXISTS stories_list ON stories ({_LIST_COLUMNS}, date, site)",
]
# 9: the text's index rebuilt with BODY_FTS_OPTIONS (its words read back from its own copy)
BODY_PREFIXES = [
    f"CREATE VIRTUAL TABLE body_fts_9 USING fts5(body, {BODY_FTS_OPTIONS})",
    f"INSERT INTO body_fts_9 (body_fts_9, rank) VALUES ('hashsize', {FTS_HASHSIZE})",
    "INSERT INTO body_fts_9 (rowid, body) SELECT rowid, body FROM body_fts",
    "DROP TABLE body_fts",
    "ALTER TABLE body_fts_9 RENAME TO body_fts",
    "INSERT INTO body_fts (body_fts) VALUES ('optimize')",
]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL,
    mode TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stories (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    title_generated INTEGER NOT NULL,
    words INTEGER NOT NULL,
    lead_figure TEXT,
    data TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    first_line INTEGER NOT NULL DEFAULT 0,
    last_line INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sources (
    ord INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id TEXT NOT NULL,
    path TEXT NOT NULL,
    first_line INTEGER NOT NULL,
    last_line INTEGER NOT NULL,
    UNIQUE (story_id, path, first_line)
);
-- the story list reads only this covering index, never the wide rows holding the JSON
CREATE INDEX IF NOT EXISTS stories_list ON stories (
    seq, id, title, title_generated, path, first_line, last_line, words, lead_figure
);
CREATE INDEX IF NOT EXISTS sources_by_path ON sources (path);
CREATE INDEX IF NOT EXISTS sources_by_story ON sources (story_id, ord);
CREATE TABLE IF NOT EXISTS state (
    story_id TEXT PRIMARY KEY,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS enrichment (
    key TEXT PRIMARY KEY,
    summary TEXT NOT NULL,
    figures TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
""" + ";\n".join([*_FTS_CREATE, *_STORY_DATES, *FEED_TABLES, *STORY_SITES, *FTS_SETTINGS])


# Upgrades from an older schema: version -> statements that bring it to version + 1.
MIGRATIONS: dict[int, list[str]] = {
    # 2: a story's own place (its first source) kept on the story row, so listing 100,000
    # stories is one table scan instead of a subquery per story
    1: [
        "ALTER TABLE stories ADD COLUMN path TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE stories ADD COLUMN first_line INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE stories ADD COLUMN last_line INTEGER NOT NULL DEFAULT 0",
        "UPDATE stories SET (path, first_line, last_line) = (SELECT path, first_line, last_line"
        " FROM sources WHERE story_id = stories.id ORDER BY ord LIMIT 1)"
        " WHERE EXISTS (SELECT 1 FROM sources WHERE story_id = stories.id)",
    ],
    # 3: listing reads a covering index, not the rows with the full text (at 100,000 stories
    # a table scan touched a gigabyte of pages)
    2: [
        "CREATE INDEX IF NOT EXISTS stories_list ON stories"
        " (seq, id, title, title_generated, path, first_line, last_line, words, lead_figure)",
    ],
    # 4: search by prefix stays fast at 100,000 stories (see the module docstring)
    3: [
        *_FTS_CREATE,
        "INSERT INTO title_fts (rowid, title) SELECT rowid, title FROM story_fts",
        "INSERT INTO body_fts (rowid, body) SELECT rowid, body FROM story_fts",
        "DROP TABLE story_fts",
        *_FTS_OPTIMIZE,
    ],
    # 5: story dates (filled in by the library on open: they need Python to parse)
    4: _STORY_DATES,
    # 6: feeds and the items seen in them (issue 17)
    5: FEED_TABLES,
    # 7: each story's site in a column, and date and site in the list's covering index
    6: STORY_SITES,
    # 8: the search indexes flush their pending terms less often (see FTS_HASHSIZE)
    7: FTS_SETTINGS,
    # 9: the text's index rebuilt with fewer prefix lengths (see BODY_FTS_OPTIONS)
    8: BODY_PREFIXES,
}


def _say_if_slow(conn: sqlite3.Connection, version: int) -> None:
    """Rebuilding the search index of a large library takes a while: say so on stderr."""
    if version > 8:  # 4 and 9 rebuild the search indexes
        return
    stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    if stories >= 10_000:
        print(
            f"newsdesk: upgrading the search index of {stories:,} stories (once, about a minute"
            " per 100,000)",
            file=sys.stderr,
            flush=True,
        )


class LibraryError(Exception):
    """The library file cannot be opened or used (one-line message). Every library method
    raises this (or a subclass), never a raw ``sqlite3`` error, so a caller catches one type."""


class LibraryBusy(LibraryError):
    """Another process held the write lock for longer than the busy timeout: try again."""


class LibraryDamaged(LibraryError):
    """The file is not a sound SQLite database (malformed pages, not a database at all)."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class LibraryFull(LibraryError):
    """The disk (or the file's size limit) is full: the change was rolled back."""


# How long a write waits for another process's write lock. Every write transaction of ours
# is short (an ingest commits in batches), so waiting this long means something is stuck.
BUSY_TIMEOUT = 5.0

_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
_DAMAGED = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
_FULL = (13,)  # SQLITE_FULL


def library_error(exc: sqlite3.Error, path: str) -> LibraryError:
    """The typed, one-line LibraryError for a ``sqlite3`` error."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    reason = " ".join(str(exc).split()) or type(exc).__name__
    if code in _BUSY or "locked" in reason:
        return LibraryBusy(f"{path}: library busy (another newsdesk is writing); try again")
    if code in _DAMAGED or "malformed" in reason or "not a database" in reason:
        return LibraryDamaged(f"{path}: library damaged ({reason})", reason)
    if code in _FULL or "full" in reason:
        return LibraryFull(f"{path}: cannot save to the library ({reason})")
    return LibraryError(f"{path}: library error ({reason})")


def connect(path: str, busy_timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    """Open (and create or migrate) the library at ``path``; ``":memory:"`` for a throwaway."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(
            path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # a large library is read at random (search hits, list rows): cache more. No mmap:
        # mapped pages count as the reader's memory (+36 MiB at 100,000 stories) for a listing
        # that is only a third faster, in a background worker
        conn.execute("PRAGMA cache_size = -32768")
        conn.execute("PRAGMA foreign_keys = ON")
        row = conn.execute("PRAGMA user_version").fetchone()
        if row[0] > SCHEMA_VERSION:
            conn.close()
            raise LibraryError(f"{path}: made by a newer newsdesk (schema {row[0]})")
        if row[0] < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version == 0:
                    for statement in SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                else:
                    _say_if_slow(conn, version)
                    for step in range(version, SCHEMA_VERSION):
                        for statement in MIGRATIONS[step]:
                            conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        raise library_error(exc, path) from None
    return conn


def quick_check(conn: sqlite3.Connection, budget: int = 250) -> str | None:
    """SQLite's quick check, stopped after ``budget`` thousand VM steps: None when the file
    looks sound (or is too big to check in that bound), else the first problem found.

    The check costs about 5,300 thousand steps per MB (a 13.7 MB library: 73 thousand steps,
    48 ms here), so the default checks libraries up to about 45 MB whole at every open; a
    bigger one is checked as it is used (LibraryDamaged, then moved aside). A damaged file
    usually fails earlier still, on reading its schema."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 1 if steps[0] > budget else 0

    conn.set_progress_handler(tick, 1000)
    try:
        row = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.OperationalError as exc:
        if steps[0] > budget:  # interrupted: too big to check at open, checked in use
            return None
        return " ".join(str(exc).split())
    except sqlite3.DatabaseError as exc:
        return " ".join(str(exc).split())
    finally:
        conn.set_progress_handler(None, 0)
    result = " ".join(str(row[0]).split()) if row else "no result"
    if result == "ok":
        return None
    return result.removeprefix("*** in database main *** ")[:120]
