"""Money per share that is earnings (read by ``money_metric``): earnings "of 92 cents a share",
either end of a range of them ("adjusted earnings of 41 cents to 49 cents a share"), or a
profit written again per share ("net profit was $508 million, or 87 cents a share"; a loss so
written is a loss per share). An
accounting qualifier before the earnings stays with them ("adjusted earnings per share").

After ranking, ``per_share_results`` reads the same restatement from the figures found: the
figure written right after a profit, income, loss or earnings figure as ", or N a share" (or
"per share", or a bare "N cents" in the same place: "a net loss of $18.3 million, or 9 cents a
share, from $31.6 million, or 17 cents") is that result per share, with the result's status
(the 17 cents is a base like the $31.6 million). One look per figure, at the text just before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_EPS = re.compile(
    r"\b(?:(?:earnings|profit|income|eps)(?: \w+){0,3} of|earned|lost)"
    r" (?:about |around )?$",
    re.I,
)
# the results without one-off items: "Excluding one-off items, the group earned $1.38 a share"
_ADJUSTED = re.compile(
    r"\b(?:excluding (?:one-off |exceptional |special |certain )?(?:items|charges|costs)"
    r"|before (?:one-off|exceptional) items|on an (?:adjusted|underlying) basis)\b",
    re.I,
)
_PER_SHARE_TAIL = re.compile(r"^ ?(?:a|per) (?:diluted |basic )?share\b", re.I)
# a range's two ends are earnings per share alike: "adjusted earnings of 41 cents to 49 cents a
# share" (the first end's tail names the second, the second's head the first)
_RANGE_ON = re.compile(r"^ (?:to|and) (?:about |around )?\S{1,12}(?: cents| pence)?(?= )", re.I)
_RANGE_FROM = re.compile(
    r"(?:about |around )?\S{1,12}(?: cents| pence)? (?:to|and) (?:about |around )?$", re.I
)
_EPS_QUALIFIER = re.compile(
    r".*\b(adjusted|underlying|diluted|basic|core|reported) (?:earnings|profit|income|eps)\b", re.I
)
# earnings written a second way, per share: "net profit was $508 million, or 87 cents a share"
_OR_PER_SHARE = re.compile(
    r"\b(?:earnings|profit|income|loss)\b[^.;]{0,40}?\d[^.;,]{0,25}, or (?:about |around )?$",
    re.I,
)


def per_share_earnings(head: str, tail: str) -> str | None:
    """Earnings "of 92 cents a share", either end of a range of them ("of 41 cents to 49
    cents a share"), or a profit written again per share ("$508 million, or 87 cents a
    share"); an accounting qualifier before the earnings stays ("adjusted earnings per
    share")."""
    ranged = _RANGE_ON.match(tail)
    if not _PER_SHARE_TAIL.match(tail[ranged.end() :] if ranged else tail):
        return None
    from_end = _RANGE_FROM.search(head)
    said = (
        _EPS.search(head)
        or _OR_PER_SHARE.search(head)
        or (_EPS.search(head[: from_end.start()]) if from_end else None)
    )
    if said is None:
        return None
    measure = "loss per share" if said.group(0).lower().startswith("los") else "earnings per share"
    qualifier = _EPS_QUALIFIER.match(head, max(0, said.start() - 12), said.end())
    if qualifier is None and _ADJUSTED.search(head):
        return f"adjusted {measure}"
    return f"{qualifier.group(1).lower()} {measure}" if qualifier else measure


_RESULTS = ("profit", "income", "loss", "earnings")
_OR_BEFORE = re.compile(r"^,? or (?:about |around |roughly )?$")
_A_SHARE_AFTER = re.compile(r"^ (?:a|per) (?:diluted |basic )?share\b")


def per_share_results(figures: Sequence[Figure]) -> list[Figure]:
    """Each per-share restatement of a result named as earnings per share (module doc)."""
    out = list(figures)
    for k, f in enumerate(out):
        if f.kind != "money" or (f.metric or "").endswith("per share"):
            continue  # (named already: earnings or a loss per share)
        at = surface_at(f)
        if at <= 0:
            continue
        after = f.sentence[at + len(f.surface) : at + len(f.surface) + 24]
        cents = (f.unit or "") != "" and f.surface.rstrip().endswith(("cents", "c", "p", "pence"))
        if not (_A_SHARE_AFTER.match(after) or cents):
            continue
        result = _result_before(f, out, at)
        if result is not None:
            per = "loss per share" if "loss" in (result.metric or "") else "earnings per share"
            out[k] = replace(f, metric=per, measure=None, status=result.status)
    return out


def _result_before(f: Figure, figures: Sequence[Figure], at: int) -> Figure | None:
    """The result figure that ends right before ``f``'s ", or " in its sentence, or None."""
    for g in figures:
        if g is f or g.sentence_index != f.sentence_index or g.kind != "money":
            continue
        if not any(w in (g.metric or "") for w in _RESULTS):
            continue
        where = surface_at(g)
        if 0 <= where < at and _OR_BEFORE.match(f.sentence[where + len(g.surface) : at]):
            return g
    return None
