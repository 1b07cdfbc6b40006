"""The joins after the search: growing a run only where a cut is in doubt gives the cuts that
growing every run eagerly gave."""

from __future__ import annotations

import random
from collections.abc import Sequence

from reader.story.segment.cost import CostModel, Running
from reader.story.segment.dp import join_forced


def _grown(model: CostModel, a: int, b: int) -> Running:
    seg = model.segment()
    for u in range(a, b):
        seg.add(model.docs[u])
    return seg


def _eager(model: CostModel, cuts: Sequence[int], costs: Sequence[float]) -> list[int]:
    """join_forced as it was: every run grown as soon as it starts."""
    edges = [0, *cuts, model.n]
    kept: list[int] = []
    if len(edges) == 2:
        return kept
    run, run_start = _grown(model, edges[0], edges[1]), 0
    for i in range(1, len(edges) - 1):
        c, b = edges[i], edges[i + 1]
        if b - run_start <= model.window:
            kept.append(c)
            run, run_start = _grown(model, c, b), c
            continue
        alone = _grown(model, c, b)
        apart = run.cost + alone.cost + costs[c]
        for u in range(c, b):
            run.add(model.docs[u])
        if run.cost > apart:
            kept.append(c)
            run, run_start = alone, c
    return kept


def test_lazy_runs_keep_the_eager_cuts() -> None:
    rng = random.Random(5)
    kept_any = dropped_any = False
    for _ in range(300):
        n = rng.randint(1, 30)
        vocab = rng.randint(1, 25)
        docs = [[rng.randrange(vocab) for _ in range(rng.choice([0, 2, 6, 15]))] for _ in range(n)]
        used = sorted({w for d in docs for w in d})
        ids = {w: i for i, w in enumerate(used)}
        docs = [[ids[w] for w in d] for d in docs]
        model = CostModel(docs, len(used), window=rng.randint(1, 6))
        cuts = sorted(rng.sample(range(1, n), rng.randint(0, n - 1))) if n > 1 else []
        costs = [rng.uniform(-5.0, 40.0) for _ in range(n)]
        got = join_forced(model, cuts, costs)
        assert got == _eager(model, cuts, costs)
        kept_any |= bool(got)
        dropped_any |= len(got) < len(cuts)
    assert kept_any and dropped_any
