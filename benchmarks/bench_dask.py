"""Ingest on a Dask cluster against the local process pool, on the same machine.

    python benchmarks/bench_dask.py BBC_DIR [--files 1000] [--rounds 5]

The same BBC article files (``BBC_DIR/News Articles``, taken evenly across the categories)
are read into a new library file by ``desk.ingest`` — split, deduplicated, stored — once with
the local pool (``reader.ingest_work``) and once on a ``distributed.LocalCluster`` with as
many single-threaded worker processes as the pool uses. Four contenders take turns each round
(order alternating): the local pool (its workers start with each ingest); Dask with a new
client per ingest (a one-shot ``newsdesk stories --scheduler …``: connecting and checking the
workers is timed); Dask with a client kept (the reader, ingesting in batches); Dask with its
workers restarted before the ingest (untimed) and a new client, so their imports and caches are
as cold as the pool's. The cluster is started once, not timed, and a first untimed round warms
both sides. A long-lived cluster keeps its workers warm, which the pool cannot. The figure is the
per-round ratio Dask / local pool, min / median / max (issue 15: ≤ 1.3×). Every Dask library
is checked to hold exactly what the local one does (an SQLite dump, "now" fixed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.interleave import Series, interleave, ratios, report
from benchmarks.results import record, spread

TARGET = 1.3


class _Frozen(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _Frozen:
        return cls(2026, 1, 1, 6, 0, 0)


def bbc_files(bbc: Path, count: int) -> list[str]:
    found = sorted(str(p) for p in (bbc / "News Articles").rglob("*.txt"))
    step = max(1, len(found) // max(1, count))
    return found[::step][:count]


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


class Runner:
    def __init__(self, files: list[str], work: Path, address: str) -> None:
        self.files, self.work, self.address = files, work, address
        self.runs = 0
        self.reference: list[str] | None = None

    def ingest(
        self, name: str, *, scheduler: str | None, keep_client: bool, restart: bool = False
    ) -> float:
        from reader import desk, ingest_dask
        from reader.library.store import Library

        self.runs += 1
        path = self.work / f"{name}-{self.runs}.sqlite3"
        if scheduler is not None and restart:  # new worker processes, caches cold (untimed)
            ingest_dask._connect(scheduler).restart(timeout=600)
        if scheduler is not None and not keep_client:
            ingest_dask.disconnect()
        with ingest_dask.using_scheduler(scheduler):
            t0 = time.perf_counter()
            library = Library.open(path)
            result = desk.ingest(library, self.files)
            library.close()
            seconds = time.perf_counter() - t0
        content = dump(path)
        path.unlink()
        if self.reference is None:
            self.reference = content
        elif content != self.reference:
            raise SystemExit(f"bench_dask: the {name} library differs from the first one")
        if result.problems:
            raise SystemExit(f"bench_dask: {result.problems[0]}")
        return seconds


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="bench_dask")
    p.add_argument("bbc", type=Path)
    p.add_argument("--files", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args(argv)
    if not (args.bbc / "News Articles").is_dir():
        print(f"error: {args.bbc} has no 'News Articles' folder", file=sys.stderr)
        return 2
    try:
        from distributed import LocalCluster
    except ImportError:
        print("error: needs Dask distributed: pip install -e '.[dask]'", file=sys.stderr)
        return 2
    from reader import ingest_dask, ingest_work
    from reader.library import store

    store.dt = types.SimpleNamespace(datetime=_Frozen)  # type: ignore[attr-defined,assignment]
    files = bbc_files(args.bbc, args.files)
    workers = ingest_work._workers([(f, f) for f in files])  # what the local pool uses
    work = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    os.environ.pop(ingest_dask.ENV, None)
    try:
        with LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster:
            runner = Runner(files, work, str(cluster.scheduler_address))
            contenders = [
                ("local pool", lambda: runner.ingest("local", scheduler=None, keep_client=False)),
                ("dask, new client", lambda: runner.ingest("dask", scheduler=runner.address,
                                                           keep_client=False)),
                ("dask, client kept", lambda: runner.ingest("kept", scheduler=runner.address,
                                                            keep_client=True)),
                ("dask, cold workers", lambda: runner.ingest("cold", scheduler=runner.address,
                                                             keep_client=False, restart=True)),
            ]  # fmt: skip
            interleave(contenders, 1)  # warm-up: worker imports, caches, the client
            series = interleave(contenders, args.rounds)
            ingest_dask.disconnect()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    show(series, len(files), workers, args.rounds)
    return 0


def show(series: list[Series], files: int, workers: int, rounds: int) -> None:
    print(f"{files} BBC files, {workers} worker(s) each side, {rounds} interleaved rounds;"
          " every library identical to the local pool's")  # fmt: skip
    print(report(series, 0, [f"target ≤ {TARGET}x"] * (len(series) - 1)))
    local = series[0]
    print(f"local pool: {files / statistics.median(local.values):.0f} files/s median")
    for candidate in series[1:]:
        r = ratios(candidate, local)
        record(
            "bench_dask",
            f"ingest on a local Dask cluster ({candidate.name}) ÷ local pool,"
            f" {files:,} BBC files, {workers} workers",
            f"≤ {TARGET}×",
            spread(r, unit="×"),
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
