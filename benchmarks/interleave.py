"""Interleaved measurement: baseline and candidates take turns, and ratios are paired per round.

On a shared, noisy machine a burst of load slows whatever runs during it. Running every
baseline first and every candidate after lets that burst land on one side only; taking turns
(with the order alternating each round) spreads it over both, and the per-round ratio
candidate / baseline cancels what the round had in common. Every benchmark here reports
min / median / max of those ratios, never a single best run.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Measure = Callable[[], float]


@dataclass
class Series:
    """Seconds (or any cost) per round for one contender."""

    name: str
    values: list[float] = field(default_factory=list)

    def summary(self, scale: float = 1000.0, unit: str = "ms") -> str:
        v = [x * scale for x in self.values]
        return (
            f"{self.name:<34} min {min(v):9.2f}  median {statistics.median(v):9.2f}"
            f"  max {max(v):9.2f} {unit}"
        )


def interleave(contenders: Sequence[tuple[str, Measure]], rounds: int) -> list[Series]:
    """Run each contender once per round, alternating the order every round."""
    series = [Series(name) for name, _ in contenders]
    order = list(range(len(contenders)))
    for r in range(max(1, rounds)):
        turn = order if r % 2 == 0 else order[::-1]
        for k in turn:
            series[k].values.append(contenders[k][1]())
    return series


def ratios(candidate: Series, baseline: Series) -> list[float]:
    return [c / b for c, b in zip(candidate.values, baseline.values, strict=True) if b > 0]


def ratio_line(candidate: Series, baseline: Series, target: str = "") -> str:
    r = ratios(candidate, baseline)
    if not r:
        return f"{candidate.name} / {baseline.name}: no ratio"
    text = (
        f"{candidate.name} / {baseline.name}: min {min(r):.2f}x  median "
        f"{statistics.median(r):.2f}x  max {max(r):.2f}x"
    )
    return f"{text}  ({target})" if target else text


def report(series: Sequence[Series], baseline: int = 0, targets: Sequence[str] = ()) -> str:
    """The per-contender lines and each candidate's ratio against series[baseline]."""
    lines = [s.summary() for s in series]
    extra = iter(targets)
    for k, s in enumerate(series):
        if k != baseline:
            lines.append(ratio_line(s, series[baseline], next(extra, "")))
    return "\n".join(lines)
