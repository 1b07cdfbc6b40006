"""A rise people are given is a pay rise.

"Nurses will get a 5% rise from April", "About 640 staff will get a 6% rise backdated to April",
"Drivers were offered a 4% increase": a percentage named as a rise or an increase and nothing it
is in or of ("a 5% rise in fares" is the fares'), that someone gets, receives, is given, offered
or awarded, is their pay's rise, whatever the sentence names before it (the staff who get it
are no measure of it). So is a bare percentage an employer offers where the sentence or the one
before it is about pay: "is seeking a 12 per cent pay rise; the airline has offered 4.5 per
cent", "Management has offered 4.5pc." after a strike vote (pay rise offered). One bounded look
before and after each percentage.
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


# offered, the percentage right after: "has offered 4.5 per cent", "first offered 6%"
_OFFERED = re.compile(
    r"\b(?:offered|offering|offers)(?: (?:only|just|about|around|roughly|a further|an extra))? $"
)
# ... and nothing it is of or in after it: the clause ends, or a time or a term follows
_BARE_AFTER = re.compile(
    r"(?:\s*[.;,:)]|\s*$| (?:over|from|for|in|this|next|a year|each|backdated|across|with|"
    r"and|but|while|which|spread)\b)"
)
# what says a talk is about pay
_PAY_TALK = re.compile(
    r"\b(?:pay|wages?|salar(?:y|ies)|raises?|rises?|union|strike|walkout|industrial action|"
    r"pay claim|workers|staff|employees|pilots|nurses|teachers|drivers|doctors)\b",
    re.I,
)


def _pay_offer(fig: Figure, at: int, before: str) -> bool:
    """A bare percentage an employer offers in talk about pay (module doc)."""
    end = at + len(fig.surface)
    return (
        _OFFERED.search(fig.sentence, max(0, at - 30), at) is not None
        and _BARE_AFTER.match(fig.sentence, end) is not None
        and (_PAY_TALK.search(fig.sentence) is not None or _PAY_TALK.search(before) is not None)
    )


def pay_rise_metrics(figures: Sequence[Figure], sentences: Sequence[str] = ()) -> list[Figure]:
    """Percentages given as a rise with nothing it is in take "pay rise", and bare ones an
    employer offers in talk about pay "pay rise offered" (module doc)."""
    out: list[Figure] = []
    for fig in figures:
        if fig.kind == "percent" and not _PAY.search(fig.metric or ""):
            at = surface_at(fig)
            end = at + len(fig.surface)
            i = fig.sentence_index - 1
            before = sentences[i] if 0 <= i < len(sentences) else ""
            if (
                at > 0
                and _BARE_RISE.match(fig.sentence, end) is not None
                and _GIVEN.search(fig.sentence, max(0, at - 45), at) is not None
            ):
                fig = replace(fig, metric="pay rise")
            elif at > 0 and _pay_offer(fig, at, before):
                fig = replace(fig, metric="pay rise offered", measure=None)
        out.append(fig)
    return out
