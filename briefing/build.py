"""Assemble the briefing content (plain data, unescaped) from stories.

Steps: group stories about the same event (related.py), score each group by its best story's
salience (salience.py), let items led by the same name join the first one's related coverage
(shown beside it, never in its summary), take the top N as top stories, list the rest on one
line, and
build the figures table whose every row links to its story's heading. All orderings are
stable sorts with index tie-breaks, so the same input and date always give the same briefing.
Then the briefing is fitted to its word budget (budget.py).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from typing import Any

from briefing.anchors import Slugger
from briefing.combine import combined_summary
from briefing.coverage import coverage_links, merge_groups
from briefing.figures_table import FigureRow, figure_rows
from briefing.periods import figure_period
from briefing.related import dedupe_sentences, group_stories, main_subject, same_subject
from briefing.salience import Salience, salience
from reader.model import Figure, Source, Story

# headings a template puts before the stories: their slugs are taken first
HEADINGS_BEFORE = ["Top stories"]


@dataclass(slots=True)
class SourceRef:
    """Where a story is: "file.txt:12-40" (plus "+2 copies"), or its URL."""

    label: str
    url: str = ""


@dataclass(slots=True)
class KeyFigure:
    text: str  # "$34.81B revenue, +5% YoY (Alibaba)"
    period: str  # "fiscal second quarter", "" when the story names none
    surface: str
    metric: str
    subject: str


@dataclass(slots=True)
class StoryRef:
    """One story of an item (an item is a group of stories about one event)."""

    id: str
    title: str
    title_generated: bool
    date: str
    sources: list[SourceRef]


@dataclass(slots=True)
class Item:
    number: int
    title: str
    anchor: str  # the heading's slug: link to it as "#anchor"
    date: str  # YYYY-MM-DD of its lead story
    summary: list[str]
    figures: list[KeyFigure]
    sources: list[SourceRef]
    why: str
    score: float
    stories: list[StoryRef] = field(default_factory=list)
    subject: str = ""  # the name its related coverage shares
    related: list[StoryRef] = field(default_factory=list)  # other items on that name
    # other reports of the same subject's results (coverage.py): in ``stories`` too, never
    # in the summary or key figures, which come from the lead's event only
    coverage: list[StoryRef] = field(default_factory=list)


@dataclass(slots=True)
class AlsoItem:
    title: str
    date: str
    source: SourceRef
    figure: str = ""
    stories: int = 1


@dataclass(slots=True)
class Briefing:
    date: str
    story_count: int
    source_count: int
    first_date: str
    last_date: str
    top: list[Item]
    also: list[AlsoItem]
    figures: list[FigureRow]
    explain: bool = False
    word_budget: int = 0
    also_more: int = 0  # "Also in the news" items left out for the word budget

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _is_url(path: str) -> bool:
    return path.startswith(("http://", "https://")) and not any(c in path for c in " <>\"'`")


def source_ref(story: Story) -> SourceRef:
    first: Source = story.sources[0]
    copies = len(story.sources) - 1
    more = f" (+{copies} cop{'y' if copies == 1 else 'ies'})" if copies else ""
    if story.url and _is_url(story.url):  # a feed item or web page cites its address
        return SourceRef(story.url + more, story.url)
    if _is_url(first.path):
        return SourceRef(first.path + more, first.path)
    return SourceRef(f"{os.path.basename(first.path)}:{first.first_line}-{first.last_line}{more}")


def _day(story: Story) -> str:
    return (story.date or "")[:10]


def _key_figures(group: list[Story], limit: int = 3, periods: bool = True) -> list[KeyFigure]:
    """The group's top callouts, lead story first, one per value (no fact twice)."""
    from reader.figures import callouts, format_figure

    out: list[KeyFigure] = []
    seen: set[tuple[str, float]] = set()
    for story in group:
        for f in callouts(story.figures, limit):
            key = (f.unit or "", round(f.value, 6))
            if key in seen:
                continue
            seen.add(key)
            out.append(_key_figure(f, story, format_figure(f), periods))
    return out[:limit]


def _key_figure(f: Figure, story: Story, text: str, period: bool) -> KeyFigure:
    when = figure_period(f, story) if period else ""
    return KeyFigure(text, when, f.surface, f.metric or "", f.subject or "")


def _scored(
    stories: list[Story], groups: list[list[int]]
) -> list[tuple[float, int, list[int], Salience]]:
    total = len(stories)
    scored: list[tuple[float, int, list[int], Salience]] = []
    for g in groups:
        sals = [
            (salience(stories[i], i, total, len(g) + len(stories[i].sources) - 1), i) for i in g
        ]
        best_sal, best_i = max(sals, key=lambda p: (p[0].score, -p[1]))
        scored.append((best_sal.score, best_i, g, best_sal))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return scored


def _ref(s: Story) -> StoryRef:
    return StoryRef(s.id, s.title, s.title_generated, _day(s), [source_ref(s)])


def _attach_related(
    scored: list[tuple[float, int, list[int], Salience]],
    stories: list[Story],
    subjects: list[str | None],
) -> tuple[list[tuple[float, int, list[int], Salience]], dict[int, list[int]]]:
    """Items led by the same name join the most salient one's related coverage."""
    absorbed: dict[int, list[int]] = {}
    gone: set[int] = set()
    leads = [t[1] for t in scored]
    for positions in same_subject([stories[i] for i in leads], [subjects[i] for i in leads]):
        head, *rest = positions
        absorbed[scored[head][1]] = [i for k in rest for i in scored[k][2]]
        gone.update(rest)
    return [t for k, t in enumerate(scored) if k not in gone], absorbed


def _item(number: int, group: list[Story], sal: Salience, anchor: str, others: list[Story]) -> Item:
    """An item from its lead's event ``group`` (lead first) and ``others``: the rest of its
    results coverage, listed with it but kept out of its summary and key figures."""
    lead = group[0]
    if len(group) == 1:
        summary = dedupe_sentences((lead.summary or [])[:3])
    else:
        summary = combined_summary(group, limit=3)
    refs = [_ref(s) for s in group]
    return Item(
        number=number,
        title=lead.title,
        anchor=anchor,
        date=_day(lead),
        summary=summary,
        figures=_key_figures(group),
        sources=[source_ref(s) for s in group],
        why=sal.why(),
        score=sal.score,
        stories=refs + [_ref(s) for s in others],
        coverage=[_ref(s) for s in others],
    )


def top_count(groups: int, top: int) -> int:
    """``top`` stories, but always leave one for "Also in the news" when there are two."""
    return max(1, min(top, groups - 1)) if groups > 1 else 1


def build_briefing(
    stories: list[Story], date: str, top: int = 5, *, explain: bool = False
) -> Briefing:
    subjects = [main_subject(s) for s in stories]  # asked once: grouping and related both use it
    events = group_stories(stories, subjects=subjects)
    groups = merge_groups(events, coverage_links(stories, subjects))
    event_of = {i: g for g in events for i in g}
    scored, related = _attach_related(_scored(stories, groups), stories, subjects)
    n_top = top_count(len(scored), top)
    slugs = Slugger(HEADINGS_BEFORE)
    top_items: list[Item] = []
    also: list[AlsoItem] = []
    table_input: list[tuple[str, str, Story]] = []
    for number, (_score, lead, g, sal) in enumerate(scored, start=1):
        group = [stories[lead]] + [stories[i] for i in g if i != lead]
        if len(top_items) < n_top:
            event = [stories[lead]] + [stories[i] for i in event_of[lead] if i != lead]
            others = [stories[i] for i in g if i not in event_of[lead]]
            item = _item(number, event, sal, slugs.unique(stories[lead].title), others)
            more = [stories[i] for i in related.get(lead, [])]
            if others or more:
                item.subject = subjects[lead] or ""
            if more:
                item.related = [_ref(s) for s in more]
            top_items.append(item)
            table_input.extend((item.anchor, item.title, s) for s in group + more)
        else:
            group += [stories[i] for i in related.get(lead, [])]
            figs = _key_figures(group, 1, periods=False)
            also.append(
                AlsoItem(
                    group[0].title,
                    _day(group[0]),
                    source_ref(group[0]),
                    figs[0].text if figs else "",
                    len(group),
                )
            )
    paths = {s.path for st in stories for s in st.sources}
    days = sorted(d for d in (_day(s) for s in stories) if d)
    return Briefing(
        date=date,
        story_count=len(stories),
        source_count=len(paths),
        first_date=days[0] if days else "",
        last_date=days[-1] if days else "",
        top=top_items,
        also=also,
        figures=figure_rows(table_input),
        explain=explain,
    )
