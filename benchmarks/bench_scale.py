"""Scale: ingest throughput, FTS5 search latency and briefing time at 1k/10k/100k stories.

    python benchmarks/bench_scale.py /work/shared/eval/bbc [--sizes 1000,10000,100000]
                                     [--workdir DIR]   (keep corpora and libraries there)
                                     [--search-only]   (search the libraries kept in DIR)

Ratios are against the smallest size, measured in the same run (machines are noisy).
The ingest figure here is stories stored (after dedupe) per second, without summaries or
figures; end-to-end ingest as a user waits for it, in input stories per second per core:
benchmarks/bench_ingest.py. Reader first paint and memory on the libraries kept in DIR:
benchmarks/bench_first_paint.py --libraries DIR.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import generate

QUERIES = ("market", "govern", "film award", "mobile phone", "profit rose", "elect", "z")


def bench_size(bbc: Path, size: int, workdir: Path) -> dict[str, float]:
    import shutil

    from reader import desk
    from reader.library.store import Library
    from reader.output.progress import DelayedProgress

    root = workdir / f"corpus-{size}"
    shutil.rmtree(root, ignore_errors=True)
    (workdir / f"home-{size}").mkdir(parents=True, exist_ok=True)
    for old in (workdir / f"home-{size}").glob("library.sqlite3*"):
        old.unlink()
    files = generate(root, bbc, size)
    lib = Library.open(workdir / f"home-{size}" / "library.sqlite3")
    t0 = time.perf_counter()
    with DelayedProgress(f"ingest {size}") as progress:
        result = desk.ingest(lib, [str(root)], progress=progress)
    ingest = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = desk.ingest(lib, [str(root)])
    reingest = time.perf_counter() - t0
    assert again.parsed == 0
    t0 = time.perf_counter()
    rows = lib.rows()
    list_rows = time.perf_counter() - t0
    stories = lib.count()
    lib.close()
    return {
        "files": len(files),
        "stories": stories,
        "ingest_s": ingest,
        "stories_per_s": stories / ingest,
        "reingest_s": reingest,
        "rows_s": list_rows,
        "rows": len(rows),
        "problems": len(result.problems),
    }


def bench_search(workdir: Path, sizes: list[int], rounds: int = 15) -> dict[int, dict[str, float]]:
    """Search latency per library, measured in interleaved rounds (1k, 10k, 100k, 1k, …) so a
    busy moment on the machine weighs on every size alike. Per query: FTS5 search (ids), and
    search plus the rows that results-as-you-type shows."""
    from reader.library.store import Library

    libs = {size: Library.open(workdir / f"home-{size}" / "library.sqlite3") for size in sizes}
    times: dict[int, list[float]] = {size: [] for size in sizes}
    shown: dict[int, list[float]] = {size: [] for size in sizes}
    for lib in libs.values():  # warm the page cache once
        for q in QUERIES:
            lib.rows(lib.search(q, limit=200))
    for _ in range(rounds):
        for size, lib in libs.items():
            for q in QUERIES:
                t0 = time.perf_counter()
                ids = lib.search(q, limit=200)
                t1 = time.perf_counter()
                lib.rows(ids)
                times[size].append(t1 - t0)
                shown[size].append(time.perf_counter() - t0)
    for lib in libs.values():
        lib.close()
    return {
        size: {
            "search_median_ms": statistics.median(times[size]) * 1000,
            "search_p95_ms": sorted(times[size])[int(len(times[size]) * 0.95)] * 1000,
            "shown_median_ms": statistics.median(shown[size]) * 1000,
        }
        for size in sizes
    }


def bench_briefing(bbc: Path, workdir: Path) -> float:
    """One day's 1,000 stories, enriched (cold cache) and briefed."""
    from reader.cli.brief import run

    root = workdir / "brief-1000"
    generate(root, bbc, 1000, seed=11)
    os.environ["NEWSDESK_HOME"] = str(workdir / "brief-home")
    out = workdir / "brief.md"
    t0 = time.perf_counter()
    run([str(root), "-o", str(out), "--date", "2026-11-23"])
    return time.perf_counter() - t0


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("bbc", type=Path)
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--no-briefing", action="store_true")
    p.add_argument("--workdir", type=Path)
    p.add_argument(
        "--search-only", action="store_true", help="only search the libraries already in --workdir"
    )
    args = p.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if args.search_only:
            for size, r in bench_search(work, sizes).items():
                print(f"{size:>8} search {r['search_median_ms']:.3f} ms (p95"
                      f" {r['search_p95_ms']:.3f}), +rows {r['shown_median_ms']:.3f} ms")  # fmt: skip
            return 0
        results = {size: bench_size(args.bbc, size, work) for size in sizes}
        for size, latency in bench_search(work, sizes).items():
            results[size].update(latency)
        base = results[sizes[0]]
        print(f"{'stories':>8} {'files':>7} {'ingest s':>9} {'stories/s':>10} "
              f"{'re-ingest s':>11} {'search ms':>9} {'(x base)':>8} {'p95 ms':>7} {'+rows ms':>8} "
              f"{'(x base)':>8} {'list s':>7}")  # fmt: skip
        for size in sizes:
            r = results[size]
            ratio = r["search_median_ms"] / base["search_median_ms"]
            shown = r["shown_median_ms"] / base["shown_median_ms"]
            print(
                f"{int(r['stories']):>8} {int(r['files']):>7} {r['ingest_s']:>9.1f}"
                f" {r['stories_per_s']:>10.0f} {r['reingest_s']:>11.2f}"
                f" {r['search_median_ms']:>9.2f} {ratio:>7.2f}x {r['search_p95_ms']:>7.2f}"
                f" {r['shown_median_ms']:>8.2f}"
                f" {shown:>7.2f}x {r['rows_s']:>7.3f}"
            )
        from benchmarks.results import record

        top = results[sizes[-1]]
        record("bench_scale", f"FTS5 search median, {sizes[-1]:,} ÷ {sizes[0]:,} stories", "",
               f"{top['search_median_ms'] / base['search_median_ms']:.2f}× "
               f"({base['search_median_ms']:.2f} → {top['search_median_ms']:.2f} ms)")  # fmt: skip
        if not args.no_briefing:
            print(
                f"briefing over 1,000 stories (cold cache): {bench_briefing(args.bbc, work):.1f} s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
