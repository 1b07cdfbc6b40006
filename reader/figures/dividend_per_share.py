"""A dividend written per share measures the dividend per share: "an interim dividend of 45
pence per share", "a final dividend of ¥22 a share", or in the currency's small unit, "a final
dividend of 11.9p" (not the whole payout, which a story also writes: "dividends totalling
£40m"). One look after each dividend figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_PER_SHARE = re.compile(r"\s*(?:per|a|an) (?:ordinary |common |class [A-Z] )?share\b")
_PAYOUT = re.compile(r"\b(?:dividends?|payouts?|distributions?)$")
# a dividend in a currency's small unit is per share, whatever follows it: "a final dividend of
# 11.9p", "raised its interim dividend to 57c" (a whole payout is never written in pence)
_SUBUNIT = re.compile(r"\d(?:p|c)$|\b(?:cents?|pence|sen|thebe|paise|centavos?|kopeks?|fils)$")


def per_share_dividends(figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with a dividend's metric ending "per share" where the figure is written per
    share; every other figure as it was."""
    out: list[Figure] = []
    for f in figures:
        if f.kind == "money" and f.metric and _PAYOUT.search(f.metric):
            end = surface_at(f) + len(f.surface)
            if _PER_SHARE.match(f.sentence, end) or _SUBUNIT.search(f.surface):
                f = replace(f, metric=f"{f.metric} per share")
        out.append(f)
    return out


# a dividend already paid, or its yield: a fact
_PAID = re.compile(r"\b(?:paid|paying|pays|yield|yields|yielding)\b", re.I)


def dividend_status(figures: Sequence[Figure]) -> list[Figure]:
    """A dividend a board sets ("an interim dividend of 3.45p", "raised the quarterly dividend
    to 81 cents a share", "Quarterly dividend: 60 cents, unchanged") is still to be paid:
    planned, when no status was read and its sentence says nothing paid and no yield."""
    return [
        replace(f, status="planned")
        if f.kind == "money"
        and f.status is None
        and "dividend" in (f.metric or "")
        and _PAID.search(f.sentence) is None
        else f
        for f in figures
    ]
