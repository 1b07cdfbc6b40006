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

import math
from collections.abc import Sequence

# the shortest story a short-story cost allows (``cut_by_odds``): a lede and one more paragraph
SHORT_STORY = 2


def cut_by_odds(
    log_odds: Sequence[float], shortest: int, short_cost: float = math.inf
) -> list[int]:
    """Indices i where a story starts, maximising the sum of ``log_odds[i]`` over the cuts,
    every story at least ``shortest`` units long, or two units long at ``short_cost`` each (a
    brief of a lede and one more paragraph: taken only where its cut's odds pay for it; inf:
    never). A run too short for two stories stays whole; ties keep fewer cuts. ``log_odds[0]``
    is unused. Linear: the best cut before each point is carried forward, and a short story
    looks back at most ``shortest`` units."""
    n = len(log_odds)
    step = max(1, shortest)
    least = min(step, SHORT_STORY) if short_cost < math.inf else step
    if n < 2 * least:
        return []
    neg = float("-inf")
    # best[j]: the highest sum over cut sets of units [0, j) whose stories are all long enough
    # (or short at their cost); back[j]: where the last of those stories starts (0: no cut)
    best = [neg] * (n + 1)
    back = [0] * (n + 1)
    top, top_at = neg, 0  # the best best[i] + log_odds[i] over cuts i <= j - step
    for j in range(least, n + 1):
        i = j - step
        if i >= least and best[i] > neg and best[i] + log_odds[i] > top:
            top, top_at = best[i] + log_odds[i], i
        # no cut before j: one story [0, j), short at its cost unless it is the whole run
        whole = 0.0 if j >= step or j == n else -short_cost
        value, at = (top, top_at) if top > whole else (whole, 0)
        for i in range(max(least, j - step + 1), j - least + 1):
            if best[i] > neg and best[i] + log_odds[i] - short_cost > value:
                value, at = best[i] + log_odds[i] - short_cost, i
        best[j], back[j] = value, at
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
