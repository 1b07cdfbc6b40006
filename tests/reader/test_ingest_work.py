"""Summaries and figures computed by the ingest workers beside the split: the same as the
main process computes afterwards, and found in the library's cache."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader import desk
from reader.enrich import enrichment_key
from reader.library.store import Library
from reader.model import Heading, Story

FIRMS = ["Harbour Freight", "Copper Ridge", "Lakeside Motors", "Northwind Foods", "Eastgate Bank"]
GOODS = ["containers", "copper", "electric vans", "frozen fish", "mortgages"]
LINES = [
    "{firm} said revenue rose {pct}% to ${rev} billion in the {q} quarter.",
    "Net income fell to {net} million euros, down from {prev} million a year earlier.",
    "The group shipped {n:,} tonnes of {goods}, about {share}% of the market.",
    "Its shares closed {pct}% higher at {price} pence in London on {day}.",
    "Analysts had expected a smaller rise, and some said demand for {goods} would cool.",
    "Chief executive Maria Lopez told reporters that two new plants would open next year.",
    "About {n:,} people work for {firm}, which was founded in {year}.",
]


def write_files(root: Path, count: int, seed: int) -> list[str]:
    """``count`` files of one to three made-up business stories each, figures in most lines."""
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        stories = []
        for _ in range(rng.randint(1, 3)):
            firm, goods = rng.choice(FIRMS), rng.choice(GOODS)
            title = f"{firm} {rng.choice(['beats', 'misses', 'lifts'])} forecasts on {goods}"
            body = []
            for _ in range(rng.randint(3, 6)):
                picked = rng.sample(LINES, 3)
                body.append(
                    " ".join(picked).format(
                        firm=firm,
                        goods=goods,
                        pct=rng.randint(2, 40),
                        rev=rng.randint(2, 90) / 10,
                        q=rng.choice(["first", "second", "third"]),
                        net=rng.randint(10, 900),
                        prev=rng.randint(10, 900),
                        n=rng.randint(1_000, 90_000),
                        share=rng.randint(2, 60),
                        price=rng.randint(50, 900),
                        day=rng.choice(["Monday", "Friday"]),
                        year=rng.randint(1900, 2010),
                    )
                )
            stories.append("\n\n".join([title, *body]))
        path = root / f"f{n:02d}.txt"
        path.write_text("\n\n\n\n".join(stories) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def enriched_in_main(tmp_path: Path, paths: list[str]) -> dict[str, tuple[object, ...]]:
    """The path before the workers enriched: ingest, then enrich each story here."""
    with Library.open(tmp_path / "main.sqlite3") as lib:
        ids = desk.ingest(lib, paths).ids
        stories = desk.enrich_stories(lib, lib.stories(ids))
        leads = {r.id: r.lead_figure for r in lib.rows(ids)}
        return {s.id: (s.title, s.summary, s.figures, leads[s.id]) for s in stories}


def enriched_by_ingest(lib: Library, paths: list[str]) -> dict[str, tuple[object, ...]]:
    opts = desk.SummaryOptions()
    ids = desk.ingest(lib, paths, summaries=opts).ids
    out: dict[str, tuple[object, ...]] = {}
    leads = {r.id: r.lead_figure for r in lib.rows(ids)}
    for story in lib.stories(ids):
        key = enrichment_key(story, opts.algorithm, opts.sentences, opts.ratio)
        cached = lib.cached_enrichment(key)
        assert cached is not None, "the ingest left this story's summary to be computed later"
        out[story.id] = (story.title, *cached, leads[story.id])
    return out


@pytest.mark.parametrize("pool", [False, True])
def test_ingest_caches_the_same_summaries_and_figures_as_enriching_afterwards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pool: bool
) -> None:
    import reader.ingest_work as work

    paths = write_files(tmp_path, 8, seed=3)
    for n, path in enumerate(paths[:2]):  # copies: duplicates across files, merged
        copy = tmp_path / f"copy{n}.txt"
        copy.write_text(Path(path).read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(str(copy))
    expected = enriched_in_main(tmp_path, paths)
    assert len(expected) >= 8 and all(v[2] for v in expected.values())  # figures found
    if pool:
        monkeypatch.setattr(work, "POOL_MIN_FILES", 2)
        monkeypatch.setattr(work, "POOL_MIN_BYTES", 0)
        if work._workers([(p, p) for p in paths]) < 2:
            pytest.skip("one core: no pool")
    with Library.open(tmp_path / "ingest.sqlite3") as lib:
        assert enriched_by_ingest(lib, paths) == expected


def test_a_failing_enrichment_is_left_to_the_main_process(tmp_path: Path) -> None:
    paths = write_files(tmp_path, 2, seed=5)
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        bad = desk.SummaryOptions(algorithm="no-such-algorithm")
        result = desk.ingest(lib, paths, summaries=bad)
        assert result.ids and not result.problems  # the split itself is not a problem
        with pytest.raises(ValueError, match="unknown summary algorithm"):
            desk.enrich_stories(lib, lib.stories(result.ids), bad)


STOPS = 5


def test_a_stopped_pool_never_prints_a_thread_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """Stopping an ingest (its progress callback raises) while workers hold chunks and more
    wait: concurrent.futures' manager thread must not fail on futures cancelled under it
    (InvalidStateError: CANCELLED on stderr). The race needs the manager thread to see the
    workers die before it hears of the shutdown; each stop here waits for that to happen."""
    import multiprocessing.process
    import threading
    import time

    from reader import ingest_work as work

    monkeypatch.setattr(work, "POOL_MIN_FILES", 2)
    monkeypatch.setattr(work, "POOL_MIN_BYTES", 1)
    paths = write_files(tmp_path, 80, seed=5)
    jobs = [(p, p) for p in paths]
    if work._workers(jobs) < 2:
        pytest.skip("one core: no pool")
    failures: list[str] = []
    monkeypatch.setattr(threading, "excepthook", lambda a: failures.append(repr(a.exc_value)))
    terminate = multiprocessing.process.BaseProcess.terminate

    def terminate_and_wait(process: multiprocessing.process.BaseProcess) -> None:
        terminate(process)
        process.join(5.0)
        time.sleep(0.05)  # the manager thread sees the worker gone, before anything else

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "terminate", terminate_and_wait)

    class Stop(Exception):
        pass

    def stop_at(n: int) -> None:
        if n == 2:
            raise Stop

    for _ in range(STOPS):
        with pytest.raises(Stop):
            for _result in work.split_files(jobs, False, stop_at):
                pass
    assert failures == []
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize("broken", [False, True])
def test_a_pool_given_late_work_only_splits_and_enriches_what_it_is_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: bool
) -> None:
    """With ``late``, the workers hand back stories as split (no summary, figures or lead);
    what the caller sends between results is enriched by the pool (by this process when the
    pool cannot start) and comes back in the order sent, all of it when the generator ends."""
    import concurrent.futures

    import reader.ingest_work as work
    from reader.enrich import compute, lead_of

    paths = write_files(tmp_path, 6, seed=11)
    monkeypatch.setattr(work, "POOL_MIN_FILES", 2)
    monkeypatch.setattr(work, "POOL_MIN_BYTES", 0)
    if work._workers([(p, p) for p in paths]) < 2:
        pytest.skip("one core: no pool")
    if broken:

        def no_pool(*_: object, **__: object) -> None:
            raise OSError("no workers here")

        monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    late = work.LateEnrich(("default", 3, None))
    sent: list[tuple[str, object]] = []
    for result in work.split_files([(p, p) for p in paths], False, enrich=late.options, late=late):
        assert late.active and isinstance(result, tuple)
        _, stories, _, _, leads = result
        assert all(s.summary is None and s.figures is None for s in stories)
        assert leads == [None] * len(stories)
        items = [(f"key{len(sent) + n}", s) for n, s in enumerate(stories)]
        late.send(items)
        sent += items
    found = late.take()
    assert [k for k, *_ in found] == [k for k, _ in sent]
    for (_, story), (_, story_id, summary, figures, lead) in zip(sent, found, strict=True):
        assert isinstance(story, Story) and story_id == story.id
        expected = compute(story)
        assert (summary, figures, lead) == (*expected, lead_of(expected[1]))


def test_what_is_sent_late_is_each_kept_story_under_its_key_at_the_last_split_copy() -> None:
    """``LateSender``: a kept story goes with the last story split under the same key (as the
    workers' entries for one key replaced each other); one stored before goes again only
    when a copy split since has its key and reads other text than its entry was made from,
    or its key is new (a title a copy gave it) and not cached."""
    from dataclasses import replace

    from reader.ingest_cache import LateSender
    from reader.ingest_work import LateEnrich
    from reader.model import Source

    def story(title: str, generated: bool = False, heading: str = "") -> Story:
        made = Story("id1", title, generated, [Source("a.txt", 1, 3)], ["Revenue rose 5%."])
        made.headings = [] if not heading else [Heading(heading, 0)]
        return made

    late = LateEnrich(("default", 3, None))
    late.active = True
    sender = LateSender(late)
    with Library.memory() as lib:
        kept = story("Acme grows")
        sender.split([kept, replace(kept)])  # an exact copy merges into ``kept``
        sender.kept(lib, [kept], [])
        assert [(k, s.title) for k, s in late.todo] == [(sender._key(kept), kept.title)]
        late.todo = []
        sender.split([replace(kept)])  # another exact copy: the entry on its way reads the same
        sender.kept(lib, [], [kept])
        assert late.todo == []
        headed = story("Acme grows", heading="Results")  # same key, other text read
        sender.split([headed])
        sender.kept(lib, [], [kept])
        assert [s for _, s in late.todo] == [headed]
        late.todo = []
        sender.split([replace(kept)])  # the kept text again: the entry sent read other text
        sender.kept(lib, [], [kept])
        assert [s.headings for _, s in late.todo] == [[]]
        late.todo = []
        sender.split([story("Other", heading="Results")])  # its key is not the kept one's
        sender.kept(lib, [], [kept])
        assert late.todo == []
        kept.title = "Acme grows again"  # a copy's title (the kept one's was made up)
        sender.kept(lib, [], [kept])
        assert late.todo == [(sender._key(kept), kept)]
        late.todo = []
        renamed = replace(kept, title="Acme is renamed")
        late.found = [(sender._key(renamed), kept.id, ["Revenue rose 5%."], [], None)]
        sender.store(lib)  # cached (as by an earlier ingest)
        kept.title = renamed.title
        sender.kept(lib, [], [kept])
        assert late.todo == []
