"""A percentage that is the level of a measure read as a rate names it so: "Youth unemployment
fell to 21.4%" (youth unemployment rate), "raise the special consumption tax on beer to 70%"
(special consumption tax rate), "a royalty of 22% on net sales" (royalty rate). A change of such
a measure is not its rate ("unemployment fell 5%" moved the count), nor is a measure already
named a rate, a ratio or a share. One look at each percentage's metric, so the work per figure
is constant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.model import Figure

# measures whose percentage level is a rate
_RATED = frozenset(["unemployment", "inflation", "tax", "levy", "royalty", "duty", "vacancy",
                    "occupancy", "interest", "discount", "tariff", "vat", "commission",
                    "jobless", "participation", "delinquency", "churn", "default",
                    "absenteeism"])  # fmt: skip
_ALREADY = frozenset(["rate", "rates", "ratio", "share", "margin", "yield", "level"])


def rate_names(figures: Sequence[Figure]) -> list[Figure]:
    """Each percentage level of a measure read as a rate with "rate" after its metric (module
    doc); other figures unchanged."""
    out: list[Figure] = []
    for f in figures:
        words = (f.metric or "").split()
        moved = f.change is not None and f.change.amount == f.surface
        if (
            f.kind == "percent"
            and words
            and words[-1].lower() in _RATED
            and not moved
            and not _ALREADY.intersection(w.lower() for w in words)
            and len(words) < 4
        ):
            f = replace(f, metric=f"{f.metric} rate", measure=f.measure or f.metric)
        out.append(f)
    return out
