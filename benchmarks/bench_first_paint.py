"""Reader start-up as a user sees it, against a bare Textual app, interleaved in the same run.

    python benchmarks/bench_first_paint.py [--runs 9] [--baseline DIR]
    python benchmarks/bench_first_paint.py --libraries DIR --sizes 1000,10000,100000
        (DIR/home-N/library.sqlite3 as left by bench_scale.py --workdir DIR)

Every measurement starts a fresh process on a pseudo-terminal (120×40, TERM=xterm-256color)
through the real entry point (the ``newsdesk`` command ``make run`` starts, no arguments) and
reads what it writes to the terminal: the time is from spawn until a text appears on the
screen (escape sequences stripped), so Python start-up, imports and the terminal output all
count, as they do for a user. The baseline is a bare Textual app (a header, a static and a
footer) on the same terminal, until its "hello" shows. Per round, in alternating order:

- bare Textual app: until "hello" is on the screen;
- reader, warm library: a library that already holds the bundled seeds (every start after
  the first), until a seed story's title is on the screen (the list has rows);
- reader, first-ever start: a fresh, empty NEWSDESK_HOME each run (the very first
  ``make run``): until the list is painted with its progress note ("Loading"), and, in the
  same run, until a seed story's title is in the list (what a new user waits for before
  there is anything to read).

Each reader figure is reported as min/median/max of its per-round ratio to the baseline run
beside it, in wall time and, steadier on a shared machine, in the CPU time the process had used
when the text appeared (user + system, read from /proc; the first start's pool workers are
other processes and not in it). Python's bytecode cache is kept, as on a user's machine after
the first run: PYTHONDONTWRITEBYTECODE is dropped for the runs (the warm-up writes the cache),
since an environment that sets it compiles every reader module from source at each start while
Textual's own bytecode was compiled by pip.

With ``--baseline DIR``, another checkout's reader (``DIR/.venv/bin/newsdesk``, e.g. a clone of
main with its own venv) takes its turns in the same rounds, on its own seeded library, and each
reader figure is also given against it (candidate ÷ baseline, wall and CPU, per round).

With ``--libraries``, libraries of generated stories are taken from bench_scale's
work dir and the reader is measured on each: first paint (headless), and peak memory once
the whole list is loaded (ratios against the smallest size).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import fcntl
import os
import pty
import re
import select
import signal
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.interleave import Series, interleave, ratios, report
from benchmarks.results import record, spread

ROOT = Path(__file__).resolve().parent.parent
COLUMNS, LINES = 120, 40
TIMEOUT = 120.0  # seconds a run may take before the benchmark gives up on it

BARE = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()

Bare().run()
"""

# CSI, OSC, and the two-byte escapes: what is left is the text on the screen
ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[@-_]"
)


def entry_point() -> list[str]:
    """The ``newsdesk`` command of this Python's environment (``python -m reader`` else)."""
    script = Path(sys.executable).with_name("newsdesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


CPU: dict[str, list[float]] = {}  # series name -> CPU seconds per run (filled by measure)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds the process ``pid`` has used so far (0.0 off Linux).

    /proc/PID/stat counts whole clock ticks (10 ms: 2% of a first paint), so the nanosecond
    run times of the live threads (/proc/PID/task/*/schedstat) are summed as well; a thread
    that has already ended is only in the ticks, so the larger of the two is taken."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    ticks = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    exact = 0
    for task in Path(f"/proc/{pid}/task").glob("*/schedstat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            exact += int(task.read_text().split()[0])
    return max(ticks, exact / 1e9)


def on_terminal(
    argv: Sequence[str],
    marks: dict[str, Sequence[str]],
    env: dict[str, str] | None = None,
    cpu: dict[str, float] | None = None,
) -> dict[str, float]:
    """Start ``argv`` on a pseudo-terminal; for each mark, the seconds from spawn until one of
    its texts is on the screen (and, in ``cpu``, the CPU seconds the process had used then).
    The process (and its process group) is killed after."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    environ = {**os.environ, "TERM": "xterm-256color", **(env or {})}
    for name in ("COLUMNS", "LINES", "NO_COLOR", "TEXTUAL", "PYTHONDONTWRITEBYTECODE"):
        environ.pop(name, None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv), stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=environ,
        start_new_session=True, close_fds=True,
    )  # fmt: skip
    os.close(slave)
    found: dict[str, float] = {}
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    raw = ""
    try:
        while len(found) < len(marks) and time.perf_counter() - start < TIMEOUT:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                continue
            try:
                data = os.read(master, 1 << 16)
            except OSError:  # the child is gone
                break
            if not data:
                break
            now = time.perf_counter() - start
            raw += decoder.decode(data)
            screen = ESCAPES.sub("", raw)
            for name, texts in marks.items():
                if name not in found and any(t in screen for t in texts):
                    found[name] = now
                    if cpu is not None:
                        cpu[name] = cpu_seconds(proc.pid)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        os.close(master)
    missing = [name for name in marks if name not in found]
    if missing:
        tail = ESCAPES.sub("", raw)[-300:]
        raise SystemExit(f"{' '.join(argv)}: never showed {missing}; last output: {tail!r}")
    return found


def seeded_home(tmp: Path, reader: list[str], name: str = "seeds-home") -> dict[str, str]:
    """A library holding the bundled seeds, as after the first ``make run``."""
    env = {"NEWSDESK_HOME": str(tmp / name), "NEWSDESK_CONFIG": str(tmp / "c.toml")}
    subprocess.run([*reader, "stories"], cwd=ROOT, env={**os.environ, **env},
                   stdout=subprocess.DEVNULL, check=True)  # fmt: skip
    return env


def seed_titles(env: dict[str, str]) -> list[str]:
    """The start of each seed story's title, as the list shows it (what to look for)."""
    conn = sqlite3.connect(Path(env["NEWSDESK_HOME"]) / "library.sqlite3")
    try:
        titles = [r[0] for r in conn.execute("SELECT title FROM stories")]
    finally:
        conn.close()
    starts = [" ".join(t.split())[:14] for t in titles if len(t) >= 14]
    if not starts:
        raise SystemExit("the seeded library has no stories")
    return starts


def fresh_home(tmp: Path) -> dict[str, str]:
    """A home no reader has ever used: the first start reads the seeds itself."""
    home = Path(tempfile.mkdtemp(dir=tmp, prefix="fresh-"))
    return {"NEWSDESK_HOME": str(home), "NEWSDESK_CONFIG": str(tmp / "c.toml")}


def baseline_entry(tree: Path) -> list[str]:
    """The ``newsdesk`` command of another checkout (its own ``.venv``), e.g. main's."""
    script = tree / ".venv" / "bin" / "newsdesk"
    if not script.exists():
        raise SystemExit(f"{script}: no such command (make .venv/.installed in {tree} first)")
    return [str(script)]


class Runs:
    """The CPU seconds of every run by series name, and the first start's list times."""

    def __init__(self, tmp: Path, titles: Sequence[str]) -> None:
        self.tmp = tmp
        self.titles = titles
        self.cpu: dict[str, list[float]] = {}
        self.listed: dict[str, list[float]] = {}

    def timed(self, name: str, argv: list[str], texts: Sequence[str],
              env: dict[str, str] | None = None) -> float:  # fmt: skip
        used: dict[str, float] = {}
        seen = on_terminal(argv, {"mark": texts}, env, used)
        self.cpu.setdefault(name, []).append(used["mark"])
        return seen["mark"]

    def first_start(self, name: str, listed: str, reader: list[str]) -> float:
        used: dict[str, float] = {}
        marks = {"list": ["Loading"], "rows": self.titles}
        seen = on_terminal(reader, marks, fresh_home(self.tmp), used)
        self.listed.setdefault(listed, []).append(seen["list"])
        self.cpu.setdefault(listed, []).append(used["list"])
        self.cpu.setdefault(name, []).append(used["rows"])
        return seen["rows"]


NAMES = ("bare Textual app", "reader, warm: rows painted", "reader, first-ever: list painted",
         "reader, first-ever: rows painted")  # fmt: skip
TARGETS = ("target <= 1.2x", "target <= 1.5x", "what a new user waits for")


def first_paint(tmp: Path, runs: int, baseline: Path | None = None) -> None:
    reader = entry_point()
    warm = seeded_home(tmp, reader)
    titles = seed_titles(warm)
    bare = [sys.executable, "-c", BARE]
    on_terminal(bare, {"hello": ["hello"]})  # warm the file cache (and bytecode) for all
    on_terminal(reader, {"rows": titles}, warm)
    measured = Runs(tmp, titles)
    contenders: list[tuple[str, Callable[[], float]]] = [
        (NAMES[0], lambda: measured.timed(NAMES[0], bare, ["hello"])),
        (NAMES[1], lambda: measured.timed(NAMES[1], reader, titles, warm)),
        (NAMES[3], lambda: measured.first_start(NAMES[3], NAMES[2], reader)),
    ]
    if baseline is not None:
        old = baseline_entry(baseline)
        old_warm = seeded_home(tmp, old, "baseline-home")
        on_terminal(old, {"rows": titles}, old_warm)
        contenders += [
            ("baseline " + NAMES[1], lambda: measured.timed("baseline " + NAMES[1], old, titles,
                                                            old_warm)),
            ("baseline " + NAMES[3], lambda: measured.first_start(
                "baseline " + NAMES[3], "baseline " + NAMES[2], old)),
        ]  # fmt: skip
    timed = {s.name: s for s in interleave(contenders, runs)}
    for name, values in measured.listed.items():
        timed[name] = Series(name, values)
    print(f"rounds: {runs} (order alternating), each run a fresh process on a pseudo-terminal,")
    print(f"through {' '.join(Path(a).name for a in reader)}; times until the text is on screen")
    wall = [timed[name] for name in NAMES]
    cpu = [Series(name, measured.cpu[name]) for name in NAMES]
    print(report(wall, targets=TARGETS))
    print("CPU time the process had used when the text appeared (steadier under load):")
    print(report(cpu, targets=TARGETS))
    if baseline is not None:
        print(f"baseline {baseline} in the same rounds:")
        old_wall = [timed["baseline " + name] for name in NAMES[1:]]
        old_cpu = [Series(s.name, measured.cpu[s.name]) for s in old_wall]
        print("\n".join(s.summary() for s in old_wall))
        for k, name in enumerate(NAMES[1:]):
            print(f"{name}: ÷ baseline wall {spread(ratios(wall[k + 1], old_wall[k]), unit='×')},"
                  f" CPU {spread(ratios(cpu[k + 1], old_cpu[k]), unit='×')};"
                  f" baseline ÷ bare wall {spread(ratios(old_wall[k], wall[0]), unit='×')},"
                  f" CPU {spread(ratios(old_cpu[k], cpu[0]), unit='×')}")  # fmt: skip
    for k, target in ((1, "≤ 1.2×"), (2, "≤ 1.5×"), (3, "")):
        record("bench_first_paint", f"{wall[k].name} ÷ bare Textual app", target,
               spread(ratios(wall[k], wall[0]), unit="×")
               + f" ({statistics.median(wall[k].values) * 1000:.0f} ms;"
               f" bare {statistics.median(wall[0].values) * 1000:.0f} ms; CPU time"
               f" {spread(ratios(cpu[k], cpu[0]), unit='×')})")  # fmt: skip


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

Timed([], include_seeds=False).run(headless=True)
"""


def headless(mode: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the reader's first paint or whole list (``mode``), headless, and
    its peak RSS (MiB)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", READER, repr(time.time()), mode], cwd=ROOT,
        env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0 or not out.strip():
        raise SystemExit(f"child failed with status {status}")
    return float(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def libraries(tmp: Path, root: Path, sizes: list[int], runs: int) -> None:
    table = []
    for size in sizes:
        home = root / f"home-{size}"
        env = {"NEWSDESK_HOME": str(home), "NEWSDESK_CONFIG": str(tmp / "c.toml")}
        paint = statistics.median(headless("paint", env)[0] for _ in range(runs))
        loaded = [headless("loaded", env) for _ in range(3)]
        table.append((size, paint, statistics.median(r[0] for r in loaded),
                      max(r[1] for r in loaded)))  # fmt: skip
    base = table[0]
    print(f"{'stories':>8} {'paint ms':>9} {'x':>6} {'loaded ms':>10} {'peak MiB':>9} {'x':>6}")
    for count, paint, whole, memory in table:
        print(f"{count:>8} {paint * 1000:>9.0f} {paint / base[1]:>5.2f}x {whole * 1000:>10.0f}"
              f" {memory:>9.0f} {memory / base[3]:>5.2f}x")  # fmt: skip


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--libraries", type=Path)
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--baseline", type=Path, metavar="DIR",
                   help="also run another checkout's reader (DIR/.venv/bin/newsdesk, e.g. a"
                   " clone of main) in the same rounds, and report this one against it")  # fmt: skip
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        first_paint(tmp, args.runs, args.baseline)
        if args.libraries:
            libraries(tmp, args.libraries, [int(s) for s in args.sizes.split(",")], args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
