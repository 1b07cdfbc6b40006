"""Keeping the library current: story dates, listing, remove, prune; two readers at once."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.desk import ingest
from reader.library.maint import prune, remove, sources
from reader.library.store import Library
from tests.reader.library.test_library import STORY_A, STORY_B

DATED = "Harbour cranes arrive\n\n9 hours ago\n\n" + STORY_A


def write(path: Path, text: str, mtime: dt.datetime | None = None) -> str:
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime.timestamp(), mtime.timestamp()))
    return str(path)


def _dates(lib: Library) -> dict[str, tuple[str, str]]:
    rows = lib._query("SELECT id, date, date_kind FROM stories")
    return {r[0]: (r[1], r[2]) for r in rows}


def test_a_story_is_dated_by_its_stamp_against_the_file_time_else_when_read(
    tmp_path: Path,
) -> None:
    saved = dt.datetime(2026, 11, 23, 18, 0)
    a = write(tmp_path / "a.txt", DATED, saved)
    b = write(tmp_path / "b.txt", STORY_B, saved)
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        ids = ingest(lib, [a, b]).ids
        dates = _dates(lib)
        assert dates[ids[0]] == ("2026-11-23T09:00", "published")
        assert dates[ids[1]][1] == "read"
        assert dates[ids[1]][0][:10] == dt.date.today().isoformat()
        story = lib.story(ids[0])
        assert story is not None and story.date == "2026-11-23T09:00"


def test_library_lists_removes_and_prunes(tmp_path: Path) -> None:
    old = dt.datetime(2026, 1, 5, 12, 0)
    a = write(tmp_path / "a.txt", DATED, old)
    b = write(tmp_path / "b.txt", STORY_B)
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        ids = ingest(lib, [a, b]).ids
        infos = {Path(i.path).name: i for i in sources(lib)}
        assert infos["a.txt"].stories == 1 and infos["a.txt"].newest == "2026-01-05"
        # the old story is starred: prune keeps it unless asked
        lib.set_starred(ids[0])
        assert prune(lib, older_than="2026-06-01T00:00") == 0
        assert prune(lib, older_than="2026-06-01T00:00", include_starred=True) == 1
        assert [r.id for r in lib.rows()] == [ids[1]]
        assert lib.search("orchestra") == [ids[1]] and lib.search("harbour") == []
        # a pruned story does not come back from its unchanged file
        assert ingest(lib, [a]).ids == []
        unknown, gone = remove(lib, [b, str(tmp_path / "nope.txt")])
        assert unknown == [str(tmp_path / "nope.txt")] and gone == 1 and lib.count() == 0


def test_prune_missing_drops_stories_whose_file_is_gone(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", STORY_A)
    b = write(tmp_path / "b.txt", STORY_B)
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        ids = ingest(lib, [a, b]).ids
        os.remove(a)
        assert [i.missing for i in sources(lib)] == [False, False]  # not marked until checked
        assert prune(lib, missing=True) == 1
        assert [r.id for r in lib.rows()] == [ids[1]]


def test_prune_in_one_library_while_another_reads(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite3"
    old = dt.datetime(2026, 1, 5, 12, 0)
    a = write(tmp_path / "a.txt", DATED, old)
    b = write(tmp_path / "b.txt", STORY_B)
    with Library.open(db) as first, Library.open(db) as second:
        ids = ingest(first, [a, b]).ids
        assert second.count() == 2
        second.set_starred(ids[1])
        assert prune(first, older_than="2026-06-01T00:00") == 1
        assert [r.id for r in second.rows()] == [ids[1]] and second.rows()[0].starred
        assert second.story(ids[0]) is None


CHILD = """
import sys
from reader.library.store import Library
from reader.library.maint import prune
with Library.open(sys.argv[1]) as lib:
    for _ in range(20):
        prune(lib, older_than="2026-06-01T00:00")
        lib.set_starred(sys.argv[2], True)
print("ok")
"""


def test_two_processes_prune_and_star_the_same_library(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite3"
    a = write(tmp_path / "a.txt", DATED, dt.datetime(2026, 1, 5, 12, 0))
    b = write(tmp_path / "b.txt", STORY_B)
    with Library.open(db) as lib:
        ids = ingest(lib, [a, b]).ids
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), ids[1]], stdout=subprocess.PIPE, text=True
    )
    with Library.open(db) as lib:
        for _ in range(20):
            lib.set_read(ids[1], True)
            prune(lib, older_than="2026-06-01T00:00")
    out, _ = child.communicate(timeout=120)
    assert child.returncode == 0 and out.strip() == "ok"
    with Library.open(db) as lib:
        assert [(r.id, r.read, r.starred) for r in lib.rows()] == [(ids[1], True, True)]
        assert lib._query("PRAGMA integrity_check")[0][0] == "ok"


def test_library_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write(tmp_path / "a.txt", DATED, dt.datetime(2026, 1, 5, 12, 0))
    with Library.open() as lib:
        ingest(lib, [a])
    assert main(["library"]) == 0
    out = capsys.readouterr().out
    assert "2026-01-05" in out and "a.txt" in out and "1 story from 1 source" in out
    assert main(["library", "prune"]) == 2  # nothing to prune by: usage error
    assert main(["library", "prune", "--older-than", "soon"]) == 2
    assert main(["library", "prune", "--older-than", "30d"]) == 0
    assert "pruned 1 story" in capsys.readouterr().out
    assert main(["library", "remove", str(tmp_path / "x.txt")]) == 2
