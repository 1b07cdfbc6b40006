"""Shared helpers for the feeds tests: fixture files and a library to refresh into.

Every server here is pytest-httpserver on localhost; nothing leaves the machine.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.library.store import Library

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def library() -> Iterator[Library]:
    lib = Library.memory()
    try:
        yield lib
    finally:
        lib.close()
