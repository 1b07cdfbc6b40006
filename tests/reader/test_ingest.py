"""Issue 15 item 2: the ingest hands stories over in batches as files finish, each batch
stored before the next is read; near-copies still merge across the whole call; an interrupted
ingest keeps every batch already stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import ingest as ingest_module
from reader.ingest import IngestBatch, build_stories, ingest
from reader.library.store import Library

WORDS = ["harbour", "orchestra", "council", "railway", "bakery", "vineyard", "brewery", "quarry"]
WORDS += ["museum", "stadium", "factory", "garden", "bridge", "market", "school", "tunnel"]


def article(i: int, *, title: bool = True) -> str:
    """Stories with nothing in common but their shape (no two merge as duplicates)."""
    a, b, c = WORDS[i % 16], WORDS[(i * 7 + 3) % 16], WORDS[(i * 11 + 5) % 16]
    head = f"{a.title()} {b.title()} Report Number {i}\n\n" if title else ""
    return (
        f"{head}The {a} trust said the {b} plan for district {i} would cost {i + 2} million "
        f"and that work on the {c} would start in spring, ahead of the {a} season.\n\n"
        f"Residents near the {c} in ward {i * 3} were told that the {b} would close for "
        f"{i + 1} weeks while crews replaced {i * 5} panels on the old {a} hall."
    )


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def pile(folder: Path, texts: list[str]) -> list[str]:
    folder.mkdir()
    paths = []
    for n, text in enumerate(texts):
        path = folder / f"{n:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_batches_are_stored_as_files_finish(lib: Library, tmp_path: Path) -> None:
    paths = pile(tmp_path / "pile", [article(i) for i in range(12)])
    seen: list[tuple[IngestBatch, int]] = []
    result = ingest(lib, paths, on_batch=lambda b: seen.append((b, len(lib.rows()))))
    # 1 file, then 2, 4 and the last 5; each batch is in the library when it is announced
    assert [(b.done, b.total, len(b.ids), stored) for b, stored in seen] == [
        (1, 12, 1, 1),
        (3, 12, 2, 3),
        (7, 12, 4, 7),
        (12, 12, 5, 12),
    ]
    assert [i for b, _ in seen for i in b.ids] == result.ids
    # a second run: every file unchanged, all of them announced at once
    again: list[IngestBatch] = []
    assert ingest(lib, paths, on_batch=again.append).ids == result.ids
    assert [(b.done, b.ids) for b in again] == [(12, result.ids)]


def test_near_copies_merge_across_batches_as_in_one_merge(lib: Library, tmp_path: Path) -> None:
    # file 0's story has no title (one is generated); file 9 holds a near-copy with a title
    # and a changed word, in a later batch than file 0
    copy = article(0).replace("spring", "summer")
    texts = [article(0, title=False)] + [article(i) for i in range(1, 9)] + [copy]
    paths = pile(tmp_path / "pile", texts)
    one_merge = build_stories(paths).stories
    batches: list[IngestBatch] = []
    result = ingest(lib, paths, on_batch=batches.append)
    assert len(batches) == 4 and len(one_merge) == 9
    stored = lib.stories(result.ids)
    assert [(s.id, s.title, s.sources) for s in stored] == [
        (s.id, s.title, s.sources) for s in one_merge
    ]
    first = stored[0]
    assert [src.path for src in first.sources] == [paths[0], paths[9]]
    assert not first.title_generated and first.title == "Harbour Railway Report Number 0"
    assert lib.rows([first.id])[0].title == first.title
    indexed = lib._conn.execute(  # the title index follows
        "SELECT title FROM title_fts WHERE rowid = (SELECT seq FROM stories WHERE id = ?)",
        (first.id,),
    ).fetchall()
    assert indexed == [(first.title,)]
    assert lib.ids_for_path(paths[9]) == [first.id] and len(result.ids) == 9


def test_an_interrupted_ingest_keeps_the_batches_stored(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "BATCH_FILES_MAX", 2)
    paths = pile(tmp_path / "pile", [article(i) for i in range(9)])

    def stop(batch: IngestBatch) -> None:
        if batch.done >= 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(lib, paths, on_batch=stop)
    assert len(lib.rows()) == 5  # batches of 1, 2 and 2 files
    result = ingest(lib, paths)
    assert result.unchanged == 5 and result.parsed == 4 and len(result.ids) == 9


def test_a_progress_callback_that_raises_stops_the_pool_and_keeps_the_finished(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader import ingest_work

    monkeypatch.setattr(ingest_work, "POOL_MIN_FILES", 2)
    monkeypatch.setattr(ingest_work, "POOL_MIN_BYTES", 1)
    paths = pile(tmp_path / "pile", [article(i) for i in range(30)])

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 4:
            raise Stop

    with pytest.raises(Stop):
        ingest(lib, paths, progress=progress)
    kept = len(lib.rows())
    assert 3 <= kept <= 4  # batches of 1 and 2 stored, and the batch under way when stopped
    assert ingest(lib, paths).unchanged == kept


def test_stories_of_stored_batches_leave_memory(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: an ingest holds the batch it is storing, not every story it has read (the
    merger's stories go to its spill file, the workers' summaries to theirs)."""
    import gc

    from reader.ingest import SummaryOptions
    from reader.model import Story

    monkeypatch.setattr(ingest_module, "BATCH_FILES_MAX", 2)
    copy = article(0).replace("spring", "summer")  # folded into a story stored long before
    paths = pile(tmp_path / "pile", [article(i) for i in range(30)] + [copy])
    live: list[int] = []

    def stories() -> int:
        gc.collect()
        return sum(isinstance(o, Story) for o in gc.get_objects())

    before = stories()  # (other tests may leave some)
    result = ingest(lib, paths, on_batch=lambda _: live.append(stories() - before),
                    summaries=SummaryOptions())  # fmt: skip
    assert len(result.ids) == 30 and len(live) == 16
    assert max(live) <= 4  # a batch of two files, never the 30 stories read
    assert [s.path for s in lib.stories(result.ids[:1])[0].sources] == [paths[0], paths[30]]


def test_batches_stop_doubling_at_the_cap_so_a_batch_holds_a_bounded_number_of_files(
    lib: Library, tmp_path: Path
) -> None:
    """Issue 15: a long ingest stores at most BATCH_FILES_MAX files' stories at a time (what
    one batch frees is what the next reuses, so memory stays flat), whatever the file count."""
    cap = ingest_module.BATCH_FILES_MAX
    assert 8 <= cap <= 64
    count = 2 * cap + 30
    paths = pile(tmp_path / "pile", [article(i) for i in range(count)])
    done: list[int] = []
    ingest(lib, paths, on_batch=lambda batch: done.append(batch.done))
    sizes = [b - a for a, b in zip([0, *done[:-1]], done, strict=True)]
    doubling = [min(2**k, cap) for k in range(len(sizes))]
    assert sizes[:-1] == doubling[:-1] and 0 < sizes[-1] <= cap
    assert sum(sizes) == count and max(sizes) == cap
