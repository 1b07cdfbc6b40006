"""Dynamic-programming segmentation under a description-length cost (after Utiyama–Isahara).

Each segment is charged the cost of coding its words with a unigram model learnt on that
segment as it goes, backed off to the document's word distribution: a stretch that keeps reusing
its own words is cheap, a stretch that mixes two vocabularies is dear. Each boundary costs a
penalty, so the number of segments falls out of the minimisation instead of being guessed, and
a single coherent article stays whole because splitting it only pays the penalty twice over
shared words. Cue scores (caption + credit, a new headline block) lower the penalty at their
position; negative cues (section headings) raise it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Bound on the work spent on segment costs (token steps); beyond it the longest segment
# considered shrinks so 2,000 units still finish in about a second.
_WORK_BUDGET = 3_000_000
_MIN_WINDOW = 60
_SHORT_PENALTY = 1e6
# Above this many token steps the "bg" costs are computed with numpy (same sums, ~10x faster).
_NUMPY_FROM = 300_000


@dataclass(frozen=True, slots=True)
class CostTable:
    """cost[a][b - a - 1] = cost of one segment holding units a..b-1 (b - a <= window)."""

    n: int
    window: int
    rows: list[list[float]]

    def cost(self, a: int, b: int) -> float:
        return self.rows[a][b - a - 1]

    def discourage_shorter_than(self, units: int) -> None:
        """Make segments of fewer than ``units`` units prohibitively dear (still finite, so a
        fixed segment count that needs them stays feasible)."""
        for row in self.rows:
            for j in range(min(units - 1, len(row))):
                row[j] += _SHORT_PENALTY


def segment_costs(
    docs: Sequence[Sequence[int]], vocab: int, window: int, mix: float = 0.6, mode: str = "bg"
) -> CostTable:
    """Code length of every segment up to ``window`` units long.

    mode "bg" (default): each word is coded sequentially with a mixture of the segment's own
    running unigram model and the whole document's word distribution,
    −log(mix·f_w/N + (1 − mix)·p_doc(w)), f_w and N counted *before* the word. A new word costs
    the same in any segment, so splitting a coherent article buys nothing; a word the segment
    already used is cheap, so a stretch that keeps its own vocabulary wants its own segment.
    (Utiyama–Isahara's Laplace-smoothed model, mode "ui", makes new words cheaper in short
    segments and so over-splits long news articles.)
    mode "dcm": −log of the Dirichlet-multinomial marginal likelihood with a flat prior ``mix``
    over the document vocabulary V, word by word −log((f_w + mix) / (N + V·mix)); best on
    sentence units of short unrelated excerpts (Choi), where vocabularies barely overlap.
    Costs are updated word by word as the segment grows: O(window · words) per start.
    """
    n = len(docs)
    k = max(vocab, 1)
    rows: list[list[float]] = []
    log = math.log
    doc_counts: dict[int, int] = {}
    for d in docs:
        for w in d:
            doc_counts[w] = doc_counts.get(w, 0) + 1
    n_tokens = max(1, sum(doc_counts.values()))
    if mode == "bg":
        if n_tokens * window > _NUMPY_FROM and doc_counts:
            return _bg_costs_np(docs, window, mix, doc_counts, n_tokens)
        return _bg_costs(docs, window, mix, doc_counts, n_tokens)
    background = {w: (1.0 - mix) * c / n_tokens for w, c in doc_counts.items()}
    for a in range(n):
        counts: dict[int, int] = {}
        acc = 0.0
        total = 0
        row: list[float] = []
        for b in range(a, min(n, a + window)):
            for w in docs[b]:
                f = counts.get(w, 0)
                if mode == "ui":
                    acc += (f + 1) * log(f + 2) - (f * log(f + 1) if f else 0.0)
                elif mode == "dcm":
                    acc += log(f + mix) - log(total + k * mix)
                elif total:
                    acc += log(mix * f / total + background[w])
                else:
                    acc += log(background[w] / (1.0 - mix))
                counts[w] = f + 1
                total += 1
            row.append(total * log(total + k) - acc if mode == "ui" else -acc)
        rows.append(row)
    return CostTable(n=n, window=window, rows=rows)


def _bg_costs_np(
    docs: Sequence[Sequence[int]],
    window: int,
    mix: float,
    doc_counts: dict[int, int],
    n_tokens: int,
) -> CostTable:
    """Mode "bg" vectorised over all tokens, one segment length offset at a time.

    For a token t of unit u and a segment starting at unit a = u - d, the count of its word
    earlier in the segment is (its rank among that word's occurrences) − (occurrences before
    the segment's first token), both read from one sorted array of (word, position) keys.
    S[d][u] sums unit u's token costs for a segment starting d units earlier, and the cost of
    units a..a+L-1 is S[0][a] + S[1][a+1] + … + S[L-1][a+L-1].
    """
    import numpy as np

    n = len(docs)
    words = np.fromiter((w for d in docs for w in d), dtype=np.int64, count=n_tokens)
    lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=n)
    unit_of = np.repeat(np.arange(n, dtype=np.int64), lengths)
    first_tok = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    size = int(words.max()) + 1
    freq = np.zeros(size)
    for word, c in doc_counts.items():
        freq[word] = c / n_tokens
    background = (1.0 - mix) * freq
    stride = n_tokens + 1
    positions = np.arange(n_tokens, dtype=np.int64)
    keys = words * stride + positions
    # work in (word, position) order: there the queries below come out sorted, which keeps
    # the binary searches cache-friendly
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    w_all = words[order]
    t_all = positions[order]
    u_all = unit_of[order]
    rank_all = np.arange(n_tokens, dtype=np.int64)
    width = min(window, n)
    cum = np.zeros((width, n))
    running = np.zeros(n)
    for d in range(width):
        sel = u_all >= d
        w = w_all[sel]
        u = u_all[sel]
        start = first_tok[u - d]
        before = t_all[sel] - start
        f = rank_all[sel] - np.searchsorted(sorted_keys, w * stride + start)
        cost = np.where(
            before > 0,
            -np.log(mix * f / np.maximum(before, 1) + background[w]),
            -np.log(freq[w]),
        )
        s_d = np.bincount(u, weights=cost, minlength=n)
        # running[a] = cost of units a..a+d: add unit a+d's share to segments starting at a
        running[: n - d] += s_d[d:]
        cum[d] = running
    rows = [cum[: min(width, n - a), a].tolist() for a in range(n)]
    return CostTable(n=n, window=window, rows=rows)


def _bg_costs(
    docs: Sequence[Sequence[int]],
    window: int,
    mix: float,
    doc_counts: dict[int, int],
    n_tokens: int,
) -> CostTable:
    """Mode "bg" of ``segment_costs``, the pipeline's hot loop: the same sums, computed with
    list-indexed counts (reset word by word, not reallocated) and the first word of each
    segment's first unit priced without the running model."""
    n = len(docs)
    size = max(doc_counts, default=-1) + 1
    background = [0.0] * size
    first_cost = [0.0] * size
    log = math.log
    for w, c in doc_counts.items():
        p = c / n_tokens
        background[w] = (1.0 - mix) * p
        first_cost[w] = -log(p)
    counts = [0] * size
    rows: list[list[float]] = []
    for a in range(n):
        acc = 0.0
        total = 0
        row: list[float] = []
        touched: list[int] = []
        for b in range(a, min(n, a + window)):
            for w in docs[b]:
                f = counts[w]
                if total:
                    acc -= log(mix * f / total + background[w])
                else:
                    acc += first_cost[w]
                if not f:
                    touched.append(w)
                counts[w] = f + 1
                total += 1
            row.append(acc)
        for w in touched:
            counts[w] = 0
        rows.append(row)
    return CostTable(n=n, window=window, rows=rows)


def choose_window(docs: Sequence[Sequence[int]], n_segments: int | None) -> int:
    """Longest segment worth costing, within the work budget (never below n / n_segments)."""
    n = len(docs)
    tokens = sum(len(d) for d in docs) or 1
    window = max(_MIN_WINDOW, _WORK_BUDGET // tokens)
    if n_segments:
        window = max(window, -(-n // n_segments) + 1)
    return min(n, window)


def best_free(table: CostTable, boundary_cost: Sequence[float]) -> list[int]:
    """Minimum total cost over any number of segments; boundary_cost[i] is charged at i > 0."""
    n = table.n
    inf = math.inf
    best = [inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for b in range(1, n + 1):
        for a in range(max(0, b - table.window), b):
            if best[a] == inf:
                continue
            c = best[a] + table.cost(a, b) + (boundary_cost[a] if a else 0.0)
            if c < best[b]:
                best[b], back[b] = c, a
    return _trace(back, n)


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
