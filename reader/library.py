"""The story library: stories, read/starred state, caches and settings in one SQLite file.

The file lives in the user data dir (platformdirs) or in ``$NEWSDESK_HOME``. Every change is
one transaction (WAL journal), so a crash never loses a committed star or leaves half a file's
stories. Re-reading an unchanged file does no work (size, mtime and digest are kept); a changed
file replaces its stories. Story ids are content hashes, so they are stable across runs.

One connection per Library, shared by the threads of one process under a lock; several
processes (two readers) may open the same file at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reader.dedupe import Sketch
from reader.library_base import LibraryBase, StoryRow, fts_query
from reader.library_schema import FTS_TABLES, LibraryError, connect, optimize_search
from reader.load import DEFAULT_PATTERNS, Problem, iter_files
from reader.model import Story

__all__ = ["IngestResult", "Library", "LibraryError", "StoryRow", "fts_query", "library_path"]

ENV_HOME = "NEWSDESK_HOME"
FILE_NAME = "library.sqlite3"

# progress(done, total) after each file
Progress = Callable[[int, int], None]

# The modules whose code decides how a file becomes stories: when any of them changes, files
# already in the library are split again on their next ingest. Globs, so a module split off one
# of them is covered too; a test checks that every module a split imports is listed.
PIPELINE_MODULES = (
    *("load.py", "decode.py", "textsafe.py", "lines*.py", "cues.py", "assemble.py"),
    *("titles*.py", "dedupe.py", "model.py", "pipeline.py", "segment/*.py"),
    *("roles/*.py", "roles/*.json"),
)
# an ingest that adds this many stories merges the search indexes afterwards
OPTIMIZE_AFTER = 500


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
    here = Path(__file__).resolve().parent
    paths = pipeline_files(here)
    digest = hashlib.sha1()
    for p in paths:
        try:
            digest.update(p.read_bytes())
        except OSError:
            digest.update(p.name.encode())
    return digest.hexdigest()[:12]


def _mode(whole: bool) -> str:
    return f"{pipeline_fingerprint()}:{'whole' if whole else 'split'}"


@dataclass
class IngestResult:
    ids: list[str] = field(default_factory=list)  # stories of the given paths, in file order
    problems: list[Problem] = field(default_factory=list)
    parsed: int = 0  # files read and split this time
    unchanged: int = 0  # files skipped because nothing changed


class Library(LibraryBase):
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Library:
        """Open (creating if needed) the library; LibraryError with a one-line reason."""
        target = Path(path) if path is not None else library_path()
        if str(target) == ":memory:":
            return cls(connect(":memory:"), ":memory:")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{target.parent}: cannot create ({exc.strerror or exc})") from None
        return cls(connect(str(target)), str(target))

    @classmethod
    def memory(cls) -> Library:
        return cls.open(":memory:")

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ------------------------------------------------------------------------------

    def ingest(
        self, paths: Sequence[str], *, whole: bool = False, progress: Progress | None = None
    ) -> IngestResult:
        """Read ``paths`` into the library; the ids of their stories in file order.

        Unchanged files (same size and mtime, or same digest, split by the same pipeline) are
        not parsed again. Duplicates are merged within the files read in this call; a story
        whose text is already in the library gains the new file as one more source.
        """
        from reader.ingest_work import split_files
        from reader.pipeline import merge_duplicates

        result = IngestResult()
        files: list[str] = []
        for item in iter_files(paths, patterns=DEFAULT_PATTERNS):
            if isinstance(item, Problem):
                result.problems.append(item)
            else:
                files.append(item)
        mode = _mode(whole)
        keys: list[str] = []  # every file's key, in order
        todo: list[tuple[str, str]] = []  # (name, key) of files to read
        for name in files:
            key = name if name == "-" else os.path.abspath(name)
            keys.append(key)
            st = _stat(key)
            if st is not None and self._unchanged(key, mode, st=st):
                result.unchanged += 1
            else:
                todo.append((name, key))
        skipped = len(files) - len(todo)

        def tick(n: int) -> None:
            if progress is not None:
                progress(skipped + n, len(files))

        failed: set[str] = set()
        fresh: list[tuple[str, os.stat_result | None, str, list[Story]]] = []
        sketches: list[Sketch] = []
        for (name, key), outcome in zip(todo, split_files(todo, whole, tick), strict=True):
            st = _stat(key)
            if isinstance(outcome, Problem):
                result.problems.append(outcome)
                failed.add(key)
                continue
            digest, stories, sketched = outcome
            if st is not None and self._unchanged(key, mode, digest=digest):
                result.unchanged += 1
                self._touch(key, st)
                continue
            result.parsed += 1
            if not stories:
                result.problems.append(Problem(name, "no story text found"))
            fresh.append((key, st, digest, stories))
            sketches.extend(sketched)
        keys = [k for k in keys if k not in failed]
        if fresh:
            merged = merge_duplicates([s for *_, stories in fresh for s in stories], sketches)
            self._store(fresh, merged, mode)
        ids: list[str] = []
        for key in keys:
            ids.extend(self._ids_for_path(key))
        result.ids = list(dict.fromkeys(ids))
        return result

    def _unchanged(
        self, key: str, mode: str, *, st: os.stat_result | None = None, digest: str | None = None
    ) -> bool:
        rows = self._query("SELECT size, mtime_ns, digest, mode FROM files WHERE path = ?", (key,))
        if not rows or rows[0][3] != mode:
            return False
        size, mtime_ns, known, _ = rows[0]
        if digest is not None:
            return bool(known == digest)
        return st is not None and size == st.st_size and mtime_ns == st.st_mtime_ns

    def _touch(self, key: str, st: os.stat_result) -> None:
        with self._tx() as c:
            c.execute(
                "UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?",
                (st.st_size, st.st_mtime_ns, key),
            )

    def _ids_for_path(self, key: str) -> list[str]:
        rows = self._query(
            "SELECT story_id FROM sources WHERE path = ? ORDER BY first_line, ord", (key,)
        )
        return list(dict.fromkeys(r[0] for r in rows))

    def _store(
        self,
        fresh: list[tuple[str, os.stat_result | None, str, list[Story]]],
        merged: list[Story],
        mode: str,
    ) -> None:
        with self._tx() as c:
            for key, st, digest, _ in fresh:
                _drop_path(c, key)
                if st is not None:
                    c.execute(
                        "INSERT OR REPLACE INTO files (path, size, mtime_ns, digest, mode)"
                        " VALUES (?, ?, ?, ?, ?)",
                        (key, st.st_size, st.st_mtime_ns, digest, mode),
                    )
            added = sum(_put_story(c, story) for story in merged)
        if added >= OPTIMIZE_AFTER:
            with self._tx() as c:
                optimize_search(c)


def _stat(key: str) -> os.stat_result | None:
    if key == "-":
        return None
    try:
        return os.stat(key)
    except OSError:
        return None


def _drop_path(c: sqlite3.Connection, key: str) -> None:
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


def _put_story(c: sqlite3.Connection, story: Story) -> bool:
    """Store a story (or only its new sources, if its text is already stored); True if new."""
    for src in story.sources:
        c.execute(
            "INSERT OR IGNORE INTO sources (story_id, path, first_line, last_line)"
            " VALUES (?, ?, ?, ?)",
            (story.id, src.path, src.first_line, src.last_line),
        )
    exists = c.execute("SELECT seq FROM stories WHERE id = ?", (story.id,)).fetchone()
    if exists is None:
        record = story.to_json()
        record.pop("summary", None)
        record.pop("figures", None)
        cur = c.execute(
            "INSERT INTO stories (id, title, title_generated, words, data) VALUES (?, ?, ?, ?, ?)",
            (story.id, story.title, int(story.title_generated), story.words, json.dumps(record)),
        )
        c.execute(
            "INSERT INTO title_fts (rowid, title) VALUES (?, ?)", (cur.lastrowid, story.title)
        )
        c.execute("INSERT INTO body_fts (rowid, body) VALUES (?, ?)", (cur.lastrowid, story.text))
    _sync_sources(c, story.id)
    return exists is None
