"""Ingest on a Dask cluster (``reader.ingest_dask``): the same library as the local pool, results
in job order with a bounded number of futures, early stops cancelled, cluster failures one line,
and no Dask import unless a scheduler is asked for.

One local cluster (two worker processes, as on a real cluster) serves the module's tests.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader import desk, ingest_dask
from reader.cli import main
from reader.ingest_work import _call
from reader.library import store
from reader.library.store import Library

distributed = pytest.importorskip("distributed")

WORDS = [
    "council",
    "budget",
    "river",
    "harbour",
    "minister",
    "growth",
    "shares",
    "market",
    "rain",
    "storm",
    "school",
    "teachers",
    "union",
    "strike",
    "bridge",
    "railway",
    "exports",
    "factory",
    "jobs",
    "hospital",
    "doctors",
    "patients",
    "vote",
    "election",
    "season",
    "club",
    "striker",
    "coach",
    "museum",
    "festival",
    "energy",
    "prices",
    "wind",
    "solar",
    "farmers",
    "harvest",
]


def article(rng: random.Random, n: int) -> str:
    title = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} plan number {n} announced"
    paras = []
    for _ in range(rng.randint(3, 5)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(25, 45))]
        words.insert(5, f"{rng.randint(2, 900)}%")
        paras.append(" ".join(words).capitalize() + ".")
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def corpus(root: Path, files: int = 40) -> list[str]:
    """One article a file, every seventh file a copy of an earlier file's article (merged
    across files), then an empty file and a binary one (problems)."""
    rng = random.Random(15)
    texts = [article(rng, n) for n in range(files)]
    paths = []
    for i in range(files):
        path = root / f"{i:03d}.txt"
        path.write_text(texts[i // 2 if i % 7 == 3 else i], encoding="utf-8")
        paths.append(str(path))
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return [*paths, str(root / "empty.txt"), str(root / "binary.txt")]


@pytest.fixture(scope="module")
def address() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
    ) as cluster:
        try:
            yield str(cluster.scheduler_address)
        finally:
            ingest_dask.disconnect()  # before the scheduler goes


@pytest.fixture
def frozen_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stories without a date are dated 'now': the same now for both libraries."""

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Frozen:
            return cls(2026, 11, 30, 6, 0, 0)

    monkeypatch.setattr(store, "dt", types.SimpleNamespace(datetime=Frozen))


def dump(path: Path) -> list[str]:
    """Every table's rows and the schema, as SQL: the library's content. (The file's bytes
    also hold page layout and a change counter, which depend on the transactions' history,
    not on what was stored.)"""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def ingest_into(path: Path, files: list[str]) -> tuple[desk.IngestResult, list[int]]:
    ticks: list[int] = []
    library = Library.open(path)
    try:
        result = desk.ingest(library, files, progress=lambda done, total: ticks.append(done))
    finally:
        library.close()
    return result, ticks


@pytest.mark.usefixtures("frozen_now")
def test_the_cluster_builds_the_same_library_as_the_local_pool(
    address: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    files = corpus(inputs)
    local, local_ticks = ingest_into(tmp_path / "local.sqlite3", files)

    monkeypatch.setattr(ingest_dask, "IN_FLIGHT_PER_THREAD", 1)  # a window of 2 chunks
    client = distributed.Client(address, set_as_default=False)
    try:
        with (
            ingest_dask.using_scheduler(address),
            distributed.get_task_stream(client=client) as tasks,
        ):
            remote, remote_ticks = ingest_into(tmp_path / "dask.sqlite3", files)
    finally:
        client.close()

    # 42 files on 2 threads: chunks of 2 files, so 21 tasks ran on the workers
    assert len(tasks.data) == 21
    assert len(local.ids) == 34 and local.ids == remote.ids  # 6 copies merged
    assert local.parsed == remote.parsed == 40
    assert [str(p) for p in remote.problems] == [str(p) for p in local.problems]
    assert {p.path for p in remote.problems} == {files[-2], files[-1]}  # named as given
    assert remote_ticks == local_ticks == list(range(1, 43))
    assert dump(tmp_path / "dask.sqlite3") == dump(tmp_path / "local.sqlite3")


@pytest.fixture
def submitted(address: str) -> Iterator[list[Any]]:
    """The futures the ingest's client submits, as it submits them (held here too)."""
    client = ingest_dask._connect(address)
    futures: list[Any] = []
    real_submit = client.submit

    def submit(*args: Any, **kwargs: Any) -> Any:
        futures.append(real_submit(*args, **kwargs))
        return futures[-1]

    client.submit = submit  # type: ignore[method-assign]
    try:
        yield futures
    finally:
        del client.submit


def test_results_in_order_with_a_bounded_number_of_futures(
    address: str, tmp_path: Path, submitted: list[Any]
) -> None:
    files = corpus(tmp_path, files=60)[:60]
    items = [((f, f), False, None) for f in files]
    expected = [_call(item) for item in items]
    seen: list[tuple[int, int]] = []
    out = list(
        ingest_dask.map_in_order(
            address, _call, items, on_done=lambda n: seen.append((n, len(submitted)))
        )
    )
    assert out == expected
    # chunks of 3 files (60 over 2 threads × 8); 2 threads × 4 chunks in flight at most
    window = ingest_dask.IN_FLIGHT_PER_THREAD * 2
    assert len(submitted) == 20
    assert all(count <= -(-n // 3) + window for n, count in seen)
    assert [n for n, _ in seen] == list(range(1, 61))


def tasks_on(dask_scheduler: Any) -> int:
    """On the scheduler: the tasks it holds (none once every future is cancelled or released)."""
    return len(dask_scheduler.tasks)


def test_stopping_early_cancels_the_futures_left(
    address: str, tmp_path: Path, submitted: list[Any]
) -> None:
    files = corpus(tmp_path, files=60)[:60]
    results = ingest_dask.map_in_order(address, _call, [((f, f), False, None) for f in files])
    next(results)
    results.close()
    # cancelled, not merely dropped: the scheduler forgets them though this test holds them
    assert 1 < len(submitted) < 20
    states = [future.status for future in submitted]
    assert "cancelled" in states and set(states) <= {"cancelled", "finished"}
    # the chunks done before the stop (their results dropped with the generator) go once
    # nobody holds them
    submitted[:] = [future for future in submitted if future.cancelled()]
    client = ingest_dask._connect(address)
    left = -1
    for _ in range(200):  # the cancellations reach the scheduler soon after
        left = client.run_on_scheduler(tasks_on)  # type: ignore[no-untyped-call]
        if left == 0:
            break
        time.sleep(0.05)
    assert left == 0


@pytest.mark.usefixtures("frozen_now")
def test_the_commands_list_the_same_stories_on_the_cluster(
    address: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = corpus(tmp_path, files=6)[:6]
    assert main(["stories", "--json", "--no-library", *files]) == 0
    here = json.loads(capsys.readouterr().out)
    assert main(["stories", "--json", "--no-library", "--scheduler", address, *files]) == 0
    assert json.loads(capsys.readouterr().out) == here
    assert ingest_dask.scheduler_address() is None  # the option held for the command only


# Python run on each worker to break it, and to mend it after
NO_NEWSDESK = (
    "import sys; sys.saved_reader = {k: v for k, v in sys.modules.items()"
    " if k == 'reader' or k.startswith('reader.')}; sys.modules.update("
    "dict.fromkeys(sys.saved_reader)); sys.modules['reader'] = None",
    "import sys; sys.modules.update(sys.saved_reader); del sys.saved_reader",
)
NO_SHARED_FILES = (  # a worker on another machine, without the files at the same paths
    "import os.path; os.path.real_exists = os.path.exists; os.path.exists = lambda p: False",
    "import os.path; os.path.exists = os.path.real_exists; del os.path.real_exists",
)


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (NO_NEWSDESK, "newsdesk: the Dask workers cannot run newsdesk ("),
        (NO_SHARED_FILES, "newsdesk: 2 of the 2 Dask workers cannot see "),
    ],
)
def test_broken_workers_are_one_clear_line(
    address: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    breakage: tuple[str, str],
    message: str,
) -> None:
    files = corpus(tmp_path, files=2)[:2]
    ingest_dask.disconnect()
    client = distributed.Client(address, set_as_default=False)
    try:
        client.run(exec, breakage[0])
        try:
            code = main(["stories", "--no-library", "--scheduler", address, *files])
        finally:
            client.run(exec, breakage[1])
    finally:
        client.close()
    err = capsys.readouterr().err
    assert code == 4
    assert err.count("\n") == 1
    assert err.startswith(message)
    assert "on every worker" in err or "a shared filesystem" in err


def test_an_unreachable_scheduler_is_one_line_and_exit_4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setattr(ingest_dask, "CONNECT_SECONDS", 0.5)
    files = corpus(tmp_path, files=1)[:1]
    code = main(["stories", "--no-library", "--scheduler", f"tcp://127.0.0.1:{port}", *files])
    err = capsys.readouterr().err
    assert code == 4
    assert err.count("\n") == 1
    assert err.startswith(f"newsdesk: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")

    # the reader checks the cluster before its screen starts
    monkeypatch.setattr("reader.cli.read.has_terminal", lambda: True)
    monkeypatch.setattr("reader.tui.launch.launch", lambda *a, **k: pytest.fail("launched"))
    assert main(["read", "--scheduler", f"tcp://127.0.0.1:{port}"]) == 4
    assert capsys.readouterr().err.startswith("newsdesk: cannot reach the Dask scheduler")


def test_a_malformed_address_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "--scheduler", "not an address"]) == 2
    assert "is not an address like tcp://HOST:PORT" in capsys.readouterr().err


def test_without_a_scheduler_nothing_imports_dask(tmp_path: Path) -> None:
    files = corpus(tmp_path, files=30)[:30]
    script = textwrap.dedent(
        """
        import contextlib, io, sys
        from reader import desk
        from reader.cli import main

        if __name__ == "__main__":
            with contextlib.redirect_stdout(io.StringIO()):
                code = main(["stories", "--no-library", *sys.argv[1:]])
            print(code, sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed")))
        """
    )
    (tmp_path / "probe.py").write_text(script, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(tmp_path / "probe.py"), *files],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NEWSDESK_SCHEDULER": ""},
    ).stdout
    assert out.split("\n")[-2] == "0 []"
