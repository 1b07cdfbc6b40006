"""A rise people are given is a pay rise.

"Nurses will get a 5% rise from April", "About 640 staff will get a 6% rise backdated to April",
"Drivers were offered a 4% increase": a percentage named as a rise or an increase and nothing it
is in or of ("a 5% rise in fares" is the fares'), that someone gets, receives, is given, offered
or awarded, is their pay's rise, whatever the sentence names before it (the staff who get it
are no measure of it). One bounded look before and after each percentage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

# given: "will get a", "received an", "were offered a", "has been awarded a further"
_GIVEN = re.compile(
    r"\b(?:get|gets|got|getting|receive|receives|received|receiving|(?:be|been|being|was|were|"
    r"is|are) (?:given|offered|awarded)|offered|awarded)"
    r" (?:a|an)(?: (?:further|extra|additional|average|one-off|backdated|flat))? $"
)
# a metric that already names pay: "pay", "pay rise", "salary", "wages"
_PAY = re.compile(r"\b(?:pay|salary|salaries|wages?|earnings)\b")
# a rise and nothing it is in or of: "a 6% rise backdated to April", "a 4% increase."
_BARE_RISE = re.compile(r" (?:rise|increase|uplift)(?! (?:in|of|on|for)\b)")


def pay_rise_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Percentages given as a rise with nothing it is in take "pay rise" (module doc)."""
    out: list[Figure] = []
    for fig in figures:
        if fig.kind == "percent" and not _PAY.search(fig.metric or ""):
            at = surface_at(fig)
            end = at + len(fig.surface)
            if (
                at > 0
                and _BARE_RISE.match(fig.sentence, end) is not None
                and _GIVEN.search(fig.sentence, max(0, at - 45), at) is not None
            ):
                fig = replace(fig, metric="pay rise")
        out.append(fig)
    return out
