"""Key-figure extraction per story, this checkout against another one, interleaved.

``python benchmarks/bench_figures.py BBC_DIR [--stories N] [--rounds R] [--baseline DIR]``

What is timed is ``extract_figures`` over N real BBC articles (their paragraphs, as the
pipeline passes them): the sentence split, the figure scan, metric, owner and status, every
cache cold at the start of the round (each round is a fresh process; imports and one warm-up
story are not counted). The cost is the process's CPU time, which other jobs on a shared
machine do not inflate. With ``--baseline`` (another checkout, e.g. a worktree of the commit
to compare with) each round runs both in turn, the order alternating, and the per-round ratio
candidate / baseline is printed as min / median / max. ``--stories`` at two sizes shows the
cost per story staying flat (linear time).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def articles(bbc: Path, limit: int) -> list[list[str]]:
    """The first ``limit`` BBC articles (all categories, in name order) as paragraph lists,
    read as the summarizer benchmark reads them."""
    from benchmarks.bench_summarize import bbc_articles

    return [paras for _, paras in bbc_articles(bbc, limit) if paras]


def one_round(bbc: Path, stories: int) -> dict[str, float]:
    """In the checkout this process imports: CPU seconds for every story's figures."""
    from reader.figures import extract_figures

    texts = articles(bbc, stories)
    extract_figures(["Acme said revenue rose 5% to $1.2bn in the quarter."])  # imports
    start = time.process_time()
    found = sum(len(extract_figures(paras)) for paras in texts)
    cpu = time.process_time() - start
    return {"cpu": cpu, "stories": len(texts), "figures": found}


def run_round(repo: Path, bbc: Path, stories: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(repo), "PYTHONHASHSEED": "0"}
    cmd = [sys.executable, __file__, str(bbc), "--stories", str(stories), "--round"]
    done = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench_figures: a round in {repo} failed: {done.stderr.strip()[-300:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _spread(values: list[float], fmt: str) -> str:
    return " / ".join(fmt.format(v) for v in (min(values), statistics.median(values), max(values)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bbc", type=Path, help="the BBC folder (with 'News Articles')")
    ap.add_argument("--stories", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--baseline", type=Path, help="another checkout to take turns with")
    ap.add_argument("--round", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not (args.bbc / "News Articles").is_dir():
        print(f"bench_figures: no 'News Articles' folder in {args.bbc}", file=sys.stderr)
        return 2
    if args.round:
        print(json.dumps(one_round(args.bbc, args.stories)))
        return 0
    sides = [("candidate", HERE)]
    if args.baseline is not None:
        sides.append(("baseline", args.baseline.resolve()))
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in sides}
    for r in range(max(1, args.rounds)):
        for name, repo in sides if r % 2 == 0 else sides[::-1]:
            results[name].append(run_round(repo, args.bbc, args.stories))
    print(
        f"extract_figures over {results['candidate'][0]['stories']:.0f} BBC articles,"
        f" {args.rounds} rounds; {os.cpu_count()} cores, load average"
        f" {os.getloadavg()[0]:.1f} at the end"
    )
    for name, repo in sides:
        per_story = [1000 * r["cpu"] / r["stories"] for r in results[name]]
        figures = results[name][0]["figures"]
        print(
            f"{name:<9} ({repo}): {_spread(per_story, '{:.2f}')} ms CPU per story"
            f" (min / median / max), {figures:.0f} figures"
        )
    if args.baseline is not None:
        paired = [
            c["cpu"] / b["cpu"]
            for c, b in zip(results["candidate"], results["baseline"], strict=True)
        ]
        print(f"candidate / baseline CPU: {_spread(paired, '{:.2f}x')} (target: <= 1.00x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
