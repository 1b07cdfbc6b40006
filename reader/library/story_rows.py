"""Stories written into the library's tables (``stories``, ``sources``, the search indexes)
inside the caller's transaction: a batch in a few statements, one story at a time, a stored
story rewritten once it has absorbed copies, and a file's stories forgotten.

The batch and the one-by-one writers produce the same rows (same seq, same sources order,
same search rows): a test compares them table by table.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence

from reader.library.dates import story_date
from reader.library.schema import FTS_TABLES
from reader.model import Story


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
    title and metadata as merged. Its date stays unless a copy brought a published one. The
    record is written once, with its sources as the sources table orders them (what
    ``_sync_sources`` would rewrite it to)."""
    row = c.execute("SELECT seq, date, date_kind FROM stories WHERE id = ?", (story.id,)).fetchone()
    if row is None:
        _put_story(c, story, now)
        return
    seq, date, kind = row
    c.executemany(
        "INSERT OR IGNORE INTO sources (story_id, path, first_line, last_line) VALUES (?, ?, ?, ?)",
        [(story.id, src.path, src.first_line, src.last_line) for src in story.sources],
    )
    record = story.to_json()
    record.pop("summary", None)
    record.pop("figures", None)
    if story.published and kind != "published":
        date, kind = story_date(story, now)
    record["date"] = date
    places = c.execute(
        "SELECT path, first_line, last_line FROM sources WHERE story_id = ? ORDER BY ord",
        (story.id,),
    ).fetchall()
    record["sources"] = [{"path": p, "first_line": a, "last_line": b} for p, a, b in places]
    first = places[0] if places else ("", 0, 0)
    c.execute(
        "UPDATE stories SET title = ?, title_generated = ?, data = ?, date = ?, date_kind = ?,"
        " site = ?, path = ?, first_line = ?, last_line = ? WHERE id = ?",
        (
            story.title,
            int(story.title_generated),
            json.dumps(record),
            date,
            kind,
            story.site or "",
            *first,
            story.id,
        ),
    )
    c.execute("DELETE FROM title_fts WHERE rowid = ?", (seq,))
    c.execute("INSERT INTO title_fts (rowid, title) VALUES (?, ?)", (seq, story.title))


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
