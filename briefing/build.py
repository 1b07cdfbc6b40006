"""Assemble the briefing content (plain data, unescaped) from stories.

Steps: group related stories (related.py), score each group by its best story's salience
(salience.py), take the top N groups as top stories / related sections, list the rest in one
line each, and build the figures table. All orderings are stable sorts with index tie-breaks,
so the same input and date always give the same briefing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from briefing.combine import combined_summary
from briefing.figures_table import FigureRow, figure_rows
from briefing.related import dedupe_sentences, group_stories
from briefing.salience import Salience, salience
from reader.model import Story


@dataclass(slots=True)
class Coverage:
    """One story of an item: its anchor (S1, S1a…), title and every place it was found."""

    anchor: str
    title: str
    sources: list[str]
    generated: bool = False


@dataclass(slots=True)
class Item:
    number: int
    title: str
    sources: list[str]
    summary: list[str]
    figures: list[str]
    why: str
    related_titles: list[str] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)


@dataclass(slots=True)
class Briefing:
    date: str
    story_count: int
    source_count: int
    top: list[Item]
    also: list[Item]
    figures: list[FigureRow]

    def to_json(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def _source_names(story: Story) -> list[str]:
    """file:lines per source; a story with an address (feed item, web page) cites it instead."""
    names = [story.url] if story.url else []
    for s in story.sources:
        if "://" in s.path:
            if s.path not in names and not story.url:
                names.append(s.path)
        else:
            names.append(f"{os.path.basename(s.path)}:{s.first_line}-{s.last_line}")
    return names


def _fig_text(group: list[Story], limit: int = 3) -> list[str]:
    """The group's top callouts, lead story first, one per value (no fact twice)."""
    from reader.figures import callouts, format_figure

    out: list[str] = []
    seen: set[tuple[str, float]] = set()
    for story in group:
        for f in callouts(story.figures, limit):
            key = (f.unit or "", round(f.value, 6))
            if key in seen:
                continue
            seen.add(key)
            out.append(format_figure(f))
    return out[:limit]


def _letters(k: int) -> str:
    """0 → a, 25 → z, 26 → aa: anchors stay unique in groups of any size."""
    out = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        out = chr(97 + r) + out
    return out


def build_briefing(stories: list[Story], date: str, top: int = 5) -> Briefing:
    total = len(stories)
    groups = group_stories(stories)
    scored: list[tuple[float, int, list[int], Salience]] = []
    for g in groups:
        sals = [
            (salience(stories[i], i, total, len(g) + len(stories[i].sources) - 1), i) for i in g
        ]
        best_sal, best_i = max(sals, key=lambda p: (p[0].score, -p[1]))
        scored.append((best_sal.score, best_i, g, best_sal))
    scored.sort(key=lambda t: (-t[0], t[1]))
    top_items: list[Item] = []
    also: list[Item] = []
    numbered: list[tuple[int, str, Story]] = []
    for number, (_score, lead, g, sal) in enumerate(scored, start=1):
        ordered = [lead] + [i for i in g if i != lead]
        lead_story = stories[lead]
        sources = [src for i in ordered for src in _source_names(stories[i])]
        coverage: list[Coverage] = []
        for k, i in enumerate(ordered):
            # story anchor: "S1" for a lone story, "S1a", "S1b"… inside a related group
            anchor = f"S{number}" if len(ordered) == 1 else f"S{number}{_letters(k)}"
            numbered.append((number, anchor, stories[i]))
            coverage.append(
                Coverage(
                    anchor,
                    stories[i].title,
                    _source_names(stories[i]),
                    stories[i].title_generated,
                )
            )
        if len(ordered) == 1:
            summary = dedupe_sentences((lead_story.summary or [])[:3])
        else:
            summary = combined_summary([stories[i] for i in ordered])
        item = Item(
            number=number,
            title=lead_story.title,
            sources=sources,
            summary=summary,
            figures=_fig_text([stories[i] for i in ordered]),
            why=sal.why(),
            related_titles=[stories[i].title for i in ordered[1:]],
            coverage=coverage,
        )
        (top_items if len(top_items) < top else also).append(item)
    paths = {s.path for st in stories for s in st.sources}
    rows = figure_rows([(a, s) for n, a, s in numbered if n <= len(top_items)])
    return Briefing(date, total, len(paths), top_items, also, rows)
