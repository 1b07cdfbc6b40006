"""``brief -o`` targets: devices and FIFOs are never replaced, symlinks are written through,
an existing file keeps its mode (and owner), a new one honours the umask."""

from __future__ import annotations

import os
import select
import stat
import threading
import time
from pathlib import Path

import pytest

from briefing.output import OutputError, write_atomic
from reader.cli import main

TEXT = "# Briefing\n\nLine two.\n"


def test_new_file_honours_the_umask(tmp_path: Path) -> None:
    for mask, expected in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
        old = os.umask(mask)
        try:
            target = tmp_path / f"new-{mask:o}.md"
            write_atomic(str(target), TEXT)
        finally:
            os.umask(old)
        assert stat.S_IMODE(target.stat().st_mode) == expected
        assert target.read_text(encoding="utf-8") == TEXT
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_existing_file_keeps_its_mode_and_owner(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    before = target.stat()
    old = os.umask(0o077)
    try:
        write_atomic(str(target), TEXT)
    finally:
        os.umask(old)
    after = target.stat()
    assert target.read_text(encoding="utf-8") == TEXT
    assert stat.S_IMODE(after.st_mode) == 0o640
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)
    assert after.st_ino != before.st_ino  # replaced atomically, not rewritten in place


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
def test_root_keeps_another_users_owner(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old\n", encoding="utf-8")
    os.chown(target, 12345, 12345)
    write_atomic(str(target), TEXT)
    assert (target.stat().st_uid, target.stat().st_gid) == (12345, 12345)


def test_symlink_is_written_through_and_kept(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "brief.md"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o604)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    chain = tmp_path / "chain.md"
    chain.symlink_to(link)
    write_atomic(str(chain), TEXT)
    assert chain.is_symlink() and link.is_symlink()
    assert os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == TEXT
    assert stat.S_IMODE(real.stat().st_mode) == 0o604
    assert sorted(os.listdir(tmp_path)) == ["chain.md", "link.md", "real"]
    assert os.listdir(real_dir) == ["brief.md"]


def test_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "later.md")
    write_atomic(str(link), TEXT)
    assert link.is_symlink()
    assert (tmp_path / "later.md").read_text(encoding="utf-8") == TEXT


def test_symlink_loop_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    with pytest.raises(OutputError, match="loop"):
        write_atomic(str(loop), TEXT)
    assert loop.is_symlink()


def test_character_device_is_written_not_replaced() -> None:
    before = os.stat("/dev/null")
    write_atomic("/dev/null", TEXT)
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_full_device_is_an_error_and_stays_a_device() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with pytest.raises(OSError) as info:
        write_atomic("/dev/full", TEXT)
    assert info.value.strerror
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_fifo_without_reader_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="no process reading"):
        write_atomic(str(fifo), TEXT)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_fifo_with_reader_receives_the_briefing(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    big = (TEXT * 20_000).encode()  # more than a pipe buffer: the writer waits for the reader
    rfd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # the reader is there before we write
    got = bytearray()

    def drain() -> None:
        # until everything arrived (an empty read only means no writer yet, or between writes)
        for _ in range(100_000):
            if len(got) >= len(big):
                break
            select.select([rfd], [], [], 0.1)
            try:
                chunk = os.read(rfd, 65536)
            except BlockingIOError:
                continue
            if not chunk:
                time.sleep(0.001)  # no writer yet
            got.extend(chunk)
        os.close(rfd)

    reader = threading.Thread(target=drain)
    reader.start()
    write_atomic(str(fifo), big.decode())
    reader.join()
    assert bytes(got) == big
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_directory_and_empty_name_are_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="directory"):
        write_atomic(str(tmp_path), TEXT)
    with pytest.raises(OutputError, match="empty"):
        write_atomic("", TEXT)


def test_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        try:
            sock.bind(str(path))
        except OSError:
            pytest.skip("cannot bind a unix socket here")
        with pytest.raises(OutputError, match="refused"):
            write_atomic(str(path), TEXT)
    assert stat.S_ISSOCK(path.stat().st_mode)


def test_cli_fifo_target_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(
        "Harbour Bank said profit rose 12% to $4.1 billion in the third quarter.\n\n"
        "The lender also raised its dividend, its chief executive said on Monday.\n",
        encoding="utf-8",
    )
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code = main(["brief", str(src), "--no-library", "-o", str(fifo)])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "no process reading" in err and "Traceback" not in err
