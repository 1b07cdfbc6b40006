"""Two ratios a percentage of a sum names by the words around it:

- the wages-to-turnover ratio: "the club spent 58% of its turnover on salaries", "spent 116%
  of its revenue on pay", "keep the wage bill at or below 60% of turnover" (wages, salaries,
  pay and the wage bill are one class: what staff are paid);
- cash held: "It had A$265 million in cash and no debt" (a sum a firm has, holds or sits on
  "in cash" is its cash, not the debt named after it);
- a sum's share of a whole, written after it: "Prizes came to C$980 million, or 50.5% of
  sales" (prizes share of sales), "The club's wage bill climbed to £92m, or 78% of revenue"
  (wage bill share of revenue: dev rounds label this form both "share of turnover" and "wages
  to revenue", so it keeps the plain share's words): the percentage measures the sum's
  measure against the whole its "of" names; not "of what", nor a sum of two-word measure.

One bounded look per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_PAY = r"(?:salaries|wages|pay|player wages|players' wages|staff costs|the wage bill|wage bill)"
_BASE = r"(?P<base>turnover|revenue|revenues|income|sales)"
# "spent 58% of its turnover on salaries": the figure, then its "of" and "on"
_SPENT_AFTER = re.compile(
    r"^ of (?:its |their |the club's |the )?" + _BASE + r" on (?:(?:its|their) )?" + _PAY + r"\b",
    re.I,
)
_SPENT_BEFORE = re.compile(
    r"\b(?:spent|spends|spend|spending|paid|pays)(?: about| around| almost| nearly| more than| just| some)? $",
    re.I,
)
# "keep the wage bill at or below 60% of turnover": the pay word before, its "of" after
_PAY_BEFORE = re.compile(r"\b(?:wage bill|wages|salaries|staff costs)\b[^.;\d]{0,30}$", re.I)
_OF_BASE = re.compile(r"^ of (?:its |their |the club's |the )?" + _BASE + r"\b", re.I)
# "had A$265 million in cash": a sum held in cash
_HELD_BEFORE = re.compile(
    r"\b(?:had|has|have|holds|held|hold|sits on|sat on|sitting on|ended the \w+ with)"
    r"(?: about| around| roughly| nearly| almost| more than| some| just)? $",
    re.I,
)
_IN_CASH = re.compile(r"^ (?:in|of) cash\b", re.I)
# the sum's share: ", or 78% of revenue", ", about 68% of its revenue"
_SHARE_BEFORE = re.compile(r"^[^\d;:()]{0,40}?, (?:or |about |around |some |roughly |nearly )?$")
_WHOLE = re.compile(r" of (?:its |their |the |total )?(?P<whole>[a-z]+)\b")
_STOP = frozenset(["its", "their", "the", "what", "which", "that", "this", "those", "all"])


def _ratio(f: Figure, head: str, tail: str) -> str | None:
    if f.kind == "percent":
        spent = _SPENT_AFTER.match(tail)
        if spent is not None and _SPENT_BEFORE.search(head):
            return f"wages to {spent.group('base').lower()}"
        of = _OF_BASE.match(tail)
        if of is not None and _PAY_BEFORE.search(head):
            return f"wages to {of.group('base').lower()}"
    if f.kind == "money" and _IN_CASH.match(tail) and _HELD_BEFORE.search(head):
        return "cash"
    return None


def _shares(out: list[Figure]) -> list[Figure]:
    """Each percentage written as the share of a whole right after a sum of its sentence
    ("£92m, or 78% of revenue") measures the sum's measure against that whole."""
    sums: dict[str, list[tuple[int, str]]] = {}  # sentence -> (end of a sum, its measure)
    for f in out:
        at = surface_at(f) if f.kind == "money" and f.metric else -1
        if at >= 0:
            sums.setdefault(f.sentence, []).append((at + len(f.surface), f.metric or ""))
    for i, f in enumerate(out):
        if f.kind != "percent" or f.sentence not in sums or not f.surface:
            continue
        at = surface_at(f)
        whole = _WHOLE.match(f.sentence, at + len(f.surface))
        if whole is None or (f.metric or "").startswith(("wages to", "cash")):
            continue
        before = [(end, m) for end, m in sums[f.sentence] if end <= at]
        if not before or _SHARE_BEFORE.match(f.sentence[before[-1][0] : at]) is None:
            continue
        measure, base = before[-1][1], whole.group("whole")
        if " " in measure.replace("wage bill", "wages") or measure == base or base in _STOP:
            continue  # a measure of its own words ("share of revenue"), the whole, "of what"
        named = f"{measure} share of {base}"
        out[i] = replace(f, metric=named, measure=f.measure or f.metric)
    return out


def ratio_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each wages-to-turnover percentage, sum held in cash and sum's share of a whole with
    that measure (module doc); other figures unchanged, order kept."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f)
        if at > 0 and f.kind in ("percent", "money"):
            end = at + len(f.surface)
            named = _ratio(f, f.sentence[max(0, at - 60) : at], f.sentence[end : end + 60])
            if named is not None and named != f.metric:
                f = replace(f, metric=named, measure=f.measure or f.metric)
        out.append(f)
    return _shares(out)
