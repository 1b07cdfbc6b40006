"""Feed state in the library (the feeds table and its items; the feed code is in reader.sources): the feeds followed and the items already seen in each.

Every change is one transaction on the library's connection. Times are UTC ISO 8601.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reader.library.store import Library
from reader.library.story_rows import put_stories
from reader.model import Story


@dataclass(frozen=True)
class FeedRow:
    id: int
    url: str
    title: str | None
    site: str | None
    etag: str | None
    last_modified: str | None
    added: str
    last_success: str | None
    last_error: str | None
    last_error_at: str | None
    moved_from: str | None
    items: int = 0


_COLUMNS = (
    "id, url, title, site, etag, last_modified, added, last_success, last_error,"
    " last_error_at, moved_from"
)


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def feeds(library: Library) -> list[FeedRow]:
    rows = library._query(
        f"SELECT {_COLUMNS}, (SELECT count(*) FROM feed_items WHERE feed_id = feeds.id)"
        " FROM feeds ORDER BY id"
    )
    return [FeedRow(*r) for r in rows]


def add(library: Library, urls: Iterable[str], titles: dict[str, str] | None = None) -> list[str]:
    """Follow ``urls``; the ones that were new."""
    added: list[str] = []
    with library._tx() as c:
        for url in urls:
            cur = c.execute(
                "INSERT OR IGNORE INTO feeds (url, title, added) VALUES (?, ?, ?)",
                (url, (titles or {}).get(url), now()),
            )
            if cur.rowcount:
                added.append(url)
    return added


def remove(library: Library, urls: Iterable[str]) -> list[str]:
    """Stop following ``urls`` (their stories stay in the library); the ones removed."""
    removed: list[str] = []
    with library._tx() as c:
        for url in urls:
            row = c.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is None:
                continue
            c.execute("DELETE FROM feed_items WHERE feed_id = ?", (row[0],))
            c.execute("DELETE FROM feeds WHERE id = ?", (row[0],))
            removed.append(url)
    return removed


def seen_items(library: Library, feed_ids: Iterable[int]) -> dict[int, frozenset[str]]:
    """The keys of every item seen in each feed of ``feed_ids`` (a refresh skips them before
    any work), in one query: a refresh asks once, not once a feed behind the stories being
    stored (each feed's parsing waited for that)."""
    wanted = set(feed_ids)
    keys: dict[int, set[str]] = {fid: set() for fid in wanted}
    for fid, key in library._query("SELECT feed_id, item_key FROM feed_items"):
        if fid in wanted:
            keys[fid].add(key)
    return {fid: frozenset(found) for fid, found in keys.items()}


@dataclass
class Outcome:
    """What one feed's refresh changes in its row."""

    feed: FeedRow
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None
    title: str | None = None
    site: str | None = None
    items: list[tuple[str, str | None]] | None = None  # (item key, story id) seen this time


# stories a refresh stores per transaction (``reader.sources.refresh_store``): another writer
# (a star in the reader) never waits for a whole refresh (4,000 stories held the lock 17 s on
# a loaded machine); 50 a transaction, as files are stored, cost 10-25% more CPU here (every
# commit flushes a small search-index segment), 200 about 4%
RECORD_BATCH = 200


def store_stories(library: Library, stories: Sequence[Story]) -> int:
    """Store ``stories`` (merged already), ``RECORD_BATCH`` per transaction; how many were
    new to the library."""
    added = 0
    when = datetime.now()
    for i in range(0, len(stories), RECORD_BATCH):
        with library._tx() as c:
            added += put_stories(c, stories[i : i + RECORD_BATCH], when)
    library._after_adding(added)
    return added


def record(library: Library, outcomes: Sequence[Outcome]) -> None:
    """Every feed's outcome and the items seen, in one transaction, once the refresh's
    stories are stored. Interrupted before, the feeds' validators and items are not recorded
    yet: the next refresh fetches them again, and the stories already stored gain nothing
    (same content, same id)."""
    stamp = now()
    with library._tx() as c:
        for out in outcomes:
            _record_one(c, out, stamp)


def _record_one(c: Any, out: Outcome, stamp: str) -> None:
    fid = out.feed.id
    if out.error is not None:
        c.execute(
            "UPDATE feeds SET last_error = ?, last_error_at = ? WHERE id = ?",
            (out.error, stamp, fid),
        )
        return
    c.execute(
        "UPDATE feeds SET last_success = ?, last_error = NULL, etag = ?,"
        " last_modified = ?, title = coalesce(?, title),"
        " site = coalesce(?, site) WHERE id = ?",
        (stamp, out.etag, out.last_modified, out.title, out.site, fid),
    )
    if out.moved_to and out.moved_to != out.feed.url:
        taken = c.execute("SELECT 1 FROM feeds WHERE url = ?", (out.moved_to,)).fetchone()
        if taken is None:
            c.execute(
                "UPDATE feeds SET url = ?, moved_from = ? WHERE id = ?",
                (out.moved_to, out.feed.url, fid),
            )
    c.executemany(
        "INSERT OR IGNORE INTO feed_items (feed_id, item_key, story_id, seen) VALUES (?, ?, ?, ?)",
        [(fid, key, sid, stamp) for key, sid in out.items or []],
    )
