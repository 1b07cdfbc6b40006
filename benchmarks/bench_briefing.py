"""Briefing build + fit + render over 100 vs 1,000 stories, interleaved; ≤ 10.5× and ≤ 3 s warm.

    python benchmarks/bench_briefing.py BBC_DIR [--rounds 7]   (real articles, the default)
    python benchmarks/bench_briefing.py --synthetic [--rounds 7]

Real mode: stories are made from BBC articles (``benchmarks/corpus.py``: a real headline and
lead, paragraphs from other articles of the same category, the noise scraped pages carry),
then read, deduplicated, summarised and given their figures once through ``reader.desk`` (as
``newsdesk brief`` does), and the first 100 and first 1,000 of them are briefed. What is timed
is ``build_briefing``, fitting to the default 800-word budget, and ``render_markdown``, as
``newsdesk brief`` does; wall time and the process's CPU time are both reported (on a shared,
loaded machine wall time mostly measures the other processes). The two sizes take turns round by round (order
alternating) after one warm-up run each; the per-round ratio 1,000 / 100 is reported as
min/median/max, and the 1,000-story time (warm: imports done, the stories in memory) as
min/median/max too. ``--synthetic``: the old generated stories (template sentences, nonsense
filler, one pre-filled figure each) instead of real ones.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.interleave import interleave, ratios, report
from benchmarks.results import record, spread
from briefing.budget import count_words, fit
from briefing.build import build_briefing
from briefing.render import render_markdown
from reader.model import Change, Figure, Source, Story

SYL = ["zen", "tor", "ka", "lix", "mor", "van", "qui", "lon", "dra", "bel", "sto", "rix", "ne"]
METRICS = ["revenue", "net income", "profit", "sales", "valuation"]
VERBS = ["rose", "fell", "jumped", "slipped", "climbed"]
PLACES = ["Beijing", "London", "Austin", "Seoul", "Berlin", "Lagos", "Lima", "Osaka"]
DATE = "2026-01-02"


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()


def synthetic(n: int, seed: int = 7) -> list[Story]:
    """Generated stories: template sentences and filler, summary and one figure pre-filled."""
    rng = random.Random(seed)
    companies = [
        f"{name(rng)} {rng.choice(['Group', 'Holdings', 'Motors', 'Labs'])}"
        for _ in range(n // 3 + 1)
    ]
    people = [f"{name(rng)} {name(rng)}" for _ in range(n // 2 + 1)]
    stories = []
    for i in range(n):
        co, person, place = rng.choice(companies), rng.choice(people), rng.choice(PLACES)
        metric = rng.choice(METRICS)
        value = round(rng.uniform(1, 90), 2)
        pct = rng.randint(1, 60)
        paras = [
            f"{co} said in {place} that {metric} {rng.choice(VERBS)} {pct}% to ${value} billion.",
            f"{person}, an analyst, said the result for {co} beat forecasts by a wide margin.",
            " ".join(rng.choice(SYL) * 2 for _ in range(rng.randint(40, 300))) + ".",
        ]
        fig = Figure(
            surface=f"${value} billion",
            kind="money",
            value=value * 1e9,
            unit="USD",
            metric=metric,
            subject=co.split()[0],
            change=Change("up", f"{pct}%", "year-over-year"),
            sentence=paras[0],
            sentence_index=0,
        )
        stories.append(
            Story(
                id=f"b{i:05d}",
                title=f"{co} reports {metric}",
                title_generated=False,
                sources=[Source(f"f{i % 50}.txt", 1, 10)],
                paragraphs=paras,
                summary=paras[:2],
                figures=[fig],
            )
        )
    return stories


def real(bbc: Path, n: int, work: Path) -> list[Story]:
    """``n`` stories made from BBC articles, ingested and enriched once through reader.desk."""
    from benchmarks.corpus import generate
    from reader import desk
    from reader.library.store import Library

    root = work / "corpus"
    generate(root, bbc, n * 13 // 10, seed=11)  # some merge as duplicates or run together
    library = Library.open(work / "library.sqlite3")
    try:
        t0 = time.perf_counter()
        gathered = list(desk.gather(library, [str(root)], summaries=desk.SummaryOptions()).stories)
        print(f"ingested and enriched {len(gathered)} stories in "
              f"{time.perf_counter() - t0:.1f} s (once, not timed below)")  # fmt: skip
    finally:
        library.close()
    if len(gathered) < n:
        raise SystemExit(f"only {len(gathered)} stories after dedupe; wanted {n}")
    return gathered[:n]


WORDS = 800  # the default word budget of ``newsdesk brief``
CPU: dict[int, list[float]] = {}  # stories → CPU seconds per run (process time)


def brief_once(stories: list[Story]) -> float:
    """One briefing as ``newsdesk brief`` makes it: build, fit to the word budget, render.
    Returns wall seconds; the process's CPU seconds go to ``CPU`` (steadier on a loaded
    machine, where wall time mostly measures the other processes)."""
    start, cpu = time.perf_counter(), time.process_time()
    render_markdown(fit(build_briefing(stories, DATE), render_markdown, WORDS))
    CPU.setdefault(len(stories), []).append(time.process_time() - cpu)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="bench_briefing")
    p.add_argument("bbc", nargs="?", type=Path, help="BBC folder (with 'News Articles')")
    p.add_argument("--synthetic", action="store_true", help="generated stories, not real ones")
    p.add_argument("--rounds", type=int, default=7)
    args = p.parse_args(argv)
    if not args.synthetic and (args.bbc is None or not (args.bbc / "News Articles").is_dir()):
        print("error: give the BBC folder (with 'News Articles'), or --synthetic", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        large = synthetic(1000) if args.synthetic else real(args.bbc, 1000, Path(tmp))
    small = large[:100]
    cold = brief_once(large)  # first run: lazy imports and per-process caches
    brief_once(small)
    CPU.clear()
    series = interleave(
        [("100 stories", lambda: brief_once(small)), ("1,000 stories", lambda: brief_once(large))],
        args.rounds,
    )
    cpu_small, cpu_large = CPU[len(small)], CPU[len(large)]
    words = count_words(render_markdown(fit(build_briefing(large, DATE), render_markdown, WORDS)))
    kind = "synthetic" if args.synthetic else "real (BBC)"
    print(f"stories: {kind}; {args.rounds} interleaved rounds after one warm-up each")
    print(f"first run over 1,000 (cold imports): {cold * 1000:.0f} ms")
    print(report(series, targets=("target <= 10.5x",)))
    cpu_ratio = [b / a for a, b in zip(cpu_small, cpu_large, strict=True) if a > 0]
    print(
        f"CPU (process time) 1,000 stories: {spread([v * 1000 for v in cpu_large], '{:.0f}', ' ms')}"
    )
    print(f"CPU 1,000 / 100 stories: {spread(cpu_ratio, unit='×')}")
    print(f"briefing of 1,000 stories: {words} words (budget {WORDS})")
    name_ = f"bench_briefing ({'synthetic' if args.synthetic else 'real BBC'} stories)"
    record(name_, "build + fit + render, 1,000 ÷ 100 stories", "≤ 10.5×",
           spread(ratios(series[1], series[0]), unit="×"))  # fmt: skip
    record(name_, "build + fit + render over 1,000 stories, warm", "≤ 3 s",
           spread([v * 1000 for v in series[1].values], "{:.0f}", " ms"))  # fmt: skip
    record(name_, "CPU, build + fit + render over 1,000 stories", "≤ 3 s",
           spread([v * 1000 for v in cpu_large], "{:.0f}", " ms"))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
