"""Bad input at the file level: each becomes a one-line Problem and the rest go on."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from reader.desk import build_stories
from reader.pipeline import Document, read_document
from reader.story import load
from reader.story.load import MAX_FILE_BYTES, Problem, iter_files, read_bytes

ARTICLE = (
    "The harbour authority in Tarrow voted on Thursday to dredge the northern channel.\n"
    "Officials said the work would start in the spring and take about nine months.\n"
)


def _one_line(p: Problem) -> None:
    assert "\n" not in p.message and p.message
    assert "Traceback" not in p.message


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    items = list(iter_files([str(tmp_path / "nope.txt")]))
    assert len(items) == 1 and isinstance(items[0], Problem)
    _one_line(items[0])


def test_empty_glob_is_a_problem(tmp_path: Path) -> None:
    (items,) = list(iter_files([str(tmp_path / "*.txt")]))
    assert isinstance(items, Problem)


def test_glob_expands(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    (tmp_path / "c.csv").write_text("x")
    got = list(iter_files([str(tmp_path / "*.txt")]))
    assert got == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    doc = read_document(str(path))
    assert isinstance(doc, Problem) and "empty" in doc.message


@pytest.mark.parametrize(
    "payload",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"abc\x00\x01\x02def" * 50,
        b"\xff\xd8\xff\xe0" + os.urandom(500),
    ],
)
def test_binary_file(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "pic.txt"
    path.write_bytes(payload)
    doc = read_document(str(path))
    assert isinstance(doc, Problem) and "binary" in doc.message
    _one_line(doc)


def test_undecodable_file(tmp_path: Path) -> None:
    # bytes that are invalid UTF-8, invalid cp1252 and C1 controls in latin-1
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x41]) * 100)
    doc = read_document(str(path))
    assert isinstance(doc, Problem)
    _one_line(doc)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out: list[object] = []
    worker = threading.Thread(target=lambda: out.append(read_document(str(fifo))), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "reading a FIFO blocked"
    assert isinstance(out[0], Problem) and "FIFO" in out[0].message


def test_fifo_inside_a_folder_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(ARTICLE)
    result = build_stories([str(tmp_path)])
    assert len(result.stories) == 1
    assert any("FIFO" in p.message for p in result.problems)


def test_device_is_refused() -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    got = read_bytes("/dev/zero")
    assert isinstance(got, Problem) and "device" in got.message


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_FILE_BYTES + 1)
    got = read_bytes(str(big))
    assert isinstance(got, Problem) and "MiB" in got.message
    _one_line(got)


def test_size_limit_is_the_documented_constant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE * 10)
    monkeypatch.setattr(load, "MAX_FILE_BYTES", 100)
    assert isinstance(read_bytes(str(path)), Problem)
    monkeypatch.setattr(load, "MAX_FILE_BYTES", 10_000)
    assert isinstance(read_bytes(str(path)), bytes)


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    sub = tmp_path / "a"
    sub.mkdir()
    (sub / "story.txt").write_text(ARTICLE)
    os.symlink(tmp_path, sub / "loop")  # directory loop
    os.symlink(tmp_path / "x.txt", tmp_path / "y.txt")
    os.symlink(tmp_path / "y.txt", tmp_path / "x.txt")  # file symlink loop
    result = build_stories([str(tmp_path)])
    assert len(result.stories) == 1
    assert all("\n" not in p.message for p in result.problems)
    assert any(p.path.endswith(("x.txt", "y.txt")) for p in result.problems)


def test_unreadable_dir_is_a_problem(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "ok.txt").write_text(ARTICLE)
    locked.chmod(0)
    try:
        items = list(iter_files([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert str(tmp_path / "ok.txt") in items
    assert any(isinstance(i, Problem) for i in items)


def test_folder_of_many_tiny_files(tmp_path: Path) -> None:
    for i in range(3000):
        (tmp_path / f"{i:04d}.txt").write_text(
            f"Item {i}: the village council number {i} approved a budget of {i} crowns.\n"
        )
    (tmp_path / "notes.csv").write_text("ignored")
    files = [f for f in iter_files([str(tmp_path)]) if isinstance(f, str)]
    assert len(files) == 3000
    result = build_stories([str(tmp_path)])
    assert not result.problems
    assert len(result.stories) == 3000


def test_stdin_tty_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty())
    got = read_document("-")
    assert isinstance(got, Problem)


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    class Pipe:
        buffer = io.BytesIO(ARTICLE.encode())

        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdin", Pipe())
    doc = read_document("-")
    assert isinstance(doc, Document)
    assert doc.lines[0].startswith("The harbour authority")
