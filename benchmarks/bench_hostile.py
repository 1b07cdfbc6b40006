"""Time and peak memory per MB of input for the worst inputs of issue 11.

Inputs (tests.hostile_corpus.GROWING): pasted table rows, a story then a list of bare figures,
one huge line of figures, many short lines; each written at the given sizes. ``newsdesk stories``
and ``newsdesk brief`` run as subprocesses (no library), each inside a small wrapper process
so that RUSAGE_CHILDREN gives that one run's peak RSS. Runs are interleaved (every repeat
goes through all inputs, sizes and commands in turn) and reported as min/median/max of
seconds per MB and peak RSS (MB) per MB of input. Linear work shows as flat columns across
sizes.

Usage: python benchmarks/bench_hostile.py [--sizes 100K,500K,2M] [--repeats 3] [--only NAME]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hostile_corpus import GROWING

WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)"
    ".returncode\n"
    "dt = time.perf_counter() - t\n"
    "print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)
COMMANDS = {
    "stories": ["stories", "--no-library"],
    "brief": ["brief", "--no-library", "--date", "2026-11-23"],
}


def parse_size(text: str) -> int:
    text = text.strip().upper()
    mult = {"K": 1_000, "M": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("KM")) * mult)


def write_input(folder: Path, name: str, size: int) -> Path:
    """The input ``name`` grown until it holds about ``size`` bytes."""
    make = GROWING[name]
    per_unit = max(1, len(make(200).encode()) // 200)
    n = max(1, size // per_unit)
    text = make(n)
    path = folder / f"{size}-{name}"
    path.write_text(text, encoding="utf-8")
    return path


def run_once(command: list[str], path: Path, home: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit status) of one run."""
    env = dict(os.environ, NEWSDESK_HOME=str(home))
    argv = [sys.executable, "-c", WRAPPER, sys.executable, "-m", "reader", *command, str(path)]
    out = subprocess.run(argv, capture_output=True, text=True, env=env, check=True).stdout
    seconds, rss_kb, code = out.split()
    return float(seconds), int(rss_kb) / 1024, int(code)


def spread(values: list[float]) -> str:
    return f"{min(values):8.2f} {statistics.median(values):8.2f} {max(values):8.2f}"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100K,500K,2M")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--only", choices=sorted(GROWING), action="append")
    args = p.parse_args()
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    names = args.only or sorted(GROWING)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = {(n, s): write_input(folder, n, s) for n in names for s in sizes}
        results: dict[tuple[str, int, str], list[tuple[float, float, int]]] = {}
        for _ in range(args.repeats):
            for (name, size), path in inputs.items():
                for cmd, argv in COMMANDS.items():
                    got = run_once(argv, path, folder / "home")
                    results.setdefault((name, size, cmd), []).append(got)
        print(
            f"{'input':22} {'MB':>6} {'command':8} {'s/MB min':>8} {'median':>8} {'max':>8}"
            f" {'RSS MB/MB min':>13} {'median':>8} {'max':>8}  exit"
        )
        for (name, size, cmd), runs in results.items():
            mb = inputs[(name, size)].stat().st_size / 1e6
            secs = [r[0] / mb for r in runs]
            rss = [r[1] / mb for r in runs]
            codes = sorted({r[2] for r in runs})
            print(f"{name:22} {mb:6.2f} {cmd:8} {spread(secs)} {'':5}{spread(rss)}  {codes}")
        summarise(results, inputs, names, sizes)
    return 0


def summarise(
    results: dict[tuple[str, int, str], list[tuple[float, float, int]]],
    inputs: dict[tuple[str, int], Path],
    names: list[str],
    sizes: list[int],
) -> None:
    """For the results table: per command, the worst input's growth of seconds per MB from the
    smallest size to the largest (1× is linear)."""
    from benchmarks.results import record

    if len(sizes) < 2:
        return
    lo, hi = sizes[0], sizes[-1]
    for cmd in COMMANDS:
        growth = []
        for name in names:
            per_mb = [
                statistics.median(r[0] for r in results[(name, s, cmd)])
                / (inputs[(name, s)].stat().st_size / 1e6)
                for s in (lo, hi)
            ]
            growth.append((per_mb[1] / per_mb[0], name))
        worst, which = max(growth)
        record("bench_hostile", f"`newsdesk {cmd}`: s/MB at the largest ÷ smallest input, worst",
               "linear (≈ 1×)", f"{worst:.2f}× ({which})")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
