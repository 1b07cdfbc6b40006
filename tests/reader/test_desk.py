"""The service layer: ingest (the pipeline driven from here), its fallback library, gathering,
story details, and Ctrl+C keeping what was finished."""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from concurrent import futures
from pathlib import Path
from typing import Any, ClassVar

import pytest

from reader import desk
from reader.library.store import Library
from reader.model import Story

COMPANIES = ["Harbour Freight", "Copper Ridge", "Lakeside Motors", "Northwind Foods"]
PLACES = ["Rotterdam", "Toronto", "Osaka", "Valparaiso"]
GOODS = ["containers", "copper", "electric vans", "frozen fish"]
STORY = (
    "{company} said on Tuesday that shipments of {goods} from {place} rose sharply in the "
    "{quarter} quarter as buyers moved orders ahead of new tariffs.\n\n"
    "The group handled more {goods} than in any quarter since {year}, and its chief executive "
    "said delays at {place} had eased after new equipment arrived.\n\n"
    "Revenue rose {pct}% to ${rev} billion, {company} said."
)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def files(tmp_path: Path, count: int) -> list[str]:
    paths = []
    for n in range(count):
        path = tmp_path / f"f{n:02d}.txt"
        text = STORY.format(
            company=COMPANIES[n % 4],
            goods=GOODS[(n // 4) % 4],
            place=PLACES[(n + n // 4) % 4],
            quarter=("first", "second", "third", "fourth")[n % 4],
            year=1990 + n,
            pct=n + 3,
            rev=n + 1.5,
        )
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def interrupt_after(n: int) -> desk.Progress:
    def progress(done: int, total: int) -> None:
        if done == n:
            raise KeyboardInterrupt

    return progress


def test_ctrl_c_keeps_the_files_already_split(tmp_path: Path, lib: Library) -> None:
    paths = files(tmp_path, 6)
    with pytest.raises(KeyboardInterrupt):
        desk.ingest(lib, paths, progress=interrupt_after(3))
    assert len(lib.rows()) == 3  # the three finished files were stored
    again = desk.ingest(lib, paths)
    assert (again.unchanged, again.parsed) == (3, 3)  # the next run goes on from there
    assert len(again.ids) == 6


class _Recording(futures.ProcessPoolExecutor):
    """Keeps the worker processes so the test can see how they ended."""

    seen: ClassVar[list[Any]] = []

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        _Recording.seen.extend((getattr(self, "_processes", None) or {}).values())
        super().shutdown(wait=wait, cancel_futures=cancel_futures)


def test_ctrl_c_ends_the_pool_workers_without_finishing_their_work(
    tmp_path: Path, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.ingest_work as work

    monkeypatch.setattr(work, "POOL_MIN_FILES", 2)
    monkeypatch.setattr(work, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(futures, "ProcessPoolExecutor", _Recording)
    _Recording.seen = []
    paths = files(tmp_path, 8)
    if work._workers([(p, p) for p in paths]) < 2:
        pytest.skip("one core: no pool")
    with pytest.raises(KeyboardInterrupt):
        desk.ingest(lib, paths, progress=interrupt_after(2))
    assert _Recording.seen, "the pool was not used"
    # terminated (-SIGTERM), not shut down after finishing their chunks (exit 0, seconds later)
    assert all(p.exitcode != 0 for p in _Recording.seen)  # none drained its queue and left
    assert len(lib.rows()) == 2


def test_a_generator_closed_early_stops_the_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.ingest_work as work

    monkeypatch.setattr(work, "POOL_MIN_FILES", 2)
    monkeypatch.setattr(work, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(futures, "ProcessPoolExecutor", _Recording)
    _Recording.seen = []
    paths = files(tmp_path, 8)
    if work._workers([(p, p) for p in paths]) < 2:
        pytest.skip("one core: no pool")
    results = work.split_files([(p, p) for p in paths], False)
    next(results)
    results.close()
    assert _Recording.seen
    assert all(p.exitcode != 0 for p in _Recording.seen)  # none drained its queue and left


def test_open_library_falls_back_to_memory_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the library's folder should be")
    monkeypatch.setenv("NEWSDESK_HOME", str(blocker / "home"))
    said: list[str] = []
    with desk.open_library(warn=said.append) as library:
        assert library.path == ":memory:"
    assert len(said) == 1 and said[0].endswith("; working without a saved library")
    with desk.open_library(saved=False, warn=said.append) as library:
        assert library.path == ":memory:" and len(said) == 1


def test_gather_summarises_and_everything_means_the_whole_library(
    tmp_path: Path, lib: Library
) -> None:
    paths = files(tmp_path, 2)
    found = desk.gather(lib, paths[:1], summaries=desk.SummaryOptions(sentences=1))
    assert len(found.stories) == 1 and found.problems == []
    assert found.stories[0].summary is not None and len(found.stories[0].summary) == 1
    desk.ingest(lib, paths[1:])
    plain = desk.gather(lib, paths[:1])
    assert plain.stories[0].summary is None  # no summaries asked for
    everything = desk.gather(lib, [], everything=True)
    assert len(everything.stories) >= 2 + len(desk.default_paths())  # the library and the seeds


def test_story_details_and_related(tmp_path: Path, lib: Library) -> None:
    texts = {
        "a.txt": "Harbour Freight said revenue at its Northgate terminal rose 12% to $2.4 billion "
        "in the third quarter as container volumes hit a record.\n\nThe company expects more.",
        "b.txt": "Regulators approved a $600 million expansion of the Northgate terminal run by "
        "Harbour Freight, which will add four berths by 2028.\n\nWork starts next year.",
        "c.txt": "The City Orchestra commissioned three symphonies from young composers for the "
        "winter season.\n\nThe works premiere over two seasons.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ids = desk.ingest(lib, [str(tmp_path / name) for name in texts]).ids
    details = desk.story_details(lib, ids[0])
    assert details is not None
    assert details.story.figures and details.lead_figure is not None
    assert details.related_ids == [ids[1]]
    assert [i for i, _ in details.related] == [ids[1]]
    assert desk.story_details(lib, "nope") is None


def test_build_stories_needs_no_library(tmp_path: Path) -> None:
    paths = files(tmp_path, 2)
    result = desk.build_stories([*paths, str(tmp_path / "missing.txt")])
    assert len(result.stories) == 2
    assert [p.path for p in result.problems] == [str(tmp_path / "missing.txt")]
    assert result.stories[0].sources[0].path == paths[0]  # as given, not made absolute


def test_desk_hands_on_the_ingest_names_it_imports_on_first_use() -> None:
    import reader.desk
    import reader.ingest

    for name in ("IngestBatch", "IngestResult", "InputFile", "SummaryOptions", "ingest"):
        assert getattr(reader.desk, name) is getattr(reader.ingest, name)
    missing = "no_such_name"
    with pytest.raises(AttributeError):
        getattr(reader.desk, missing)


def test_gathered_stories_are_read_a_page_at_a_time(
    tmp_path: Path, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: gather hands back a view of the stored stories, read (and summarised from
    the library's cache) a page at a time as it is iterated, not every story at once."""
    from reader.desk_results import StoryView

    monkeypatch.setattr(StoryView, "PAGE", 2)
    paths = files(tmp_path, 5)
    found = desk.gather(lib, paths, summaries=desk.SummaryOptions(sentences=1))
    reads: list[int] = []
    real = lib.stories

    def counted(ids: Sequence[str] | None = None) -> list[Story]:
        reads.append(len(ids or ()))
        return real(ids)

    monkeypatch.setattr(lib, "stories", counted)
    stories = list(found.stories)
    assert reads == [2, 2, 1] and len(found.stories) == 5
    assert all(s.summary is not None and len(s.summary) == 1 for s in stories)
    assert [s.id for s in stories] == [s.id for s in lib.stories(lib.ids_after(0))]
    assert found.stories[4].id == stories[4].id and found.stories[-1].id == stories[4].id
    assert [s.id for s in found.stories[1:3]] == [s.id for s in stories[1:3]]


def test_a_pass_over_the_gathered_stories_keeps_the_page_cache_small(
    tmp_path: Path, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: each page of the library is read once by a pass over every gathered story,
    so the connection's page cache is held to the ingest's cap while it runs (its full size
    would be memory the process keeps), and is as it was once the pass ends or stops."""
    from reader.desk_results import StoryView
    from reader.ingest import CACHE_KIB

    monkeypatch.setattr(StoryView, "PAGE", 2)
    found = desk.gather(lib, files(tmp_path, 5))
    before = lib._query("PRAGMA cache_size")[0][0]
    assert before != -CACHE_KIB
    sizes = [lib._query("PRAGMA cache_size")[0][0] for _ in found.stories]
    assert sizes == [-CACHE_KIB] * 5
    assert lib._query("PRAGMA cache_size")[0][0] == before
    stopped = iter(found.stories)
    assert isinstance(stopped, Generator)
    next(stopped)
    stopped.close()  # left part way: the cache is back all the same
    assert lib._query("PRAGMA cache_size")[0][0] == before
