"""The article-body metric of the ScrapingHub article-extraction benchmark (4-token shingles).

Each text is cut into ``\\w+`` tokens (case kept) and the multiset of its 4-token shingles (a text
of 1-3 tokens gives one shorter shingle); per page tp/fp/fn are the shingle counts matched / only
in the result / only in the truth, divided by their sum. Precision is the mean over pages whose
result has any shingle, recall over pages whose truth has any, F1 their harmonic mean; "F1/page"
is the plain mean of each page's own F1. The same figures as ``pages/score.py`` of the eval data.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

WORD = re.compile(r"\w+")
N = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = WORD.findall(text or "")
    if not toks:
        return Counter()
    if len(toks) < N:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + N]) for i in range(len(toks) - N + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's shingle shares: matched, only in the result, only in the truth."""

    tp: float
    fp: float
    fn: float

    @property
    def p(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def score_page(truth: str, result: str) -> PageScore:
    t, r = shingles(truth), shingles(result)
    both = sum((t & r).values())
    only_r = sum((r - t).values())
    only_t = sum((t - r).values())
    total = both + only_r + only_t
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(both / total, only_r / total, only_t / total)


@dataclass(frozen=True, slots=True)
class Summary:
    pages: int
    precision: float
    recall: float
    f1_page: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def summarise(rows: Iterable[PageScore]) -> Summary:
    """Mean precision (pages with any result), recall (pages with any truth), F1/page."""
    items = list(rows)
    ps = [v.p for v in items if v.tp + v.fp > 0]
    rs = [v.r for v in items if v.tp + v.fn > 0]
    return Summary(
        pages=len(items),
        precision=sum(ps) / len(ps) if ps else 0.0,
        recall=sum(rs) / len(rs) if rs else 0.0,
        f1_page=sum(v.f1 for v in items) / max(1, len(items)),
    )
