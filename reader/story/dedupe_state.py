"""What the near-copy merge keeps of every story it has kept, on disk: its sketch (shingle
count and bottom-k hashes), the LSH buckets (hash -> the stories whose sketch holds it) and,
when it spills, the stories themselves. Each lives in a private temporary SQLite database
(deleted when closed, or when the process ends) with a small page cache, so the main process
of an ingest holds a few MiB here whatever the number of stories (issue 15: memory at 100k
stories within 2x of 1k); the most recent entries wait in memory and go to disk together.

``Buckets`` behaves exactly as the ``dict[int, list[int]]`` it replaces: the same members for
every hash, in the order they came, and the same cap (a hash shared by ``cap`` stories takes
no more: boilerplate, not evidence), so the merge decides exactly as before.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence

__all__ = ["Buckets", "SketchTable", "SpillFile"]

# (number of shingles, its smallest shingle hashes): ``reader.story.dedupe.Sketch``
Sketch = tuple[int, tuple[int, ...]]

# Entries (bucket members, sketches) held in memory before they go to disk together: ~1,000
# stories' worth, so a merge of a few hundred stories never touches the disk. An owner that
# holds every story in memory anyway (a refresh) passes a larger ``flush_at``: each story's
# look-up on disk is a query that gives up the GIL, and takes it back only at the switch
# interval of whichever thread runs Python meanwhile.
FLUSH_AT = 1 << 15
# Page cache of each scratch database (KiB): its interior pages (~250 KiB for the buckets of
# 100,000 stories) and a few leaves.
CACHE_KIB = 1024

_SIGN = 1 << 63


def _signed(h: int) -> int:
    """A 64-bit unsigned hash as the signed integer SQLite stores (the same order of equality)."""
    return h - (_SIGN << 1) if h >= _SIGN else h


def _unsigned(h: int) -> int:
    """The hash ``_signed`` stored, back as the unsigned 64-bit integer it was."""
    return h + (_SIGN << 1) if h < 0 else h


def _scratch(schema: str) -> sqlite3.Connection:
    """A private temporary database on disk (SQLite deletes it when it is closed)."""
    conn = sqlite3.connect("", check_same_thread=False)
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(schema)
    return conn


class SketchTable:
    """Sketches by story index: the recent ones in memory, the rest on disk (``flush_at``:
    the entries, 32 a sketch, held in memory first; default ``FLUSH_AT``)."""

    def __init__(self, flush_at: int | None = None) -> None:
        self._flush_at = flush_at
        self._recent: list[Sketch] = []
        self._stored = 0  # sketches [:_stored] are on disk
        self._db: sqlite3.Connection | None = None

    def __len__(self) -> int:
        return self._stored + len(self._recent)

    def append(self, sketched: Sketch) -> None:
        self._recent.append(sketched)
        if len(self._recent) * 32 >= (self._flush_at or FLUSH_AT):
            self._flush()

    def _flush(self) -> None:
        if self._db is None:
            self._db = _scratch("CREATE TABLE sketches (idx INTEGER PRIMARY KEY, size, keys)")
        start = self._stored
        rows = [(start + i, size, array("Q", keys).tobytes()) for i, (size, keys) in
                enumerate(self._recent)]  # fmt: skip
        with self._db:
            self._db.executemany("INSERT INTO sketches VALUES (?, ?, ?)", rows)
        self._stored += len(rows)
        self._recent = []

    def __getitem__(self, idx: int) -> Sketch:
        if idx >= self._stored:
            return self._recent[idx - self._stored]
        assert self._db is not None
        size, blob = self._db.execute(
            "SELECT size, keys FROM sketches WHERE idx = ?", (idx,)
        ).fetchone()
        return size, tuple(array("Q", blob))

    def all(self) -> list[Sketch]:
        return [self[i] for i in range(len(self))]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


class Buckets:
    """hash -> the indexes of the stories holding it (at most ``cap`` of them), appended in
    story order: recent entries in a dict, older ones on disk (``flush_at``: the entries held
    in memory first; default ``FLUSH_AT``)."""

    def __init__(self, cap: int, flush_at: int | None = None) -> None:
        self.cap = cap
        self._flush_at = flush_at
        self._recent: dict[int, list[int]] = {}
        self._pending = 0  # entries in _recent
        self._db: sqlite3.Connection | None = None

    def lookup(self, keys: Sequence[int]) -> tuple[list[int], list[int]]:
        """The members of each key's bucket, one after another, and each bucket's size."""
        found: list[int] = []
        sizes = [0] * len(keys)
        stored = self._stored(keys) if self._db is not None else {}
        recent = self._recent
        for j, key in enumerate(keys):
            old = stored.get(key)
            if old:
                found += old
                sizes[j] += len(old)
            bucket = recent.get(key)
            if bucket:
                found += bucket
                sizes[j] += len(bucket)
        return found, sizes

    def _stored(self, keys: Sequence[int]) -> dict[int, list[int]]:
        assert self._db is not None
        out: dict[int, list[int]] = {}
        marks = ",".join("?" * len(keys))
        rows = self._db.execute(
            f"SELECT hash, member FROM buckets WHERE hash IN ({marks}) ORDER BY hash, member",
            [_signed(k) for k in keys],
        )
        for h, member in rows:
            out.setdefault(_unsigned(h), []).append(member)
        return out

    def add(self, idx: int, keys: Sequence[int], sizes: Sequence[int]) -> None:
        """Put story ``idx`` in the buckets of ``keys`` (``sizes``: theirs, from ``lookup``)
        that are not full. Indexes come in increasing order."""
        recent = self._recent
        for key, size in zip(keys, sizes, strict=True):
            if size < self.cap:
                bucket = recent.get(key)
                if bucket is None:
                    recent[key] = [idx]
                else:
                    bucket.append(idx)
                self._pending += 1
        if self._pending >= (self._flush_at or FLUSH_AT):
            self._flush()

    def _flush(self) -> None:
        """Move the recent entries to disk (in key order: each page is written once)."""
        if self._db is None:
            self._db = _scratch(
                "CREATE TABLE buckets (hash INTEGER, member INTEGER, PRIMARY KEY (hash, member))"
                " WITHOUT ROWID"
            )
        rows = [(_signed(key), m) for key, bucket in self._recent.items() for m in bucket]
        rows.sort()
        self._recent, self._pending = {}, 0
        with self._db:
            self._db.executemany("INSERT INTO buckets VALUES (?, ?)", rows)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


class SpillFile:
    """Records written out and read back by number: each pickled into a temporary database
    (gone when closed, or when the process ends). Nothing per record in memory."""

    def __init__(self) -> None:
        self._db = _scratch("CREATE TABLE records (number INTEGER PRIMARY KEY, data BLOB)")
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def append(self, record: object) -> int:
        """Write ``record``; its number."""
        import pickle

        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        number = self._count
        self._db.execute("INSERT INTO records VALUES (?, ?)", (number, data))
        self._count += 1
        if self._count % 64 == 0:
            self._db.commit()
        return number

    def read(self, number: int) -> object:
        import pickle

        row = self._db.execute("SELECT data FROM records WHERE number = ?", (number,)).fetchone()
        return pickle.loads(row[0])

    def close(self) -> None:
        self._db.close()
