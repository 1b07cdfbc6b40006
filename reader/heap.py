"""Giving freed heap back to the system between an ingest's batches.

CPython frees a batch's stories to the C allocator, which keeps the pages (glibc returns the
top of the heap only, and a long ingest fragments it), so the process's resident memory keeps
the high-water mark of every batch and creeps up with each one. glibc's ``malloc_trim(0)``
releases the free pages inside the heap too. Elsewhere (macOS, musl, Windows) this is a no-op.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

__all__ = ["trim"]

_trim: Callable[[int], int] | None = None
_looked = False


def _find() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: the reader's start does not pay for it
    import ctypes.util

    name = ctypes.util.find_library("c") or "libc.so.6"
    try:
        libc = ctypes.CDLL(name)
        fn = libc.malloc_trim  # glibc only: musl has none
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_size_t]
    fn.restype = ctypes.c_int
    return fn


def trim() -> bool:
    """Return the heap's free pages to the system; False where that cannot be done."""
    global _trim, _looked
    if not _looked:
        _trim, _looked = _find(), True
    if _trim is None:
        return False
    _trim(0)
    return True
