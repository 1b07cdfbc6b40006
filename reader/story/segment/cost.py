"""The description-length cost model of segmentation (after Utiyama–Isahara).

Each segment is charged the cost of coding its words with a unigram model learnt on that
segment as it goes, backed off to the document's word distribution: a stretch that keeps reusing
its own words is cheap, a stretch that mixes two vocabularies is dear (``segment_costs`` has the
modes). ``CostModel`` gives the costs a block of start units at a time; ``Running`` grows one
segment's cost a unit at a time. The search over these costs is in ``dp``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from numpy.typing import NDArray

_SHORT_PENALTY = 1e6
# Above this many token steps (or units · window / 3, for units with few words) the "bg" costs
# are computed with numpy (the same sums in another order: equal to ~1e-10, ~10x faster on
# long runs). From 3,000 (a file of a few short paragraphs) numpy is already the faster on
# BBC-made files (the pipeline's rows 1.6x faster in all); below it its call overheads
# dominate. Lowered from 300,000: the stories split, their summaries and figures were
# byte-identical on 3,341 stories (BBC, generated, seeds, pages), segmentation Pk unchanged.
_NUMPY_FROM = 3_000


@dataclass(frozen=True, slots=True)
class CostTable:
    """cost[a][b - a - 1] = cost of one segment holding units a..b-1 (b - a <= window)."""

    n: int
    window: int
    rows: list[list[float]]

    def cost(self, a: int, b: int) -> float:
        return self.rows[a][b - a - 1]


class CostModel:
    """Segment costs on demand: ``row_block(start, stop)`` gives the rows of ``CostTable`` for
    those start units only, so a search can walk a long run of units in bounded memory.

    The document-wide word distribution is counted once; a block's rows depend only on the
    units from its first start to its last start + window.
    """

    def __init__(
        self,
        docs: Sequence[Sequence[int]],
        vocab: int,
        window: int,
        mix: float = 0.6,
        mode: str = "bg",
        min_units: int = 1,
    ) -> None:
        self.docs = docs
        self.n = len(docs)
        self.window = window
        self.mix = mix
        self.mode = mode
        self.k = max(vocab, 1)
        self.min_units = min_units
        counts: dict[int, int] = {}
        for d in docs:
            for w in d:
                counts[w] = counts.get(w, 0) + 1
        self.doc_counts = counts
        self.n_tokens = max(1, sum(counts.values()))
        size = max(counts, default=-1) + 1
        self.size = size
        self.freq = [0.0] * size
        for w, c in counts.items():
            self.freq[w] = c / self.n_tokens
        self._np_freq = np.asarray(self.freq, dtype=np.float64)
        self._new_costs: list[float] | None = None

    def new_word_costs(self) -> list[float]:
        """log((1 - mix)·p_doc(w)) per word: the log "bg" adds for a word a segment has not
        used yet (mix·0/N + (1 - mix)·p is that very float). Needs mix < 1."""
        if self._new_costs is None:
            bg = [(1.0 - self.mix) * p for p in self.freq]
            self._new_costs = [math.log(b) if b > 0.0 else -math.inf for b in bg]  # (unused)
        return self._new_costs

    def row_block(self, start: int, stop: int) -> NDArray[np.float64]:
        """Costs for start units start..stop-1: out[a - start, j] = cost of units a..a+j
        (j < window; inf where a + j runs past the last unit)."""
        stop = min(stop, self.n)
        part = self.docs[start : min(self.n, stop + self.window - 1)]
        starts = max(0, stop - start)
        if self.mode != "bg":
            out = _padded(_generic_rows(self, part, starts), min(self.window, len(part)))
        elif max(sum(len(d) for d in part), 3 * len(part)) * self.window > _NUMPY_FROM:
            out = _bg_rows_np(self, part, starts)
        else:
            out = _padded(_bg_rows(self, part, starts), min(self.window, len(part)))
        if self.min_units > 1:
            out[:, : self.min_units - 1] += _SHORT_PENALTY
        return out

    def table(self) -> CostTable:
        block = self.row_block(0, self.n)
        rows = [block[a, : min(self.window, self.n - a)].tolist() for a in range(self.n)]
        return CostTable(n=self.n, window=self.window, rows=rows)

    def segment(self) -> Running:
        """An empty segment to grow unit by unit (for ``join_forced``)."""
        return Running(self)


class Running:
    """One segment's cost, grown a unit at a time (the same sums as the cost rows)."""

    __slots__ = ("acc", "counts", "model", "total")

    def __init__(self, model: CostModel) -> None:
        self.model = model
        self.counts: dict[int, int] = {}
        self.total = 0
        self.acc = 0.0

    def add(self, unit: Sequence[int]) -> None:
        m = self.model
        if m.mode == "bg" and m.mix < 1.0:
            self._add_bg(unit)
            return
        log = math.log
        counts = self.counts
        for w in unit:
            f = counts.get(w, 0)
            t = self.total
            if m.mode == "ui":
                self.acc += (f + 1) * log(f + 2) - (f * log(f + 1) if f else 0.0)
            elif m.mode == "dcm":
                self.acc += log(f + m.mix) - log(t + m.k * m.mix)
            elif t:
                self.acc += log(m.mix * f / t + (1.0 - m.mix) * m.freq[w])
            else:
                self.acc += log(m.freq[w])
            counts[w] = f + 1
            self.total = t + 1

    def _add_bg(self, unit: Sequence[int]) -> None:
        """``add`` in mode "bg": the same sums, a new word's -log(bg) read from a table."""
        m = self.model
        log = math.log
        counts = self.counts
        mix, freq, new = m.mix, m.freq, m.new_word_costs()
        acc, t = self.acc, self.total
        for w in unit:
            f = counts.get(w, 0)
            if not t:
                acc += log(freq[w])
            elif f:
                acc += log(mix * f / t + (1.0 - mix) * freq[w])
            else:
                acc += new[w]
            counts[w] = f + 1
            t += 1
        self.acc, self.total = acc, t

    @property
    def cost(self) -> float:
        if self.model.mode == "ui":
            return self.total * math.log(self.total + self.model.k) - self.acc
        return -self.acc


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
    return CostModel(docs, vocab, window, mix, mode).table()


def _generic_rows(m: CostModel, docs: Sequence[Sequence[int]], starts: int) -> list[list[float]]:
    """Modes "ui" and "dcm" (and "bg", the slow way) for the first ``starts`` units of docs."""
    n = len(docs)
    rows: list[list[float]] = []
    for a in range(min(n, starts)):
        seg = Running(m)
        row: list[float] = []
        for b in range(a, min(n, a + m.window)):
            seg.add(docs[b])
            row.append(seg.cost)
        rows.append(row)
    return rows


def _padded(rows: list[list[float]], width: int) -> NDArray[np.float64]:
    out = np.full((len(rows), width), math.inf)
    for a, row in enumerate(rows):
        out[a, : len(row)] = row
    return out


def _bg_rows_np(m: CostModel, docs: Sequence[Sequence[int]], starts: int) -> NDArray[np.float64]:
    """Mode "bg" vectorised over all tokens, one segment length offset at a time.

    For a token t of unit u and a segment starting at unit a = u - d, the count of its word
    earlier in the segment is (its rank among that word's occurrences) − (occurrences before
    the segment's first token), both read from one sorted array of (word, position) keys.
    S[d][u] sums unit u's token costs for a segment starting d units earlier, and the cost of
    units a..a+L-1 is S[0][a] + S[1][a+1] + … + S[L-1][a+L-1].
    """
    n = len(docs)
    mix = m.mix
    lengths = np.fromiter(map(len, docs), dtype=np.int64, count=n)
    n_tok = int(lengths.sum())
    words = np.fromiter(chain.from_iterable(docs), dtype=np.int64, count=n_tok)
    unit_of = np.repeat(np.arange(n, dtype=np.int64), lengths)
    first_tok = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    freq = m._np_freq
    background = (1.0 - mix) * freq
    stride = n_tok + 1
    positions = np.arange(n_tok, dtype=np.int64)
    keys = words * stride + positions
    # work in (word, position) order: there the queries below come out sorted, which keeps
    # the binary searches cache-friendly
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    w_all = words[order]
    t_all = positions[order]
    u_all = unit_of[order]
    rank_all = np.arange(n_tok, dtype=np.int64)
    width = min(m.window, n)
    cum = np.zeros((width, n))
    running = np.zeros(n)
    with np.errstate(divide="ignore"):
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
    out = cum[:, : min(n, starts)].T.copy()
    past_end = np.arange(out.shape[0])[:, None] + np.arange(width)[None, :] >= n
    out[past_end] = math.inf
    return out


def _bg_rows(m: CostModel, docs: Sequence[Sequence[int]], starts: int) -> list[list[float]]:
    """Mode "bg", the pipeline's hot loop: the same sums as ``Running``, computed with
    list-indexed counts (reset word by word, not reallocated) and the first word of each
    segment's first unit priced without the running model. A word the segment has not used
    yet costs -log(mix·0/N + bg) = -log(bg), the same float, read from a table."""
    n = len(docs)
    mix = m.mix
    log = math.log
    background = [(1.0 - mix) * p for p in m.freq]
    first_cost = [-log(p) if p else 0.0 for p in m.freq]
    if mix >= 1.0:  # no table: log(0) fails as it always did
        return _bg_rows_plain(m, docs, starts)
    new_cost = m.new_word_costs()
    counts = [0] * m.size
    rows: list[list[float]] = []
    window = m.window
    for a in range(min(n, starts)):
        acc = 0.0
        total = 0
        row: list[float] = []
        touched: list[int] = []
        for b in range(a, min(n, a + window)):
            for w in docs[b]:
                f = counts[w]
                if not f:
                    if total:
                        acc -= new_cost[w]  # (the same float as the log below, with f = 0)
                    else:
                        acc += first_cost[w]
                    touched.append(w)
                    counts[w] = 1
                else:
                    acc -= log(mix * f / total + background[w])
                    counts[w] = f + 1
                total += 1
            row.append(acc)
        for w in touched:
            counts[w] = 0
        rows.append(row)
    return rows


def _bg_rows_plain(m: CostModel, docs: Sequence[Sequence[int]], starts: int) -> list[list[float]]:
    """``_bg_rows`` without the table of new-word costs."""
    n = len(docs)
    mix = m.mix
    log = math.log
    background = [(1.0 - mix) * p for p in m.freq]
    first_cost = [-log(p) if p else 0.0 for p in m.freq]
    counts = [0] * m.size
    rows: list[list[float]] = []
    window = m.window
    for a in range(min(n, starts)):
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
    return rows
