"""A margin named by the profit it is of: "Operating profit ... came to 1.21 billion crowns,
giving a margin of 18.8%" is the operating margin, "That adjusted EBITDA gave it a margin of
30.1%" the adjusted EBITDA margin. A later bare margin of the story ("now expects a full-year
margin of around 19%": the full-year operating margin) is the same margin. A margin is only
ever "of" the profit its sentence names before it; one bounded look per margin figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.premodified import PERIOD_NAMING
from reader.figures.surface import surface_at
from reader.model import Figure

# the profit a margin is of: "adjusted EBITDA", "operating profit", "gross profit"
_PROFIT = re.compile(
    r"\b(?P<q>(?:(?:adjusted|underlying|core) )?(?:EBITDA|EBIT)"
    r"|(?:(?:adjusted|underlying) )?(?:operating|gross|pre-tax|net)"
    r"(?= (?:profits?|income|earnings)\b))",
    re.I,
)


def _of_profit(f: Figure) -> str | None:
    """The qualified margin the profit named before the figure in its sentence gives."""
    at = surface_at(f)
    found = list(_PROFIT.finditer(f.sentence, 0, at)) if at > 0 else []
    if not found:
        return None
    q = found[-1].group("q")
    words = [w if w.isupper() else w.lower() for w in q.split()]
    return " ".join([*words, "margin"])


def profit_margins(figures: Sequence[Figure]) -> list[Figure]:
    """Each bare margin named by its sentence's profit, or by the story's last such margin
    before it (module doc); other figures unchanged, order kept."""
    out = list(figures)
    named: str | None = None
    for k in sorted(range(len(out)), key=lambda k: out[k].sentence_index):
        f = out[k]
        words = (f.metric or "").lower().split()
        # (a period before it says which year's margin: "a full-year margin of about 12%")
        if f.kind != "percent" or not words or words[-1] != "margin":
            continue
        if not all(PERIOD_NAMING.match(w) for w in words[:-1]):
            continue
        margin = _of_profit(f) or named
        if margin is not None:
            out[k] = replace(
                f, metric=" ".join([*words[:-1], margin]), measure=f.measure or f.metric
            )
            named = margin
    return out
