"""Decoding the boundary scorer alone, for files of short paragraphs.

In a file of one-sentence paragraphs the lexical segmentation search (``reader.story.segment``)
has little to go on: two short items share few words whether or not they are one story, and
its per-boundary price, set for full articles, asks for a near-certain cue before it cuts
(a 3 + 3 paragraph pair needed p ≈ 0.95). The scorer's features already hold lexical cohesion,
so there the stories are read off its log-odds directly: the cuts whose log-odds sum highest,
with every story at least ``shortest`` paragraphs long (a pasted item is a lede and a few
facts). Whether a file is decoded so, the shortest story and the log-odds shift are chosen by
the boundary trainer on generated short files (``Weights.short_min``, ``short_from``,
``short_shift``; ``boundary_decoding.choose_short_decoding``).
"""

from __future__ import annotations

from collections.abc import Sequence


def cut_by_odds(log_odds: Sequence[float], shortest: int) -> list[int]:
    """Indices i (``shortest`` <= i <= n - ``shortest``) where a story starts, maximising the
    sum of ``log_odds[i]`` over the cuts, every story at least ``shortest`` units long (a run
    too short for two stories stays whole; ties keep fewer cuts). ``log_odds[0]`` is unused.
    Linear: the best cut before each point is carried forward."""
    n = len(log_odds)
    step = max(1, shortest)
    if n < 2 * step:
        return []
    neg = float("-inf")
    # best[j]: the highest sum over cut sets of units [0, j) whose stories are all long enough
    best = [neg] * (n + 1)
    back = [0] * (n + 1)
    top, top_at = neg, 0  # the best best[i] + log_odds[i] over cuts i <= j - step
    for j in range(step, n + 1):
        i = j - step
        if i >= step and best[i] > neg and best[i] + log_odds[i] > top:
            top, top_at = best[i] + log_odds[i], i
        best[j], back[j] = (top, top_at) if top > 0.0 else (0.0, 0)
    cuts: list[int] = []
    j = n
    while back[j]:
        j = back[j]
        cuts.append(j)
    return sorted(cuts)


def marked_starts(marks: Sequence[float], log_odds: Sequence[float], marked: float) -> set[int]:
    """Indices i >= 1 where the page marks a start (a paragraph's furniture cue ``marks[i]`` at
    least ``marked``: a heading, a stamp or a byline over it) and the odds favour one: in a file
    judged to hold several articles these open a story however short the one before (a brief of
    one or two paragraphs under its own heading)."""
    return {i for i in range(1, len(marks)) if marks[i] >= marked and log_odds[i] > 0.0}
