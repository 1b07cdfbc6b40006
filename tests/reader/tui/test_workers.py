"""Issue 11 item 17: a first load shows progress, stories arrive in batches, and search says
it is still loading instead of "No matches"."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.message import Message

from reader import desk
from reader.library.store import Library
from reader.tui import workers
from reader.tui.messages import LoadProgress, StoriesBatch, StoriesLoaded
from tests.reader.tui.helpers import make_app, notices, settle

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


async def test_rows_appear_as_batches_arrive(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: the list shows the first file's stories while the rest are still read."""
    folder = folder_of(tmp_path, 6)
    first, release = threading.Event(), threading.Event()
    real = desk.ingest

    def gated(lib: Library, paths: list[str], **kw: Any) -> desk.IngestResult:
        on_batch = kw.pop("on_batch")

        def held(batch: desk.IngestBatch) -> None:
            on_batch(batch)
            if not first.is_set():
                first.set()
                release.wait(30)

        return real(lib, paths, on_batch=held, **kw)

    monkeypatch.setattr(desk, "ingest", gated)
    app = make_app([str(folder)], library)
    try:
        async with app.run_test(size=(120, 30)) as pilot:
            for _ in range(500):
                await pilot.pause(0.02)
                if app.story_list.rows and app.sub_title.endswith("so far"):
                    break
            assert [r.title for r in app.story_list.rows] == ["Harbour Railway Report Number 0"]
            assert not app.loaded and not app.story_list.loading
            assert app.sub_title == "Loading: 1 of 6 files read · 1 stories so far"
            painted = "".join(s.text for s in app.story_list.render_line(0))
            assert "Harbour Railway Report Number 0" in painted
            release.set()
            await settle(pilot)
            assert len(app.story_list.rows) == 6 and app.loaded
            assert app.story_list.rows[0].title == "Harbour Railway Report Number 0"
            assert app.sub_title == "6 stories"
    finally:
        release.set()


async def test_a_failing_load_is_one_error_line_and_the_reader_goes_on(
    tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader import ingest_work

    folder = folder_of(tmp_path, 6)
    real = ingest_work.read_and_split

    def failing(job: ingest_work.Job, whole: bool, enrich: ingest_work.Enrich = None) -> Any:
        if job[0].endswith("002.txt"):
            raise RuntimeError("disk on fire")
        return real(job, whole, enrich)

    monkeypatch.setattr(ingest_work, "read_and_split", failing)
    app = make_app([str(folder)], library)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, failures_ok=True)
        assert notices(app, "error") == [
            "Reading the files stopped (RuntimeError: disk on fire); the stories read so far"
            " are kept"
        ]
        # the first batch is listed, the second (file 001) was stored when the load stopped
        assert [r.title for r in app.story_list.rows] == ["Harbour Railway Report Number 0"]
        assert len(library.rows()) == 2
        assert app.loaded and not app.story_list.loading and app.sub_title == "1 story"
        await pilot.press("enter")  # still answers keys
        await settle(pilot)
        assert app.is_running and app.story_list.rows[0].read
        assert app.story_view.story is not None
        assert app.story_view.story.title == "Harbour Railway Report Number 0"


def test_the_first_load_leaves_summaries_and_figures_for_later(tmp_path: Path) -> None:
    """The first stories are listed before the summariser or the figures are imported (they
    load when a story is opened): a first start lists its first file sooner."""
    folder = folder_of(tmp_path, 3)
    code = (
        "import sys\n"
        "from reader.library.store import Library\n"
        "from reader.tui import workers\n"
        "loaded = workers.load_stories(Library.memory(), [sys.argv[1]], include_seeds=False,"
        " whole=False)\n"
        "assert loaded.ids is not None and len(loaded.ids) == 3, loaded\n"
        "early = ('reader.summarize', 'reader.figures', 'reader.enrich', 'briefing')\n"
        "bad = [m for m in early if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code, str(folder)], check=True, timeout=120)
