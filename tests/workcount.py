"""Deterministic work counters for "stays linear" tests: no test asserts wall-clock time.

``calls(fn)`` counts the function calls (Python and C) made while ``fn`` runs; running the same
code on an input n and on 4n and comparing the counts is a size-linear check that does not
depend on how loaded the machine is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def calls(fn: Callable[[], object]) -> int:
    """How many function calls (Python and builtin) ``fn()`` makes."""
    count = 0

    def profile(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(previous)
    return count


def assert_linear(
    run: Callable[[int], object], n: int, factor: int = 4, slack: float = 1.5
) -> None:
    """``run(factor · n)`` makes at most slack · factor times the calls of ``run(n)`` (plus a
    constant for start-up work), i.e. the work grows linearly with the input size, not faster."""
    run(n)  # warm caches and lazy imports so both counts measure the same steady state
    small = calls(lambda: run(n))
    big = calls(lambda: run(factor * n))
    assert big <= slack * factor * small + 1_000, (small, big)


class ScanCounter:
    """Stands in for a module's ``re``: every module-level search hands over its string, and
    ``scanned`` adds up their lengths (the work a C-level regex scan does, which ``calls``
    cannot see)."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.scanned = 0

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._real, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split"):
            return attr

        def counted(pattern: Any, string: str, *args: Any, **kwargs: Any) -> Any:
            self.scanned += len(string)
            return attr(pattern, string, *args, **kwargs)

        return counted
