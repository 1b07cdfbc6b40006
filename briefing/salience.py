"""Salience: why a story is near the top of the briefing.

score = 3 * headline money figures (money with a metric or a change, max 3)
      + 2 * (sources covering it - 1)      (duplicates merged + related stories in its group)
      + 1.5 * position bonus                (earlier in the input = editor's order, 1 → 0)
      + 1 * length bonus                    (min(words / 400, 1))
Each part is kept so the briefing can show a compact why-line.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import Story


@dataclass(frozen=True, slots=True)
class Salience:
    score: float
    money: int
    sources: int
    position: float
    length: float

    def why(self) -> str:
        return (
            f"score {self.score:.1f}: {self.money} headline figure(s), "
            f"{self.sources} source(s), position {self.position:.2f}, length {self.length:.2f}"
        )


def salience(story: Story, index: int, total: int, coverage: int) -> Salience:
    figures = story.figures or []
    money = min(3, sum(1 for f in figures if f.kind == "money" and (f.metric or f.change)))
    position = 1.0 - index / total if total > 1 else 1.0
    length = min(story.words / 400.0, 1.0)
    sources = max(coverage, 1)
    score = 3.0 * money + 2.0 * (sources - 1) + 1.5 * position + length
    return Salience(round(score, 4), money, sources, round(position, 4), round(length, 4))
