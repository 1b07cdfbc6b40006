"""One summary for a group of related stories: its most informative points, each fact once.

Candidates are the stories' own summary sentences, taken round-robin (every story's leading
point, then their second points, …) so each source is heard. Near-duplicate sentences go
(``dedupe_sentences``), and so does a sentence whose key figures were all already given by a
chosen one: "revenue rose 5% to $34.81 billion" is one fact however many stories report it.
The chosen sentences are the ones carrying figures and names before those that carry
neither (an opening hook or a question), and are shown in round-robin order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.related import dedupe_sentences
from reader.model import Story

_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w&'’-]*[A-Za-z]")
_DIGIT = re.compile(r"\d")


def _facts(story: Story) -> dict[str, set[tuple[str, float]]]:
    """Sentence text -> the figures it gives, as (kind, value)."""
    facts: dict[str, set[tuple[str, float]]] = {}
    for f in story.figures or []:
        if f.sentence:
            facts.setdefault(" ".join(f.sentence.split()), set()).add((f.kind, round(f.value, 6)))
    return facts


def _weight(sentence: str, figures: set[tuple[str, float]]) -> float:
    words = sentence.split()
    weight = 2.0 * min(len(figures), 2) + 0.5 * min(len(_NAME.findall(sentence)), 4)
    if not figures and _DIGIT.search(sentence):
        weight += 0.5
    if sentence.rstrip().endswith("?") or len(words) < 8:
        weight -= 2.0
    return weight


def combined_summary(stories: Sequence[Story], limit: int = 4) -> list[str]:
    """At most ``limit`` sentences from the group's summaries (see the module docstring)."""
    facts: dict[str, set[tuple[str, float]]] = {}
    for story in stories:
        facts.update(_facts(story))
    rounds = [s for k in range(3) for story in stories for s in (story.summary or [])[k : k + 1]]
    candidates = dedupe_sentences(rounds)
    figures_of = [facts.get(" ".join(s.split()), set()) for s in candidates]
    given: set[tuple[str, float]] = set()
    kept: list[tuple[int, str]] = []
    ranked = sorted(
        range(len(candidates)), key=lambda k: (-_weight(candidates[k], figures_of[k]), k)
    )
    for position in ranked:
        if len(kept) >= limit:
            break
        sentence, figures = candidates[position], figures_of[position]
        if figures and figures <= given:
            continue  # every figure in it is already given
        given |= figures
        kept.append((position, sentence))
    return [s for _, s in sorted(kept)]
