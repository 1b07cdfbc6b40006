"""Fit a briefing to a word budget: a morning read, not the whole library.

Words are counted in the rendered Markdown (tokens holding a letter or digit). Cuts, in
order, until it fits: "Also in the news" items down to five (the least salient first; "and N
more" says how many), figure-table rows beyond four per top story, the third summary point of
each top story, table rows beyond two per story, the last "also" items, then whole top stories
from the bottom (always keeping one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from briefing.build import Briefing

_WORD = re.compile(r"\S*\w\S*")
Render = Callable[[Briefing], str]


def count_words(text: str) -> int:
    return len(_WORD.findall(text.replace("|", " ")))


def _with_also(b: Briefing, keep: int) -> Briefing:
    total = len(b.also) + b.also_more
    return replace(b, also=b.also[:keep], also_more=total - min(keep, len(b.also)))


def _rows_per_item(b: Briefing, limit: int) -> Briefing:
    kept: dict[str, int] = {}
    rows = []
    for row in b.figures:
        kept[row.anchor] = kept.get(row.anchor, 0) + 1
        if kept[row.anchor] <= limit:
            rows.append(row)
    return replace(b, figures=rows)


def _most_also(b: Briefing, render: Render, budget: int, least: int) -> Briefing:
    """As many "also" items as fit (at least ``least``): the words of the rest of the
    briefing come from one render, each item's from its own text, then one render checks."""
    keep = len(b.also)
    if keep > least:
        base = count_words(render(_with_also(b, 0)))
        room = budget - base
        sizes = [count_words(f"{a.title} {a.figure}") for a in b.also]
        keep, used = 0, 0
        while keep < len(sizes) and used + sizes[keep] <= room:
            used += sizes[keep]
            keep += 1
        keep = max(keep, min(least, len(b.also)))
    fitted = _with_also(b, keep)
    while keep > least and count_words(render(fitted)) > budget:
        keep -= 1  # a template that shows more per item than its title and figure
        fitted = _with_also(b, keep)
    return fitted


def fit(briefing: Briefing, render: Render, budget: int) -> Briefing:
    """The briefing cut to ``budget`` words (see the module docstring); ``budget`` ≤ 0: as is."""
    b = replace(briefing, word_budget=max(budget, 0))
    if budget <= 0:
        return b
    steps: list[Callable[[Briefing], Briefing]] = [
        lambda x: _most_also(x, render, budget, 5),
        lambda x: _rows_per_item(x, 4),
        lambda x: replace(x, top=[replace(i, summary=i.summary[:2]) for i in x.top]),
        lambda x: _rows_per_item(x, 2),
        lambda x: _most_also(x, render, budget, 0),
    ]
    for step in steps:
        if count_words(render(b)) <= budget:
            return b
        b = step(b)
    while len(b.top) > 1 and count_words(render(b)) > budget:
        gone = b.top[-1].anchor
        b = replace(b, top=b.top[:-1], figures=[r for r in b.figures if r.anchor != gone])
    return b
