"""Coverage of one company's results: the looser of the briefing's two levels of grouping.

Level one is the event (related.py): stories that share rare names and alike content, or the
same distinctive figure. Level two joins events that are one subject's same kind of news:
both stories are led by the same name (``main_subject``) and both report that name's
results (kinds.py). Reports of one
results release from different outlets, the reactions to it and pieces on its segments pick
different words and figures, so they often miss level one; level two puts them in one item.
When both stories carry a publication date they must be within ``RESULTS_WINDOW`` hours of
each other (the same company's results a quarter or a year earlier are another release);
without dates nothing can tell two releases apart, and they are one subject's results
coverage. A name that leads more than ``SUBJECT_MAX`` results stories links none of them.
The item's summary and key figures come from its level-one event only: a group's summary
never mixes stories that are not about the same thing. Measured with
``python -m reader.eval grouping --coverage``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefing.kinds import RESULTS, news_kind
from briefing.related import MAX_GROUP, SUBJECT_MAX, moment
from reader.model import Story

__all__ = ["RESULTS_WINDOW", "coverage_links", "merge_groups"]

# hours: a results release and its reactions come within a week
RESULTS_WINDOW = 168.0


def coverage_links(
    stories: Sequence[Story], subjects: Sequence[str | None]
) -> set[tuple[int, int]]:
    """Pairs of stories (a < b) that are one subject's results coverage (module docstring)."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, (story, subject) in enumerate(zip(stories, subjects, strict=True)):
        if subject and news_kind(story, subject) == RESULTS:
            index[subject.lower()].append(i)
    pairs: set[tuple[int, int]] = set()
    for posting in index.values():
        if not 1 < len(posting) <= SUBJECT_MAX:
            continue
        for k, a in enumerate(posting):
            for b in posting[k + 1 :]:
                if _same_window(stories[a], stories[b]):
                    pairs.add((a, b))
    return pairs


def _same_window(a: Story, b: Story) -> bool:
    if not (a.published and a.date and b.published and b.date):
        return True
    return abs(moment(a.date) - moment(b.date)) <= RESULTS_WINDOW


def merge_groups(groups: Sequence[Sequence[int]], links: set[tuple[int, int]]) -> list[list[int]]:
    """Event groups joined by ``links`` (a linked pair joins its two groups, first links
    first, while the result holds at most ``MAX_GROUP`` stories): sorted lists of indices,
    ordered by first index."""
    owner: dict[int, int] = {}
    member: dict[int, list[int]] = {}
    for g in groups:
        root = min(g)
        member[root] = sorted(g)
        for i in g:
            owner[i] = root
    for a, b in sorted(links):
        ra, rb = owner[a], owner[b]
        if ra == rb or len(member[ra]) + len(member[rb]) > MAX_GROUP:
            continue
        root, child = min(ra, rb), max(ra, rb)
        for x in member[child]:
            owner[x] = root
        member[root] = sorted(member[root] + member.pop(child))
    return sorted(member.values(), key=lambda g: g[0])
