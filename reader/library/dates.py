"""Story dates in the library: set when a story is first stored, filled in for older libraries.

A story's date is its published stamp resolved against its file's mtime (``date_kind``
"published"), else the time it was first read ("read"). The ``date`` column (ISO
"YYYY-MM-DDTHH:MM") is what ``brief --since`` and ``library prune`` select by; the record's JSON
carries the same value as ``Story.date``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3

from reader.model import Story
from reader.story.dates import iso, resolve


def file_time(path: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(os.stat(path).st_mtime)
    except (OSError, ValueError, OverflowError):
        return None


def story_date(story: Story, now: dt.datetime) -> tuple[str, str]:
    """(ISO date, kind) for a story stored now."""
    path = story.sources[0].path if story.sources else "-"
    local = path != "-" and not path.startswith(("http://", "https://"))
    reference = (file_time(path) if local else None) or now
    published = resolve(story.published, reference)
    if published is not None:
        return published, "published"
    return iso(now), "read"


def backfill(conn: sqlite3.Connection, now: dt.datetime | None = None) -> int:
    """Date the stories stored before dates existed (one transaction); how many."""
    rows = conn.execute("SELECT id, data FROM stories WHERE date = '' LIMIT 1").fetchall()
    if not rows:
        return 0
    moment = now or dt.datetime.now()
    conn.execute("BEGIN IMMEDIATE")
    try:
        todo = conn.execute("SELECT id, data FROM stories WHERE date = ''").fetchall()
        for sid, data in todo:
            record = json.loads(data)
            date, kind = story_date(Story.from_json(record), moment)
            record["date"] = date
            conn.execute(
                "UPDATE stories SET date = ?, date_kind = ?, data = ? WHERE id = ?",
                (date, kind, json.dumps(record), sid),
            )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return len(todo)
