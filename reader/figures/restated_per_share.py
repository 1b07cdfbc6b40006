"""A result restated per share: "a net loss of $18.3 million, or 9 cents a share, from $31.6
million, or 17 cents". The figure written right after a profit, income, loss or earnings
figure as ", or N a share" (or "per share", or a bare "N cents" in the same place) is that
result per share: earnings (or a loss) per share, with the result's status (the 17 cents is a base like
the $31.6 million). One look per figure, at the text just before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_RESULTS = ("profit", "income", "loss", "earnings")
_OR = re.compile(r"^,? or (?:about |around |roughly )?$")
_A_SHARE = re.compile(r"^ (?:a|per) (?:diluted |basic )?share\b")


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
        if not (_A_SHARE.match(after) or cents):
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
        if 0 <= where < at and _OR.match(f.sentence[where + len(g.surface) : at]):
            return g
    return None
