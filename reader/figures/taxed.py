"""A profit measured before or after tax says so: "Profit after tax for the quarter rose to
€312 million" is profit after tax, "earned $246 million before tax" earnings before tax.

A figure whose metric is a profit, earnings, income or a loss keeps the basis its own words
give: "before tax" / "after tax" (or "before interest and tax") written right after the
measure's word before the figure, or right after the figure. A metric that already names a
basis ("pre-tax profit", "net income") is left as it is, and so is one of four words or more.
A sum with no metric a firm kept or made after tax is its net profit (before tax, its pre-tax
profit): "It kept ₹186 crore after tax".
One bounded look per figure, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_BASED = frozenset(["profit", "profits", "earnings", "income", "loss", "losses", "surplus"])
_BASIS = r"(?P<basis>(?:before|after) (?:interest(?:,| and) )?(?:tax|taxes|taxation))\b"
_AFTER_FIGURE = re.compile(r" " + _BASIS)
_NAMED = re.compile(r"\b(?:tax|taxes|net|pre-tax|pretax|post-tax|gross)\b", re.I)
_MAX_WORDS = 4


def taxed_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each profit-like figure with the tax basis its words give in its metric (module doc);
    other figures unchanged, order kept."""
    return [_taxed(f) or f for f in figures]


# a sum with no measure of its own that a firm kept or made after tax is its net profit ("It
# kept ₹186 crore after tax"); before tax, its pre-tax profit
_KEPT = re.compile(
    r"\b(?:kept|keeps|made|makes|earned|earns|netted|nets|cleared|clears)"
    r"(?: about| around| some| nearly| almost| more than| just| only)? $",
    re.I,
)
_BARE_BASIS = {"after": "net profit", "before": "pre-tax profit"}


def _bare_taxed(f: Figure) -> Figure | None:
    """A money figure with no metric, made or kept before or after tax (``_KEPT``)."""
    at = surface_at(f)
    m = _AFTER_FIGURE.match(f.sentence, at + len(f.surface)) if at > 0 else None
    if m is None or "interest" in m.group("basis") or not _KEPT.search(f.sentence, 0, at):
        return None
    metric = _BARE_BASIS[m.group("basis").split()[0]]
    return replace(f, metric=metric)


def _taxed(f: Figure) -> Figure | None:
    if f.kind == "money" and not f.metric:
        return _bare_taxed(f)
    if f.kind != "money" or not f.metric:
        return None
    words = f.metric.lower().split()
    if words[-1] not in _BASED or len(words) >= _MAX_WORDS or _NAMED.search(f.metric):
        return None
    at = surface_at(f)
    if at < 0:
        return None
    m = _AFTER_FIGURE.match(f.sentence, at + len(f.surface))
    if m is None:
        written = re.compile(rf"\b{re.escape(words[-1])} {_BASIS}", re.I)
        m = None
        for hit in written.finditer(f.sentence, max(0, at - 120), at):
            m = hit  # the last written before the figure
    if m is None:
        return None
    basis = " ".join(m.group("basis").lower().replace(",", "").split())
    return replace(f, metric=f"{f.metric} {basis}", measure=f.measure or f.metric)
