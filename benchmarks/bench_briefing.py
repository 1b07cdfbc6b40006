"""Briefing time over 100 vs 1,000 synthetic stories (summary/figures pre-filled), ratio target ≤ 12×.

Stories are generated from templates and word lists (companies, metrics, places), so entity
overlap and figure collisions are realistic-ish; the second measurement optionally adds
end-to-end enrichment (summarize + extract_figures) on the 100-story set.
Usage: python benchmarks/bench_briefing.py [--enrich]
"""

from __future__ import annotations

import random
import sys
import time

from briefing.build import build_briefing
from briefing.render import render_markdown
from reader.model import Change, Figure, Source, Story

SYL = [
    "zen",
    "tor",
    "ka",
    "lix",
    "mor",
    "van",
    "qui",
    "lon",
    "dra",
    "bel",
    "sto",
    "rix",
    "ne",
    "vo",
]
METRICS = ["revenue", "net income", "profit", "sales", "valuation"]
VERBS = ["rose", "fell", "jumped", "slipped", "climbed"]
PLACES = ["Beijing", "London", "Austin", "Seoul", "Berlin", "Lagos", "Lima", "Osaka"]


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()


def make(n: int, seed: int = 7) -> list[Story]:
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


def timed(stories: list[Story], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        render_markdown(build_briefing(stories, "2026-01-02"))
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    small, large = make(100), make(1000)
    t_small, t_large = timed(small, 5), timed(large, 3)
    print(f"100 stories:   {t_small * 1000:8.1f} ms")
    print(f"1000 stories:  {t_large * 1000:8.1f} ms")
    print(f"ratio: {t_large / t_small:.1f}x (target <= 12x)")
    if "--enrich" in sys.argv:
        from reader.desk import enrich_stories

        fresh = make(100, seed=11)
        for s in fresh:
            s.summary = None
            s.figures = None
        start = time.perf_counter()
        enrich_stories(None, fresh)
        render_markdown(build_briefing(fresh, "2026-01-02"))
        print(f"100 stories end-to-end with enrich: {(time.perf_counter() - start) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
