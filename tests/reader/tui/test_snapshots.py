"""Snapshots of the reader (pytest-textual-snapshot): main screen, a story, help and search,
at 80×24 and 160×48, and the main screen in each bundled theme.

Update after a deliberate UI change with ``pytest tests/reader/tui --snapshot-update``.
"""

from __future__ import annotations

import pytest

from reader.library.store import Library
from reader.tui.app import ReaderApp
from tests.reader.tui.helpers import settle

SCREENS = {
    "main": [],
    "story": ["j", "enter"],
    "help": ["question_mark"],
    "search": ["slash", *"harbour"],
}


PINNED_DATE = "2026-11-23T06:15"


def _app(articles: list[str], library: Library, theme: str = "newsdesk-dark") -> ReaderApp:
    """The reader over the articles, stored beforehand with a fixed date (a story without a
    published date is dated when first read: the list and the story show it)."""
    from reader.desk import ingest

    ingest(library, articles)
    library._conn.execute(
        "UPDATE stories SET date = ?, data = json_set(data, '$.date', ?)",
        (PINNED_DATE, PINNED_DATE),
    )
    return ReaderApp(articles, library=library, include_seeds=False, theme_name=theme)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screens(snap_compare, articles, library, screen, size) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        for key in SCREENS[screen]:
            await pilot.press(key)
        await settle(pilot)

    assert snap_compare(_app(articles, library), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", ["newsdesk-dark", "newsdesk-light", "newsdesk-contrast"])
def test_themes(snap_compare, articles, library, theme) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)

    app = _app(articles, library, theme)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
