"""Writing ``brief -o FILE``: a failed run never leaves a half-written file; the old file stays.

What the target is decides how it is written:

- a regular file (or a symlink to one, followed to the end of its chain): a new file is written
  beside the real target and renamed over it, so the link is kept and readers see the old or
  the new briefing, never half of one. An existing file keeps its permission bits and, where
  the system lets us (root, or a group we are in), its owner and group;
- no file yet: created with the permissions the umask gives (0666 & ~umask), like ``>`` would;
- a character device (``/dev/null``, a terminal, ``/dev/stdout``) or a FIFO: written directly,
  never replaced. A FIFO is opened without blocking, so one with no reader is a one-line error
  instead of a hang;
- a directory, a block device (a disk), a socket, an empty name or a symlink loop: refused with
  a one-line reason.

Every failure is an ``OSError`` whose ``strerror`` is that one line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path


class OutputError(OSError):
    """A target we will not write to; ``strerror`` says why in one line."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(code, reason)


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` (UTF-8, LF line ends) to ``path`` as described in the module docstring."""
    write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` as described in the module docstring."""
    if not path:
        raise OutputError(errno.ENOENT, "empty file name")
    try:
        st: os.stat_result | None = os.stat(path)  # follows symlinks
    except FileNotFoundError:
        st = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputError(errno.ELOOP, "symbolic link loop") from None
        raise
    if st is None:
        _replace(_real_target(path), data, None)
        return
    mode = st.st_mode
    if stat.S_ISREG(mode):
        _replace(_real_target(path), data, st)
    elif stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        _write_in_place(path, data, fifo=stat.S_ISFIFO(mode))
    elif stat.S_ISDIR(mode):
        raise OutputError(errno.EISDIR, "is a directory")
    elif stat.S_ISBLK(mode):
        raise OutputError(errno.EINVAL, "is a block device (a disk); refused")
    else:
        raise OutputError(errno.EINVAL, "not a regular file, device or FIFO; refused")


def _real_target(path: str) -> Path:
    """The file a chain of symlinks ends at (which may not exist yet)."""
    real = Path(os.path.realpath(path))
    if real.is_symlink():  # realpath stops inside a loop
        raise OutputError(errno.ELOOP, "symbolic link loop")
    return real


def _replace(target: Path, data: bytes, old: os.stat_result | None) -> None:
    """Write a temporary file beside ``target`` and rename it over ``target``."""
    directory = target.parent
    tmp = directory / f".{target.name}.{secrets.token_hex(6)}.tmp"
    # 0o666 here: the kernel applies the umask, as for any new file
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        try:
            if old is not None:
                os.fchmod(fd, stat.S_IMODE(old.st_mode))
                _keep_owner(fd, old)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # the rename itself survives a crash
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _keep_owner(fd: int, old: os.stat_result) -> None:
    """Give the new file the old one's owner and group, as far as we are allowed to."""
    if (old.st_uid, old.st_gid) == (os.geteuid(), os.getegid()):
        return
    try:
        os.fchown(fd, old.st_uid, old.st_gid)
    except PermissionError:
        # not root: the file becomes ours, but a group we belong to can still be kept
        with contextlib.suppress(OSError):
            os.fchown(fd, -1, old.st_gid)


def _write_in_place(path: str, data: bytes, *, fifo: bool) -> None:
    """A device or FIFO: open it as it is (no create, no truncate of anything else)."""
    flags = os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | (os.O_NONBLOCK if fifo else 0))
    except OSError as exc:
        if fifo and exc.errno == errno.ENXIO:
            raise OutputError(errno.ENXIO, "a FIFO with no process reading it") from None
        raise
    try:
        if fifo:  # a reader is there: from now on wait for it like any pipe writer
            import fcntl  # POSIX only, as FIFOs are

            flag = fcntl.fcntl(fd, fcntl.F_GETFL)
            fcntl.fcntl(fd, fcntl.F_SETFL, flag & ~os.O_NONBLOCK)
        _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
