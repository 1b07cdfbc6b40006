"""A watcher's forecast for a firm's measure is the firm's figure: "The note also trims
Harcourt's forecast for group revenue in 2027 to £14.2bn", "Marta Ruiz at Banca Lario ... kept
her forecast for full-year operating profit at €5.2bn", "analysts raised their forecast for the
company's full-year revenue to 7.4 billion crowns" - the broker or analyst made the forecast
(its status says so), the figure measures the story's firm. A forecast for an economy's or a
market's measure ("her forecast for UK growth", "their forecast for house prices") and a price
target (the broker's own call) keep their owner; so does "its forecast", the firm's own or a
rival's guidance."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.figures.clause_split import clause_begin
from reader.figures.surface import surface_at
from reader.model import Figure

# "her forecast for", "Harcourt's estimates of", "their projection for" and the measure after
_FORECAST_FOR = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|([A-Z][\w&-]*)['\u2019]s) "
    r"(?:(?:revenue|profit|earnings|sales) )?(?:forecasts?|estimates?|projections?) (?:for|of) "
    r"((?:the (?:company|group|firm)['\u2019]s )?(?:[a-z][\w-]* ){1,5}?)"
    r"(?:in \d{4} |this year |next year |for \d{4} )?(?:to|at|of|by) "
    r"(?:[^,;]*? from )?(?:about |roughly |around )?$"  # and the base: "to £14.2bn from £14.9bn"
)
# measures of an economy, a market or a stock, not of a firm
_NOT_FIRMS = frozenset(
    ["growth", "inflation", "rates", "rate", "prices", "price", "unemployment", "gdp", "output",
     "demand", "target", "shares", "stock", "yields", "yield", "economy", "market", "rating"]
)  # fmt: skip


def forecast_owners(
    figures: Sequence[Figure], main: str | None, owner: Callable[[], str | None]
) -> list[Figure]:
    """Give each figure a watcher's forecast for a firm's measure sets the story's firm (module
    doc): ``main``, else the name ``owner()`` finds most written (asked only when needed), when
    it is not the watcher; the others unchanged."""
    out: list[Figure] = []
    firm, asked = main, main is not None
    for f in figures:
        watcher = _watcher(f)
        if watcher is not None and not asked:
            firm, asked = owner(), True
        if (
            watcher is not None
            and firm is not None
            and f.subject != firm
            and not {watcher, *(f.subject or "").split()} & set(firm.split())
        ):
            f = replace(f, subject=firm)
        out.append(f)
    return out


def _watcher(f: Figure) -> str | None:
    """Who made the forecast for a firm's measure the figure gives (its name, or "" for a
    pronoun), else None."""
    text = f.sentence
    start = surface_at(f, text)
    if start < 0 or not any(w in text for w in ("forecast", "estimate", "projection")):
        return None
    m = _FORECAST_FOR.search(text, clause_begin(text, start), start)
    if m is None or _NOT_FIRMS & set(m.group(2).split()):
        return None
    # "Veridane's forecast for revenue" in Veridane's story: its own guidance, kept above
    return m.group(1) or ""
