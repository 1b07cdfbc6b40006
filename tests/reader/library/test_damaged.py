"""A damaged library file never crashes a start: moved aside, a fresh one, state salvaged."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

import reader.library.store as library_module
from reader.cli import main
from reader.desk import ingest
from reader.library.repair import replace_damaged
from reader.library.store import Library, LibraryDamaged
from tests.reader.library.test_busy import make_files


def build(tmp_path: Path, count: int = 40) -> tuple[Path, list[str], str]:
    db = tmp_path / "home" / "library.sqlite3"
    files = make_files(tmp_path / "src", count)
    with Library.open(db) as lib:
        ids = ingest(lib, files).ids
        lib.set_starred(ids[0], True)
        lib.set_setting("theme", "newsdesk-light")
    # the last close checkpoints the WAL into the main file
    return db, files, ids[0]


def damage_middle(db: Path, seed: int = 7) -> bytes:
    data = bytearray(db.read_bytes())
    rng = random.Random(seed)
    middle = len(data) // 2
    data[middle : middle + 16_384] = bytes(rng.randrange(256) for _ in range(16_384))
    db.write_bytes(bytes(data))
    return bytes(data)


def test_random_bytes_in_the_middle_moved_aside_at_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, files, _ = build(tmp_path)
    damaged = damage_middle(db)
    with Library.open(db) as lib:
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "library damaged" in err and "moved aside" in err
        assert lib.count() == 0
        # rebuilt from the source files on the next ingest
        assert len(ingest(lib, files).ids) == 40 and lib.count() == 40
    (aside,) = db.parent.glob("library.sqlite3.damaged-*")
    assert aside.read_bytes() == damaged  # the old file is kept as it was
    with Library.open(db) as lib:  # and the next start is quiet
        assert lib.count() == 40
    assert capsys.readouterr().err == ""


def test_damage_found_in_use_moves_the_file_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, files, _ = build(tmp_path)
    # break the page that holds a story's record (its JSON has "paragraphs")
    data = bytearray(db.read_bytes())
    page = data.index(b'"paragraphs"') // 4096 * 4096
    data[page : page + 4096] = b"\xa5" * 4096
    db.write_bytes(bytes(data))
    monkeypatch.setattr(library_module, "quick_check", lambda conn: None)  # too big to check
    with Library.open(db) as lib:
        with pytest.raises(LibraryDamaged):
            lib.stories()
        assert "moved aside" in capsys.readouterr().err
        assert lib.count() == 0  # the same Library goes on with a fresh file
        assert len(ingest(lib, files).ids) == 40
    assert len(list(db.parent.glob("library.sqlite3.damaged-*"))) == 1


def test_ingest_on_a_damaged_file_starts_again_on_a_fresh_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, files, _ = build(tmp_path)
    data = bytearray(db.read_bytes())
    # every page after the first (the schema) wrecked: the first query of the ingest fails
    data[4096:] = b"\x5a" * (len(data) - 4096)
    db.write_bytes(bytes(data))
    monkeypatch.setattr(library_module, "quick_check", lambda conn: None)
    with Library.open(db) as lib:
        assert len(ingest(lib, files).ids) == 40


def test_stars_and_settings_are_salvaged(tmp_path: Path) -> None:
    db, _, starred = build(tmp_path, count=3)
    conn = replace_damaged(str(db), "test", 1.0)
    conn.close()
    with Library.open(db) as lib:
        assert lib.count() == 0
        assert lib.state(starred) == (False, True)
        assert lib.get_setting("theme") == "newsdesk-light"


def test_not_a_database_at_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "library.sqlite3"
    db.write_bytes(b"\x00garbage" * 2000)
    with Library.open(db) as lib:
        lib.set_starred("x", True)
    assert "not a database" in capsys.readouterr().err
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_cli_on_a_damaged_library_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, files, _ = build(tmp_path)
    damage_middle(db, seed=11)
    monkeypatch.setenv("NEWSDESK_HOME", str(db.parent))
    assert main(["stories", *files[:3]]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err.count("\n") == 1 and "library damaged" in captured.err
    assert main(["brief", *files[:3]]) == 0
    assert capsys.readouterr().err == ""
