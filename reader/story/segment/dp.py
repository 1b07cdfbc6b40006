"""Dynamic-programming segmentation under a description-length cost (after Utiyama–Isahara).

Each segment is charged the cost of coding its words with a unigram model learnt on that
segment as it goes, backed off to the document's word distribution: a stretch that keeps reusing
its own words is cheap, a stretch that mixes two vocabularies is dear. Each boundary costs a
penalty, so the number of segments falls out of the minimisation instead of being guessed, and
a single coherent article stays whole because splitting it only pays the penalty twice over
shared words. Cue scores (caption + credit, a new headline block) lower the penalty at their
position; negative cues (section headings) raise it. The segment costs come from ``cost``;
this module holds the search: the window, the cheapest cuts (free or fixed count), the joins.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from reader.story.segment.cost import CostModel, CostTable, Running

# Bound on the work spent on segment costs (token steps); beyond it the longest segment
# considered shrinks so 2,000 units still finish in about a second.
_WORK_BUDGET = 3_000_000
_MIN_WINDOW = 60
# The longest segment costed, in units, whatever the token count: units with almost no
# content words (table rows, bullets of figures) would otherwise make the window the whole
# file and the work and memory quadratic in its length. No news article in the BBC set has
# more than 56 paragraphs; a longer run is joined again after the search (``join_forced``).
MAX_WINDOW = 200
# Segment costs are computed for this many start units at a time and dropped once the search
# has passed them, so memory is O(window · (window + block)), not O(units · window).
_BLOCK = 512


def choose_window(docs: Sequence[Sequence[int]], n_segments: int | None) -> int:
    """Longest segment worth costing: within the work budget and at most MAX_WINDOW units
    (never below n / n_segments, so a fixed segment count stays feasible)."""
    n = len(docs)
    tokens = sum(len(d) for d in docs) or 1
    window = min(MAX_WINDOW, max(_MIN_WINDOW, _WORK_BUDGET // tokens))
    if n_segments:
        window = max(window, -(-n // n_segments) + 1)
    return min(n, window)


class _Rows(Protocol):
    n: int
    window: int

    def row_block(self, start: int, stop: int) -> NDArray[np.float64]: ...


def best_free(table: _Rows, boundary_cost: Sequence[float]) -> list[int]:
    """Minimum total cost over any number of segments; boundary_cost[i] is charged at i > 0.

    Forward form: once every start before a has pushed its segments, best[a] is final, so a
    pushes best[a] + cost(a, b) to every end b within the window. Rows are fetched a block at
    a time and dropped: O(units · window) time, O(units + block · window) memory. Ties keep
    the earliest start, as a scan over starts for each end would.
    """
    n = table.n
    best = np.full(n + 1, math.inf)
    back = np.zeros(n + 1, dtype=np.int64)
    best[0] = 0.0
    block = np.zeros((0, 0))
    block_start = 0
    for a in range(n):
        if a - block_start >= len(block):
            block_start = a
            block = table.row_block(a, a + _BLOCK)
        here = best[a]
        if here == math.inf:
            continue
        length = min(table.window, n - a)
        cand = block[a - block_start, :length] + here
        if a:
            cand += boundary_cost[a]
        ends = best[a + 1 : a + 1 + length]
        better = cand < ends
        if better.any():
            ends[better] = cand[better]
            back[a + 1 : a + 1 + length][better] = a
    return _trace(back.tolist(), n)


def join_forced(model: CostModel, cuts: Sequence[int], boundary_cost: Sequence[float]) -> list[int]:
    """Drop the cuts the window may have forced: where the segments on both sides of a cut
    are longer together than the window, the search never priced them as one, so price that
    here (growing the joined segment unit by unit: linear in the units) and keep the cut only
    if it pays for its boundary. A 16,000-row table comes back as one segment."""
    edges = [0, *cuts, model.n]
    docs = model.docs
    kept: list[int] = []
    if len(edges) == 2:
        return kept
    # the run's cost is only read where a cut is in doubt: grown then, unit by unit as
    # always (the same adds in the same order, so the same floats)
    run: Running | None = None
    run_start, run_end = edges[0], edges[1]
    for i in range(1, len(edges) - 1):
        c, b = edges[i], edges[i + 1]
        if b - run_start <= model.window:
            kept.append(c)
            run, run_start, run_end = None, c, b
            continue
        if run is None:
            run = _grown(model, run_start, run_end)
        alone = _grown(model, c, b)
        apart = run.cost + alone.cost + boundary_cost[c]
        for u in range(c, b):
            run.add(docs[u])
        run_end = b
        if run.cost > apart:
            kept.append(c)
            run, run_start, run_end = alone, c, b
    return kept


def _grown(model: CostModel, a: int, b: int) -> Running:
    seg = model.segment()
    for u in range(a, b):
        seg.add(model.docs[u])
    return seg


def best_fixed(table: CostTable, boundary_cost: Sequence[float], k: int) -> list[int]:
    """Minimum total cost with exactly ``k`` segments (cues still weigh through boundary_cost)."""
    n = table.n
    inf = math.inf
    prev = [inf] * (n + 1)
    prev[0] = 0.0
    backs: list[list[int]] = []
    for _ in range(k):
        cur = [inf] * (n + 1)
        back = [0] * (n + 1)
        for b in range(1, n + 1):
            for a in range(max(0, b - table.window), b):
                if prev[a] == inf:
                    continue
                c = prev[a] + table.cost(a, b) + (boundary_cost[a] if a else 0.0)
                if c < cur[b]:
                    cur[b], back[b] = c, a
        backs.append(back)
        prev = cur
    cuts: list[int] = []
    b = n
    for back in reversed(backs):
        a = back[b]
        if a:
            cuts.append(a)
        b = a
    return sorted(cuts)


def _trace(back: list[int], n: int) -> list[int]:
    cuts: list[int] = []
    b = n
    while b > 0:
        a = back[b]
        if a:
            cuts.append(a)
        b = a
    return sorted(cuts)
