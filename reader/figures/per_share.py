"""Money per share that is earnings (read by ``money_metric``): earnings "of 92 cents a share",
either end of a range of them ("adjusted earnings of 41 cents to 49 cents a share"), or a
profit written again per share ("net profit was $508 million, or 87 cents a share"; a loss so
written is a loss per share). An
accounting qualifier before the earnings stays with them ("adjusted earnings per share").
"""

from __future__ import annotations

import re

_EPS = re.compile(r"\b(?:earnings|profit|income|eps)(?: \w+){0,3} of (?:about |around )?$", re.I)
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
    measure = "loss per share" if said.group(0).lower().startswith("loss") else "earnings per share"
    qualifier = _EPS_QUALIFIER.match(head, max(0, said.start() - 12), said.end())
    return f"{qualifier.group(1).lower()} {measure}" if qualifier else measure
