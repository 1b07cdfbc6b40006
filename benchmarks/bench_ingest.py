"""End-to-end ingest as a user waits for it, in input stories per second per core, and memory.

    python benchmarks/bench_ingest.py BBC_DIR [--sizes 1000,10000] [--rounds 1] [--big]
                                      [--corpus whole|mixed|both] [--baseline DIR]
                                      [--profile N]

For each size N, N stories are generated from BBC articles (``benchmarks/corpus.py``, not
timed; ``--corpus whole``, the default, runs whole articles together, 1–5 a file, which is
what "BBC-like articles" means; ``mixed`` makes patchwork stories, a real lead followed by
other articles' paragraphs, some of which the boundary scorer legitimately splits; ``both``
runs each; whole articles repeat past the 1,328 the set holds, and repeats are cheaper, so
the linearity figure wants ``mixed``), then a fresh process does what ``newsdesk brief``/``newsdesk stories`` make a user wait
for: ``desk.gather`` with summaries — read and split the files, deduplicate, store them in a
new library file, summarise each story and find its figures (cached in the library), and
read every story back with its summary, as a command that shows them does. The
figure is INPUT stories (the N generated, before dedupe) per second per core, where the cores
are the workers the ingest actually used (``reader.ingest_work``: 1 for small jobs). Memory is the
main process's peak RSS (it holds the stories and writes the library; the pool's workers are
forkserver children, which its rusage cannot see). Sizes take turns round by round (order alternating); the ratio of
per-story time to the smallest size's in the same round says whether ingest stays linear.
``--big`` adds 100,000 stories. ``--profile N`` runs size N once under cProfile and prints
where the time goes (main process only: pool workers are not profiled).

Each run also reports its CPU time, user + sys of the ingest process and of everything it
started (the pool's forkserver and workers are stopped and reaped first so their time
counts): input stories per CPU second is far less noisy on a shared machine than wall time.
``--baseline DIR`` (a checkout of another revision, e.g. ``git clone -q . /tmp/base``)
runs the same ingest with DIR's ``reader`` too, taking turns with this tree (order alternating
round by round), and prints the per-round ratios baseline ÷ this tree (min / median / max).
Each tree is compiled to bytecode first and the ingests may read it, as an installed package
does (an environment with PYTHONDONTWRITEBYTECODE set had every process compile the sources).
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
# The tree whose ``reader`` an ingest runs: this one, or a baseline checkout (``--baseline``),
# named in the environment so that the pool's forkserver and workers, which import this file
# again as their __main__, put it first too (a path argument alone would reach no worker).
TREE_ENV = "BENCH_INGEST_TREE"
if os.environ.get(TREE_ENV):
    sys.path.insert(0, os.environ[TREE_ENV])

TARGET = 400.0  # input stories per second per core (issue 15)


def _cpu_seconds() -> float:
    """User + sys CPU of this process and of its reaped descendants, after stopping the
    forkserver (which reaps the pool's workers) so that their time is counted too."""
    try:
        from multiprocessing import forkserver

        forkserver._forkserver._stop()  # type: ignore[attr-defined]  # (private, since 3.8)
    except (AttributeError, OSError, ChildProcessError):
        pass
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def child(corpus: Path, home: Path, profile: bool) -> int:
    """Ingest ``corpus`` into a new library in ``home``; print one JSON line of figures."""
    import reader
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
    shown = sum(1 for story in gathered.stories if story.summary is not None)  # as a command
    seconds = time.perf_counter() - t0  # shows them: read (a page at a time) and summarised
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats(
            os.environ.get("BENCH_SORT", "tottime")
        ).print_stats(25)
    stored = library.count()
    library.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu = _cpu_seconds()
    print(json.dumps({"seconds": seconds, "workers": workers, "stored": stored, "cpu": cpu,
                      "shown": shown, "rss_main": own,
                      "reader": str(Path(reader.__file__).parent)}))  # fmt: skip
    return 0


def run_size(
    work: Path, size: int, profile: bool = False, corpus: str = "whole", tree: Path = ROOT
) -> dict[str, float]:
    """One ingest of ``size`` generated stories in a fresh process, with ``tree``'s reader."""
    home = work / f"home-{size}-{corpus}"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    cmd = [sys.executable, __file__, "--child", str(work / f"corpus-{corpus}-{size}"), str(home)]
    env = {**os.environ, "NEWSDESK_HOME": str(home), "NEWSDESK_CONFIG": str(home / "c.toml")}
    env.pop(TREE_ENV, None)
    # as installed: a user's Python reads the compiled bytecode pip and the first run leave
    # (``compile_trees``); a shell that forbids writing it would have every process compile
    # the sources again, about 0.25 CPU-s each, which no user pays
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if tree != ROOT:
        env[TREE_ENV] = str(tree)
    out = subprocess.run(cmd + (["--profile-child"] if profile else []), cwd=tree, env=env,
                         stdout=subprocess.PIPE, text=True, check=True).stdout  # fmt: skip
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    ran = Path(str(figures.pop("reader")))
    if ran != tree / "reader":
        raise SystemExit(f"error: the ingest ran {ran}, not {tree}'s reader")
    figures["size"] = size
    figures["per_core"] = size / figures["seconds"] / figures["workers"]
    figures["per_cpu"] = size / figures["cpu"]
    return figures


def compile_trees(trees: list[Path]) -> None:
    """Compile each tree's ``reader`` and ``briefing`` to bytecode before any timed run, as
    installing a package does (untimed; the ingests then read it, see ``run_size``)."""
    for tree in trees:
        for package in ("reader", "briefing"):
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / package)],
                           check=True, stdout=subprocess.DEVNULL)  # fmt: skip


def bad_inputs(bbc: Path, baseline: Path | None) -> str | None:
    """What is wrong with the BBC folder or the baseline checkout given, if anything."""
    if not (bbc / "News Articles").is_dir():
        return f"{bbc} has no 'News Articles' folder"
    if baseline is not None and not (baseline / "reader").is_dir():
        return f"{baseline} holds no 'reader' package"
    return None


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(Path(argv[1]), Path(argv[2]), "--profile-child" in argv)
    p = argparse.ArgumentParser(prog="bench_ingest")
    p.add_argument("bbc", type=Path)
    p.add_argument("--sizes", default="1000,10000")
    p.add_argument("--big", action="store_true", help="add 100,000 stories")
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--profile", type=int, metavar="N", help="profile one ingest of N stories")
    p.add_argument("--corpus", choices=("whole", "mixed", "both"), default="whole")
    p.add_argument("--baseline", type=Path, metavar="DIR", help="a checkout to compare with")
    args = p.parse_args(argv)
    problem = bad_inputs(args.bbc, args.baseline)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    from benchmarks.corpus import generate

    sizes = [int(s) for s in args.sizes.split(",")] + ([100_000] if args.big else [])
    if args.profile:
        sizes = [args.profile]
    corpora = ["whole", "mixed"] if args.corpus == "both" else [args.corpus]
    trees = [ROOT] if args.baseline is None else [args.baseline.resolve(), ROOT]
    compile_trees(trees)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for corpus in corpora:
            for size in sizes:
                generate(work / f"corpus-{corpus}-{size}", args.bbc, size, mode=corpus)
        if args.profile:
            r = run_size(work, args.profile, profile=True, corpus=corpora[0])
            print(f"{args.profile} input stories: {r['seconds']:.1f} s, {r['workers']} workers")
            return 0
        for corpus in corpora:
            rounds: list[dict[int, dict[str, float]]] = []
            base_rounds: list[dict[int, dict[str, float]]] = []
            for k in range(max(1, args.rounds)):
                turn = sizes if k % 2 == 0 else sizes[::-1]
                mine: dict[int, dict[str, float]] = {}
                theirs: dict[int, dict[str, float]] = {}
                for size in turn:
                    for tree in trees if k % 2 == 0 else trees[::-1]:
                        r = run_size(work, size, corpus=corpus, tree=tree)
                        (mine if tree == ROOT else theirs)[size] = r
                rounds.append(mine)
                if theirs:
                    base_rounds.append(theirs)
            show(sizes, rounds, corpus)
            if base_rounds:
                compare(sizes, base_rounds, rounds, corpus)
    return 0


def show(sizes: list[int], rounds: list[dict[int, dict[str, float]]], corpus: str) -> None:
    base = sizes[0]
    name = f"bench_ingest (BBC-made stories, {corpus})"
    print(f"{corpus} corpus: {len(rounds)} round(s), order alternating; each ingest a fresh"
          " process, new library")  # fmt: skip
    print(f"{'input':>8} {'stored':>7} {'workers':>7} {'s':>7} {'in/s':>7} {'in/s/core':>9}"
          f" {'cpu s':>7} {'in/cpu-s':>8} {'x per-story':>11} {'main MiB':>8}")  # fmt: skip
    for rnd in rounds:
        for size in sizes:
            r = rnd[size]
            slower = (r["seconds"] / size) / (rnd[base]["seconds"] / base)
            print(f"{size:>8} {int(r['stored']):>7} {int(r['workers']):>7} {r['seconds']:>7.1f}"
                  f" {size / r['seconds']:>7.0f} {r['per_core']:>9.0f} {r['cpu']:>7.1f}"
                  f" {r['per_cpu']:>8.0f} {slower:>10.2f}x {r['rss_main']:>8.0f}")  # fmt: skip
    for size in sizes:
        per_core = [rnd[size]["per_core"] for rnd in rounds]
        per_cpu = [rnd[size]["per_cpu"] for rnd in rounds]
        workers = int(rounds[0][size]["workers"])
        record(name, f"end-to-end ingest, {size:,} input stories, {workers} worker(s)",
               f"≥ {TARGET:.0f} input stories/s/core", spread(per_core, "{:.0f}", " /s/core"))  # fmt: skip
        record(name, f"end-to-end ingest, {size:,} input stories, per CPU second (all processes)",
               f"≥ {TARGET:.0f} input stories/CPU-s", spread(per_cpu, "{:.0f}", " /CPU-s"))  # fmt: skip
    top = sizes[-1]
    if top != base:
        linear = [(rnd[top]["seconds"] / top) / (rnd[base]["seconds"] / base) for rnd in rounds]
        memory = [rnd[top]["rss_main"] / rnd[base]["rss_main"] for rnd in rounds]
        record(name, f"per-story time, {top:,} ÷ {base:,}",
               "linear (≈ 1×)", spread(linear, unit="×"))  # fmt: skip
        record(name, f"main-process peak memory, {top:,} ÷ {base:,}",
               "≤ 2×", spread(memory, unit="×") +
               f" ({rounds[0][base]['rss_main']:.0f} → {rounds[0][top]['rss_main']:.0f} MiB)")  # fmt: skip


def compare(
    sizes: list[int],
    base_rounds: list[dict[int, dict[str, float]]],
    rounds: list[dict[int, dict[str, float]]],
    corpus: str,
) -> None:
    """Per-round ratios baseline ÷ this tree (above 1: this tree is faster)."""
    print(f"{corpus} corpus, baseline ÷ this tree, paired per round (min / median / max):")
    for size in sizes:
        pairs = list(zip(base_rounds, rounds, strict=True))
        wall = [b[size]["seconds"] / m[size]["seconds"] for b, m in pairs]
        cpu = [b[size]["cpu"] / m[size]["cpu"] for b, m in pairs]
        print(f"{size:>8}: wall {spread(wall, unit='×')}, CPU {spread(cpu, unit='×')};"
              f" baseline {spread([b[size]['per_core'] for b, _ in pairs], '{:.0f}')}"
              f" in/s/core, {spread([b[size]['per_cpu'] for b, _ in pairs], '{:.0f}')}"
              " in/CPU-s")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
