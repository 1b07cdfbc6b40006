"""A damaged library file is moved aside and replaced by a fresh one, never a crash.

Random bytes in the middle of the file, a disk fault, a copy cut short: the file is renamed to
``<name>.damaged-<time>`` (its WAL beside it, for whoever wants to look), one line on stderr
says so, and a fresh library takes its place. The stars, read marks and settings that can
still be read are carried over (story ids are content hashes, so they match the stories
again); the stories themselves come back as their files are read.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from pathlib import Path

from reader.library.schema import LibraryError, connect


def replace_damaged(path: str, problem: str, busy_timeout: float) -> sqlite3.Connection:
    """Move a damaged library aside (``<name>.damaged-<time>``, its WAL beside it), say so in
    one line on stderr, and open a fresh one holding what state could still be read."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = f"{path}.damaged-{stamp}"
    try:
        os.replace(path, aside)
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}-wal", f"{aside}-wal")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}-shm")
    except OSError as exc:
        raise LibraryError(
            f"{path}: library damaged ({problem}) and cannot be moved aside ({exc.strerror or exc})"
        ) from None
    conn = connect(path, busy_timeout)
    kept = _salvage(aside, conn)
    print(
        f"newsdesk: {path}: library damaged ({problem}); moved aside to"
        f" {os.path.basename(aside)} and started a fresh one ({kept} stars, read marks and"
        " settings kept; stories return as their files are read)",
        file=sys.stderr,
        flush=True,
    )
    return conn


def _salvage(damaged: str, conn: sqlite3.Connection) -> int:
    """Copy the readable rows of ``state`` and ``settings`` from the damaged file."""
    kept = 0
    try:
        # immutable: no locks, no -shm or -wal files created beside the damaged one
        uri = Path(damaged).resolve().as_uri() + "?mode=ro&immutable=1"
        old = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return 0
    try:
        for table, columns in (("state", "story_id, read, starred"), ("settings", "key, value")):
            try:
                rows = old.execute(f"SELECT {columns} FROM {table}").fetchall()
            except sqlite3.Error:
                continue
            marks = ", ".join("?" * len(columns.split(",")))
            with contextlib.suppress(sqlite3.Error):
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)
                conn.execute("COMMIT")
                kept += len(rows)
    finally:
        old.close()
    return kept
