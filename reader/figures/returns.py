"""What an investment returned: "its investments returned 7.8% in the first nine months",
"Listed equities returned 12.1%", "a return of 4%" measure the return, whatever measure the
sentence named before ("lifting its assets", "debt"). One bounded look before each
percentage, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.gate import Gated
from reader.figures.surface import surface_at
from reader.model import Figure

_RETURNED = Gated(
    re.compile(
        r"\b(?:returned|returns|returning|(?:a|an|its|the|annual|real|total) returns? of)"
        r"(?: about| around| roughly| nearly| almost| just| only| more than| over| an annual)? $",
        re.I,
    ),
    ("return",),
)


def returned_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each percentage an investment returned (``_RETURNED`` right before it) measures the
    return; other figures unchanged, order kept."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f) if f.kind == "percent" else -1
        if at > 0 and "return" not in (f.metric or "") and _RETURNED.search(f.sentence, 0, at):
            f = replace(f, metric="return", measure=f.measure or f.metric)
        out.append(f)
    return out
