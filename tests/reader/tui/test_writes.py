"""Issue 11 item 7: a locked library never crashes or freezes the reader. Writes (read/star,
settings) run in a worker on their own connection; a busy library is a notice and a retry."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.library.store import Library
from reader.tui import app as app_mod
from tests.reader.tui.helpers import make_app, notices, settle


@pytest.fixture
def file_library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "locked.sqlite3")
    yield lib
    lib.close()


def impatient_writer(app: app_mod.ReaderApp) -> None:
    """The write connection gives up at once on a lock (the real one waits, off the screen's
    thread): the test needs no ten-second waits."""
    writer = Library.open(app.library.path)
    writer._conn.execute("PRAGMA busy_timeout = 0")
    app._writer_library = writer


def hold_write_lock(path: str) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process writing: the library is locked
    return other


async def test_star_while_locked_is_a_notice_then_saved_on_retry(
    articles: list[str], file_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_mod, "RETRY_SECONDS", 0.05)
    monkeypatch.setattr(app_mod, "WRITE_ATTEMPTS", 10_000)
    app = make_app(articles, file_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        impatient_writer(app)
        lock = hold_write_lock(file_library.path)
        row = app.story_list.current
        assert row is not None
        await pilot.press("s")
        await settle(pilot, failures_ok=True)
        assert app.is_running and app.story_list.rows[0].starred  # shown at once
        assert any("library is busy" in n for n in notices(app, "warning"))
        await pilot.press("j")  # the screen still reads while the file is locked
        await settle(pilot, failures_ok=True)
        assert app.story_view.story is not None
        assert app.story_view.story.id == app.story_list.rows[1].id
        lock.execute("COMMIT")
        lock.close()
        for _ in range(20):  # the retry (a timer) saves it
            await pilot.pause(0.05)
            await settle(pilot, failures_ok=True)
            if file_library.state(row.id)[1]:
                break
        assert file_library.state(row.id) == (False, True)
        assert len(notices(app, "warning")) == 1  # one notice, not one per try


async def test_a_write_that_never_gets_through_is_undone_with_one_error(
    articles: list[str], file_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_mod, "RETRY_SECONDS", 0.01)
    app = make_app(articles, file_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        impatient_writer(app)
        lock = hold_write_lock(file_library.path)
        try:
            await pilot.press("s")
            for _ in range(40):
                await pilot.pause(0.02)
                await settle(pilot, failures_ok=True)
                if notices(app, "error"):
                    break
        finally:
            lock.execute("ROLLBACK")
            lock.close()
        errors = notices(app, "error")
        assert len(errors) == 1 and errors[0].startswith("Could not save the star")
        assert not app.story_list.rows[0].starred  # undone: the screen says what is saved
        assert app.is_running


async def test_writes_never_run_on_the_screen_thread(
    articles: list[str], library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = threading.get_ident()
    threads: list[int] = []
    for name in ("set_read", "set_starred"):
        original = getattr(Library, name)

        def spy(self: Library, *args: object, _original: object = original) -> None:
            threads.append(threading.get_ident())
            _original(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(Library, name, spy)
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("s", "enter", "tab", "r")
        await settle(pilot)
    assert len(threads) == 3 and main not in threads
    row = library.rows()[0]
    assert row.starred and not row.read


async def test_the_failure_handler_takes_plain_sqlite_errors_too(
    articles: list[str], library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Library, story_id: str, starred: bool = True) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(app_mod, "WRITE_ATTEMPTS", 1)
    monkeypatch.setattr(Library, "set_starred", broken)
    app = make_app(articles, library)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot, failures_ok=True)
        assert app.is_running and not app.story_list.rows[0].starred
        assert notices(app, "error") == [
            "Could not save the star: OperationalError: database or disk is full"
        ]
