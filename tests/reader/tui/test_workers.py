"""Issue 11 item 17: a first load shows progress, stories arrive in batches, and search says
it is still loading instead of "No matches"."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.message import Message

from reader.library.store import Library
from reader.tui import workers
from reader.tui.messages import LoadProgress, StoriesBatch, StoriesLoaded
from tests.reader.tui.helpers import make_app, settle

WORDS = [
    "harbour",
    "orchestra",
    "council",
    "railway",
    "bakery",
    "library",
    "hospital",
    "vineyard",
    "brewery",
    "airport",
    "quarry",
    "museum",
    "stadium",
    "factory",
    "garden",
    "bridge",
    "market",
    "school",
    "ferry",
    "tunnel",
]


def article(i: int) -> str:
    """Thirteen stories with nothing in common but their shape (no two merge as duplicates)."""
    a, b, c = WORDS[i % 20], WORDS[(i * 7 + 3) % 20], WORDS[(i * 11 + 5) % 20]
    return (
        f"{a.title()} {b.title()} Report Number {i}\n\n"
        f"The {a} trust said the {b} plan for district {i} would cost {i + 2} million and "
        f"that work on the {c} would start in spring, ahead of the {a} season.\n\n"
        f"Residents near the {c} in ward {i * 3} were told that the {b} would close for "
        f"{i + 1} weeks while crews replaced {i * 5} panels."
    )


def folder_of(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "pile"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return folder


def test_load_posts_progress_and_batches(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "BATCH_SECONDS", 0.0)
    folder = folder_of(tmp_path, 13)
    posted: list[Message] = []
    done = workers.load_stories(
        library, [str(folder)], include_seeds=False, whole=False, post=posted.append
    )
    assert isinstance(done, StoriesLoaded) and done.ids is not None and len(done.ids) == 13
    progress = [m for m in posted if isinstance(m, LoadProgress)]
    batches = [m for m in posted if isinstance(m, StoriesBatch)]
    # the ingest stores 1 file, then 2, 4 and the last 6: the list has rows after one file
    assert [len(b.rows) for b in batches] == [1, 3, 7]
    counts = [p.done for p in progress]
    assert counts == sorted(counts) and counts[-1] == 13 and progress[0].total == 13
    assert batches[0].ids == done.ids[:1] and batches[2].ids == done.ids[:7]


def test_load_batches_are_throttled(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "BATCH_SECONDS", 3600.0)
    folder = folder_of(tmp_path, 13)
    posted: list[Message] = []
    workers.load_stories(
        library, [str(folder)], include_seeds=False, whole=False, post=posted.append
    )
    batches = [m for m in posted if isinstance(m, StoriesBatch)]
    assert [len(b.rows) for b in batches] == [1]  # the first at once; the rest at the end


async def test_reader_shows_progress_and_search_says_still_loading(
    articles: list[str], library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = workers.load_stories

    def slow(lib: Library, paths: list[str], **kw: object) -> StoriesLoaded:
        post = kw["post"]
        post(LoadProgress(1, 3, 0))  # type: ignore[operator]
        release.wait(30)
        return real(lib, paths, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(workers, "load_stories", slow)
    app = make_app(articles, library)
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            if app.progress is not None:
                break
        assert app.sub_title == "Loading: 1 of 3 files read"
        assert "Loading: 1 of 3 files read" in str(app.story_view.query_one("#headline").render())
        await pilot.press("slash", *"harbour")
        for _ in range(50):
            await pilot.pause(0.02)
            status = str(app.screen.query_one("#search-status").render())
            if status:
                break
        assert status == "No matches yet: still loading (1 of 3 files read)"
        release.set()
        await settle(pilot)
        await pilot.press("backspace")
        await settle(pilot)
        status = str(app.screen.query_one("#search-status").render())
        assert status == "2 stories"
