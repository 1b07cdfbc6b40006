"""reader.heap: freed heap goes back to the system where glibc can do it, and nothing
happens (no error) anywhere else."""

from __future__ import annotations

import ctypes
import sys

import pytest

from reader import heap


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_trim", None)
    monkeypatch.setattr(heap, "_looked", False)


def test_trim_is_a_no_op_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert heap.trim() is False


def test_trim_is_a_no_op_without_malloc_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoTrim:  # a C library without malloc_trim (musl)
        def __init__(self, name: str) -> None:
            self.name = name

        def __getattr__(self, attr: str) -> object:
            raise AttributeError(attr)

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", NoTrim)
    assert heap.trim() is False


def test_trim_calls_malloc_trim_with_zero_padding(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    class Libc:
        def __init__(self, name: str) -> None:
            self.malloc_trim = self.Fn()

        class Fn:
            argtypes: object = None
            restype: object = None

            def __call__(self, pad: int) -> int:
                calls.append(pad)
                return 1

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", Libc)
    assert heap.trim() is True and heap.trim() is True
    assert calls == [0, 0]  # the library looked up once, trimmed each time


@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or "glibc" not in " ".join(__import__("platform").libc_ver()),
    reason="glibc only",
)
def test_trim_returns_freed_heap_on_glibc() -> None:
    def rss_kib() -> int:
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS"))

    # ~60 MiB of blocks from malloc's heap (past pymalloc's 512 bytes, short of mmap's 128 KiB)
    blocks = [bytearray(1000) for _ in range(60_000)]
    keep = blocks[::100]  # a few stay, scattered: the heap's top cannot simply shrink
    del blocks
    before = rss_kib()
    assert heap.trim() is True
    assert rss_kib() < before - 10 * 1024  # tens of MiB back to the system
    assert len(keep) == 600
