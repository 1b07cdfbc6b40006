"""Find and read input files safely: only regular files, bounded size, no hangs on odd paths.

Users point newsdesk at folders of scraped pages, globs, or a pipe. A FIFO or device among
them must not block the reader, a symlink loop must not spin, and one bad file must not stop
the rest: each failure becomes a one-line Problem and the next path is tried.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# Refuse files bigger than this: no article pile needs more, and reading a stray multi-GB
# log or disk image would stall the reader.
MAX_FILE_BYTES = 20 * 1024 * 1024

DEFAULT_PATTERNS: tuple[str, ...] = ("*.txt", "*.md")
# web pages and mail, read by reader/sources/files.py (issue 17)
RICH_PATTERNS: tuple[str, ...] = ("*.html", "*.htm", "*.eml", "*.mbox")


@dataclass(frozen=True)
class Problem:
    """A path that could not be used, with a one-line reason for stderr."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _has_glob(path: str) -> bool:
    return any(ch in path for ch in "*?[")


def _walk(root: str, patterns: Sequence[str]) -> Iterator[str | Problem]:
    """Matching files under ``root`` in a stable order; unreadable folders become Problems.

    An explicit stack, not recursion, so a folder thousands of levels deep is fine; symlinked
    folders are not followed and every real folder is visited once, so a loop cannot spin.
    """
    stack = [root]
    seen: set[tuple[int, int]] = set()
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            yield Problem(str(err.filename or folder), _reason(err))
            continue
        subdirs: list[str] = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(entry.path)
            elif any(fnmatch.fnmatch(entry.name, p) for p in patterns):
                yield entry.path
        stack.extend(reversed(subdirs))


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).strip().splitlines()[0].lower() if err else "error"


def iter_files(
    paths: Sequence[str], *, patterns: Sequence[str] = DEFAULT_PATTERNS
) -> Iterator[str | Problem]:
    """Expand folders (recursively) and globs into file paths; "-" (stdin) is passed through.

    Explicitly named files are yielded whatever their extension; folders contribute only files
    matching ``patterns``. Missing paths and empty globs come back as Problems.
    """
    for path in paths:
        if path == "-":
            yield path
            continue
        if os.path.isdir(path):
            yield from _walk(path, patterns)
            continue
        if os.path.lexists(path):
            yield path
            continue
        if _has_glob(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield Problem(path, "no files match this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match, patterns)
                else:
                    yield match
            continue
        yield Problem(path, "no such file or directory")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bytes(path: str) -> bytes | Problem:
    """The raw bytes of a regular file or of stdin ("-"), or a Problem saying why not."""
    if path == "-":
        stdin = sys.stdin
        try:
            if stdin is None or stdin.isatty():
                return Problem("-", "stdin is a terminal: pipe text in or give a path")
            data = stdin.buffer.read(MAX_FILE_BYTES + 1)
        except (OSError, ValueError, AttributeError) as err:
            return Problem("-", f"cannot read stdin: {err}".splitlines()[0])
        if len(data) > MAX_FILE_BYTES:
            return Problem("-", f"input larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, refused")
        return data
    try:
        st = os.stat(path)
    except OSError as err:
        return Problem(path, _reason(err))
    if not stat.S_ISREG(st.st_mode):
        return Problem(path, f"skipped: {_kind(st.st_mode)}")
    if st.st_size > MAX_FILE_BYTES:
        return Problem(
            path,
            f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB ({st.st_size} bytes), refused",
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        return Problem(path, _reason(err))
    try:
        # re-check the opened object: the path may have been swapped since the stat
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return Problem(path, "skipped: not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        return Problem(path, _reason(err))
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        return Problem(path, f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, refused")
    return data
