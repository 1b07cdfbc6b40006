"""The ingest's main process alone: CPU per input story, on the same workers' results.

    python benchmarks/bench_ingest_main.py BBC_DIR [--size 10000] [--corpus mixed|whole]
                                           [--rounds 2] [--baseline DIR]

End to end (``bench_ingest.py``) the main process's share of the CPU (merge across files,
library writes, the enrichment cache, reading every story back) is a sixth of the whole and
drowns in the workers' noise on a shared machine. Here ``--size`` stories are generated
(``benchmarks/corpus.py``) and split, summarised and sketched ONCE by this tree's pool (not
timed); then each round runs ``desk.gather`` in a fresh process whose pool is replaced by
those results (each file's unpickled anew, as a worker's arrives), with this tree and, with
``--baseline DIR`` (a checkout of another revision), that tree's ``reader`` in alternating
turns. Printed: the process's CPU seconds (all its threads) per round, the paired ratio
baseline ÷ this tree (min / median / max), and whether the two libraries' dumps
(``dump_library.dump``) are byte-identical. The worker results pickle this tree's classes:
a baseline whose ``reader.model`` differs cannot read them (an error, not a figure); one
whose results have fewer fields gets the first ones (it computes the rest itself).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREE_ENV = "BENCH_INGEST_TREE"  # as bench_ingest: the tree whose reader runs, first on the path
if os.environ.get(TREE_ENV):
    sys.path.insert(0, os.environ[TREE_ENV])
sys.path.append(str(ROOT))

from benchmarks.results import spread  # noqa: E402


def precompute(corpus: Path, out: Path) -> None:
    """Every file of ``corpus`` through this tree's pool, as an ingest with summaries sends it."""
    from reader.ingest_work import split_files

    jobs = [(str(p), str(p)) for p in sorted(corpus.rglob("*.txt"))]
    results = split_files(jobs, False, enrich=("default", 3, None))
    blobs = {
        key: pickle.dumps(r, pickle.HIGHEST_PROTOCOL)
        for (_, key), r in zip(jobs, results, strict=True)
    }
    out.write_bytes(pickle.dumps(blobs, pickle.HIGHEST_PROTOCOL))


def _width(result: object) -> int:
    """How many fields a split file's result has in the tree that runs (``Result``, a union
    of that tuple and ``Problem``): an older baseline's has fewer, and the fields it lacks
    (the workers' lead figures) are left for its main process to compute, as it does."""
    import typing

    split = next(a for a in typing.get_args(result) if typing.get_origin(a) is tuple)
    return len(typing.get_args(split))


def child(results: Path, corpus: Path, home: Path, dump_to: Path) -> int:
    """``desk.gather`` over ``corpus`` with the pool replaced by ``results``; one JSON line."""
    os.environ["NEWSDESK_HOME"] = str(home)
    os.environ["NEWSDESK_CONFIG"] = str(home / "c.toml")
    import reader
    import reader.ingest_work as work
    from benchmarks.dump_library import dump
    from reader import desk
    from reader.library.store import Library

    blobs: dict[str, bytes] = pickle.loads(results.read_bytes())
    width = _width(work.Result)

    def replay(jobs: Sequence[tuple[str, str]], *_: object, **__: object) -> Iterator[object]:
        for job in jobs:
            result = pickle.loads(blobs[job[1]])
            yield result[:width] if isinstance(result, tuple) else result

    work.split_files = replay  # type: ignore[assignment]
    library = Library.open(home / "library.sqlite3")
    cpu0 = time.process_time()
    gathered = desk.gather(library, [str(corpus)], summaries=desk.SummaryOptions())
    shown = sum(1 for story in gathered.stories if story.summary is not None)
    cpu = time.process_time() - cpu0
    stored = library.count()
    library.close()
    dump(home / "library.sqlite3", dump_to, str(corpus))
    print(json.dumps({"cpu": cpu, "stored": stored, "shown": shown,
                      "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "reader": str(Path(reader.__file__).parent)}))  # fmt: skip
    return 0


def run(tree: Path, results: Path, corpus: Path, work: Path, tag: str) -> dict[str, float]:
    home = work / f"home-{tag}"
    home.mkdir()
    env = {**os.environ, TREE_ENV: str(tree)}
    cmd = [sys.executable, __file__, "--child", str(results), str(corpus), str(home),
           str(work / f"dump-{tag}.txt")]  # fmt: skip
    out = subprocess.run(cmd, cwd=tree, env=env, stdout=subprocess.PIPE, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"error: the replay with {tree}'s reader failed (status {out.returncode})")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    if Path(figures.pop("reader")) != tree / "reader":
        raise SystemExit(f"error: the replay did not run {tree}'s reader")
    return {k: float(v) for k, v in figures.items()}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(Path(argv[1]), Path(argv[2]), Path(argv[3]), Path(argv[4]))
    p = argparse.ArgumentParser(prog="bench_ingest_main")
    p.add_argument("bbc", type=Path)
    p.add_argument("--size", type=int, default=10_000)
    p.add_argument("--corpus", choices=("whole", "mixed"), default="mixed")
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--baseline", type=Path, metavar="DIR")
    args = p.parse_args(argv)
    from benchmarks.bench_ingest import bad_inputs  # (this tree's: the children import no such)

    problem = bad_inputs(args.bbc, args.baseline)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    from benchmarks.corpus import generate

    trees = [ROOT] if args.baseline is None else [args.baseline.resolve(), ROOT]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus, results = work / "corpus", work / "results.pickle"
        generate(corpus, args.bbc, args.size, mode=args.corpus)
        precompute(corpus, results)
        cpu: dict[Path, list[float]] = {t: [] for t in trees}
        same = True
        for k in range(max(1, args.rounds)):
            for tree in trees if k % 2 == 0 else trees[::-1]:
                r = run(tree, results, corpus, work, f"{k}-{trees.index(tree)}")
                cpu[tree].append(r["cpu"])
                print(f"round {k + 1} {tree}: {r['cpu']:.2f} CPU-s, "
                      f"{r['cpu'] / args.size * 1000:.3f} ms a story, {r['stored']:.0f} stored, "
                      f"peak {r['rss']:.0f} MiB")  # fmt: skip
            if len(trees) == 2:
                a, b = (work / f"dump-{k}-{i}.txt" for i in range(2))
                same = same and filecmp.cmp(a, b, shallow=False)
        if len(trees) == 2:
            ratios = [b / m for b, m in zip(cpu[trees[0]], cpu[ROOT], strict=True)]
            print(f"main-process CPU, baseline ÷ this tree: {spread(ratios, unit='×')}; "
                  f"libraries {'byte-identical' if same else 'DIFFER'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
