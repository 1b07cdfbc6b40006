"""Fixtures for the reader's tests: a small library of stories the tests write themselves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.library.store import Library

ARTICLES = {
    "harbour.txt": (
        "Harbour Freight Posts Record Quarter\n\n"
        "Harbour Freight Lines said on Tuesday that revenue rose 12% to $2.4 billion in the "
        "third quarter as container volumes at its northern terminals hit a record.\n\n"
        "The operator handled 1.2 million containers, and its chief executive said congestion "
        "had eased after two new cranes arrived at the Northgate terminal.\n\n"
        "Harbour Freight shares rose 4% in early trading."
    ),
    "orchestra.txt": (
        "City Orchestra Commissions New Symphonies\n\n"
        "The City Orchestra has commissioned three symphonies from young composers, its "
        "artistic director announced at the opening night of the winter season.\n\n"
        "The works will premiere over two seasons, with rehearsals open to students from local "
        "music schools and a recording planned for the final concert."
    ),
    "harbour2.txt": (
        "Northgate Terminal Expansion Approved\n\n"
        "Regulators approved a $600 million expansion of the Northgate terminal run by Harbour "
        "Freight Lines, which will add four berths by 2028.\n\n"
        "Harbour Freight said the expansion would lift capacity by 30% and create 800 jobs at "
        "Northgate, where volumes have grown for six straight quarters."
    ),
}


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "lib.sqlite3")
    yield lib
    lib.close()
