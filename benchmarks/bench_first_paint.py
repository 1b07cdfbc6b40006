"""Reader time to first paint against a bare Textual app, interleaved in the same run.

    python benchmarks/bench_first_paint.py [--runs 9]
    python benchmarks/bench_first_paint.py --libraries DIR --sizes 1000,10000,100000
        (DIR/home-N/library.sqlite3 as left by bench_scale.py --workdir DIR)

Each measurement is a fresh process (``app.run(headless=True)``) that exits right after its
first refresh, so Python start-up and imports count, as they do for a user. The baseline is an
app with a header, a static and a footer. Three reader cases take turns with the baseline,
round by round (the order alternating), and each is reported as min/median/max of its
per-round ratio to the baseline run beside it:

- warm: a library that already holds the bundled seeds (every start after the first);
- first-ever start: an empty home, the seeds to read, as the very first ``make run``;
- first-ever, listed: the same, until the seeds' stories are in the list (what a new user
  waits for before there is anything to read).

With ``--libraries``, libraries of generated stories are taken from bench_scale's work dir and
the reader is measured on each: first paint, and peak memory once the whole list is loaded
(ratios against the smallest size).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.interleave import interleave, ratios, report
from benchmarks.results import record, spread

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import os, sys, time
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(painted)

def painted():
    print(time.time() - float(sys.argv[1]), flush=True)
    os._exit(0)

Bare().run(headless=True)
"""

READER = """
import os, sys, time
from reader.tui.app import ReaderApp

MODE = sys.argv[2]

def done():
    print(time.time() - float(sys.argv[1]), flush=True)
    os._exit(0)

class Timed(ReaderApp):
    def on_mount(self):
        super().on_mount()
        if MODE == "paint":
            self.call_after_refresh(done)

    def on_stories_loaded(self, message):
        super().on_stories_loaded(message)
        if MODE == "loaded":
            self.call_after_refresh(done)

Timed([], include_seeds=sys.argv[3] == "seeds").run(headless=True)
"""


def measure(code: str, *args: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Seconds from spawn to the child's first paint (as it reports) and its peak RSS (MiB)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", code, repr(time.time()), *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0 or not out.strip():
        raise SystemExit(f"child failed with status {status}")
    return float(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def median_of(
    runs: int, code: str, *args: str, env: dict[str, str] | None = None
) -> tuple[float, float]:
    results = [measure(code, *args, env=env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def seeded_home(tmp: Path) -> dict[str, str]:
    """A library holding the bundled seeds, as after the first ``make run``."""
    env = {"NEWSDESK_HOME": str(tmp / "seeds-home"), "NEWSDESK_CONFIG": str(tmp / "c.toml")}
    subprocess.run([sys.executable, "-m", "reader", "stories"], cwd=ROOT, env={**os.environ, **env},
                   stdout=subprocess.DEVNULL, check=True)  # fmt: skip
    return env


def fresh_home(tmp: Path) -> dict[str, str]:
    """A home no reader has ever used: the first start reads the seeds itself."""
    home = Path(tempfile.mkdtemp(dir=tmp, prefix="fresh-"))
    return {"NEWSDESK_HOME": str(home), "NEWSDESK_CONFIG": str(tmp / "c.toml")}


def first_paint(tmp: Path, runs: int) -> None:
    env = seeded_home(tmp)
    measure(BARE)  # warm the file cache for all
    measure(READER, "paint", "library", env=env)
    contenders: list[tuple[str, Callable[[], float]]] = [
        ("bare Textual app", lambda: measure(BARE)[0]),
        ("reader, warm library", lambda: measure(READER, "paint", "library", env=env)[0]),
        (
            "reader, first-ever start",
            lambda: measure(READER, "paint", "seeds", env=fresh_home(tmp))[0],
        ),
        (
            "reader, first-ever, stories listed",
            lambda: measure(READER, "loaded", "seeds", env=fresh_home(tmp))[0],
        ),
    ]
    series = interleave(contenders, runs)
    print(f"rounds: {runs} (order alternating), each run a fresh process")
    print(report(series, targets=("target <= 1.2x", "target <= 1.5x", "what a new user waits")))
    for k, target in ((1, "≤ 1.2×"), (2, "≤ 1.5×"), (3, "")):
        record("bench_first_paint", f"{series[k].name} ÷ bare Textual app", target,
               spread(ratios(series[k], series[0]), unit="×")
               + f" ({statistics.median(series[k].values) * 1000:.0f} ms)")  # fmt: skip


def libraries(tmp: Path, root: Path, sizes: list[int], runs: int) -> None:
    table = []
    for size in sizes:
        home = root / f"home-{size}"
        env = {"NEWSDESK_HOME": str(home), "NEWSDESK_CONFIG": str(tmp / "c.toml")}
        paint, _ = median_of(runs, READER, "paint", "library", env=env)
        loaded, memory = median_of(3, READER, "loaded", "library", env=env)
        table.append((size, paint, loaded, memory))
    base = table[0]
    print(f"{'stories':>8} {'paint ms':>9} {'x':>6} {'loaded ms':>10} {'peak MiB':>9} {'x':>6}")
    for count, paint, loaded, memory in table:
        print(f"{count:>8} {paint * 1000:>9.0f} {paint / base[1]:>5.2f}x {loaded * 1000:>10.0f}"
              f" {memory:>9.0f} {memory / base[3]:>5.2f}x")  # fmt: skip


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--libraries", type=Path)
    p.add_argument("--sizes", default="1000,10000,100000")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        first_paint(tmp, args.runs)
        if args.libraries:
            libraries(tmp, args.libraries, [int(s) for s in args.sizes.split(",")], args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
