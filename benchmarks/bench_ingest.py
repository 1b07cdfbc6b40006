"""End-to-end ingest as a user waits for it, in input stories per second per core, and memory.

    python benchmarks/bench_ingest.py BBC_DIR [--sizes 1000,10000] [--rounds 1] [--big]
                                      [--profile N]

For each size N, N stories are generated from BBC articles (``benchmarks/corpus.py``, not
timed), then a fresh process does what ``newsdesk brief``/``newsdesk stories`` make a user wait
for: ``desk.gather`` with summaries — read and split the files, deduplicate, store them in a
new library file, summarise each story and find its figures (cached in the library). The
figure is INPUT stories (the N generated, before dedupe) per second per core, where the cores
are the workers the ingest actually used (``reader.ingest_work``: 1 for small jobs). Memory is the
main process's peak RSS (it holds the stories and writes the library; the pool's workers are
forkserver children, which its rusage cannot see). Sizes take turns round by round (order alternating); the ratio of
per-story time to the smallest size's in the same round says whether ingest stays linear.
``--big`` adds 100,000 stories. ``--profile N`` runs size N once under cProfile and prints
where the time goes (main process only: pool workers are not profiled).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import record, spread

ROOT = Path(__file__).resolve().parent.parent

TARGET = 400.0  # input stories per second per core (issue 15)


def child(corpus: Path, home: Path, profile: bool) -> int:
    """Ingest ``corpus`` into a new library in ``home``; print one JSON line of figures."""
    from reader import desk
    from reader.ingest_work import _workers
    from reader.library.store import Library

    files = sorted(str(p) for p in corpus.rglob("*.txt"))
    workers = _workers([(f, f) for f in files])
    library = Library.open(home / "library.sqlite3")
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.perf_counter()
    gathered = desk.gather(library, [str(corpus)], summaries=desk.SummaryOptions())
    seconds = time.perf_counter() - t0
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    stored = library.count()
    library.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "workers": workers, "stored": stored,
                      "shown": len(gathered.stories), "rss_main": own}))  # fmt: skip
    return 0


def run_size(work: Path, size: int, profile: bool = False) -> dict[str, float]:
    home = work / f"home-{size}"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    cmd = [sys.executable, __file__, "--child", str(work / f"corpus-{size}"), str(home)]
    env = {**os.environ, "NEWSDESK_HOME": str(home), "NEWSDESK_CONFIG": str(home / "c.toml")}
    out = subprocess.run(cmd + (["--profile-child"] if profile else []), cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, text=True, check=True).stdout  # fmt: skip
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    figures["size"] = size
    figures["per_core"] = size / figures["seconds"] / figures["workers"]
    return figures


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(Path(argv[1]), Path(argv[2]), "--profile-child" in argv)
    p = argparse.ArgumentParser(prog="bench_ingest")
    p.add_argument("bbc", type=Path)
    p.add_argument("--sizes", default="1000,10000")
    p.add_argument("--big", action="store_true", help="add 100,000 stories")
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--profile", type=int, metavar="N", help="profile one ingest of N stories")
    args = p.parse_args(argv)
    if not (args.bbc / "News Articles").is_dir():
        print(f"error: {args.bbc} has no 'News Articles' folder", file=sys.stderr)
        return 2
    from benchmarks.corpus import generate

    sizes = [int(s) for s in args.sizes.split(",")] + ([100_000] if args.big else [])
    if args.profile:
        sizes = [args.profile]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in sizes:
            generate(work / f"corpus-{size}", args.bbc, size)
        if args.profile:
            r = run_size(work, args.profile, profile=True)
            print(f"{args.profile} input stories: {r['seconds']:.1f} s, {r['workers']} workers")
            return 0
        rounds: list[dict[int, dict[str, float]]] = []
        for k in range(max(1, args.rounds)):
            turn = sizes if k % 2 == 0 else sizes[::-1]
            rounds.append({size: run_size(work, size) for size in turn})
    show(sizes, rounds)
    return 0


def show(sizes: list[int], rounds: list[dict[int, dict[str, float]]]) -> None:
    base = sizes[0]
    print(f"{len(rounds)} round(s), order alternating; each ingest a fresh process, new library")
    print(f"{'input':>8} {'stored':>7} {'workers':>7} {'s':>7} {'in/s':>7} {'in/s/core':>9}"
          f" {'x per-story':>11} {'main MiB':>8}")  # fmt: skip
    for rnd in rounds:
        for size in sizes:
            r = rnd[size]
            slower = (r["seconds"] / size) / (rnd[base]["seconds"] / base)
            print(f"{size:>8} {int(r['stored']):>7} {int(r['workers']):>7} {r['seconds']:>7.1f}"
                  f" {size / r['seconds']:>7.0f} {r['per_core']:>9.0f} {slower:>10.2f}x"
                  f" {r['rss_main']:>8.0f}")  # fmt: skip
    for size in sizes:
        per_core = [rnd[size]["per_core"] for rnd in rounds]
        workers = int(rounds[0][size]["workers"])
        record("bench_ingest (BBC-made stories)",
               f"end-to-end ingest, {size:,} input stories, {workers} worker(s)",
               f"≥ {TARGET:.0f} input stories/s/core", spread(per_core, "{:.0f}", " /s/core"))  # fmt: skip
    top = sizes[-1]
    if top != base:
        linear = [(rnd[top]["seconds"] / top) / (rnd[base]["seconds"] / base) for rnd in rounds]
        memory = [rnd[top]["rss_main"] / rnd[base]["rss_main"] for rnd in rounds]
        record("bench_ingest (BBC-made stories)", f"per-story time, {top:,} ÷ {base:,}",
               "linear (≈ 1×)", spread(linear, unit="×"))  # fmt: skip
        record("bench_ingest (BBC-made stories)", f"main-process peak memory, {top:,} ÷ {base:,}",
               "≤ 2×", spread(memory, unit="×") +
               f" ({rounds[0][base]['rss_main']:.0f} → {rounds[0][top]['rss_main']:.0f} MiB)")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
