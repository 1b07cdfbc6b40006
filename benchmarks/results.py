"""The figures ``make bench`` collects, and the table it writes (benchmarks/RESULTS.md).

A benchmark calls ``record`` for each headline figure; when ``NEWSDESK_BENCH_RESULTS`` names a
file, the row is appended there as one JSON line (otherwise nothing happens, so every
benchmark still runs on its own). ``python -m benchmarks.results write ROWS OUT`` turns the
rows into the Markdown table, with the machine it was measured on; ``skip`` records a
benchmark that could not run (its data absent) so the table says so.
"""

from __future__ import annotations

import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ENV = "NEWSDESK_BENCH_RESULTS"


def command() -> str:
    """The command that ran this benchmark, as a user would type it."""
    argv = list(sys.argv)
    if argv:
        argv[0] = os.path.relpath(argv[0]) if os.path.isabs(argv[0]) else argv[0]
    return "python " + shlex.join(argv)


def spread(values: Sequence[float], fmt: str = "{:.2f}", unit: str = "") -> str:
    """min / median / max of ``values``, the median in bold."""
    lo, mid, hi = min(values), statistics.median(values), max(values)
    return f"{fmt.format(lo)} / **{fmt.format(mid)}** / {fmt.format(hi)}{unit}"


def record(benchmark: str, figure: str, target: str, measured: str, cmd: str = "") -> None:
    path = os.environ.get(ENV)
    if not path:
        return
    row = {
        "benchmark": benchmark,
        "figure": figure,
        "target": target,
        "measured": measured,
        "command": cmd or command(),
    }
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(row) + "\n")


def _machine() -> str:
    cores = os.cpu_count() or 1
    try:
        load = ", load average at the end {:.1f} / {:.1f} / {:.1f}".format(*os.getloadavg())
    except OSError:
        load = ""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    return (
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit}, "
        f"Python {platform.python_version()}, {cores} cores{load}"
    )


def write(rows_path: Path, out: Path) -> None:
    rows = []
    if rows_path.exists():
        rows = [json.loads(line) for line in rows_path.read_text(encoding="utf-8").splitlines()]
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (do not edit by hand). Measured "
        + _machine()
        + ". The machine was shared with other jobs while this ran, so absolute times are "
        "noisy; ratios come from interleaved rounds (min / **median** / max over the rounds).",
        "",
        "| benchmark | figure | target | measured | command |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        cells = [r["benchmark"], r["figure"], r["target"], r["measured"], f"`{r['command']}`"]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    tmp = out.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(out)


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "write":
        write(Path(argv[1]), Path(argv[2]))
        return 0
    if len(argv) == 3 and argv[0] == "skip":
        record(argv[1], "not run", "", argv[2], "-")
        return 0
    print(
        "usage: python -m benchmarks.results write ROWS OUT | skip BENCHMARK WHY", file=sys.stderr
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
