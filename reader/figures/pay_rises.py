"""A rise people are given is a pay rise.

"Nurses will get a 5% rise from April", "About 640 staff will get a 6% rise backdated to April",
"Drivers were offered a 4% increase": a percentage named as a rise or an increase and nothing it
is in or of ("a 5% rise in fares" is the fares'), that someone gets, receives, is given, offered
or awarded, is their pay's rise, whatever the sentence names before it (the staff who get it
are no measure of it). So is a bare percentage an employer offers where the sentence or the one
before it is about pay: "is seeking a 12 per cent pay rise; the airline has offered 4.5 per
cent", "Management has offered 4.5pc." after a strike vote (pay rise offered). One bounded look
before and after each percentage. And the rise a union seeks or demands is the pay rise sought
or demanded: "is seeking a 12 per cent pay rise", "seeking raises of 9% over two years", "had
demanded 25% in a single step", where the talk is about pay.
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
# a metric that names pay and nothing more: a claim's verb says which rise it is
_PAY_ALONE = frozenset(["pay", "pay rise", "salary", "wages", "wage", "daily salary"])
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
    r"\b(?:pay|wages?|salar(?:y|ies)|union|strike|walkout|industrial action|"
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


# a union's claim: the verb before the figure, no number between ("is seeking a", "seeking raises
# of", "has sought a wage rise of", "had demanded")
_CLAIMED = re.compile(
    r"\b(?P<verb>seeking|seeks|seek|sought|demanding|demands|demanded|asking for|asked for|"
    r"calling for|called for)\b[^.;:\d]{0,35}$"
)
_RISE_BEFORE = re.compile(
    r"(?:^| )(?:pay |wage |salary )?(?:raises?|rises?|increases?|hikes?|claims?) of"
    r"(?: about| around| up to| at least)? $"
)
_RISE_AFTER = re.compile(r" (?:pay |wage |salary )?(?:rise|increase|raise|hike)\b(?! (?:in|of)\b)")


def _claimed(fig: Figure, at: int, before: str) -> str | None:
    """ "sought" or "demanded" for a rise a union claims in talk about pay, else None."""
    text = fig.sentence
    m = _CLAIMED.search(text, max(0, at - 45), at)
    if m is None or not (_PAY_TALK.search(text) or _PAY_TALK.search(before)):
        return None
    end = at + len(fig.surface)
    gap = text[m.end() : at]
    risen = (
        _RISE_AFTER.match(text, end) is not None
        or _RISE_BEFORE.search(gap) is not None
        or (gap.strip() == "" and _BARE_AFTER.match(text, end) is not None)
    )
    if not risen:
        return None
    return "demanded" if m.group("verb").startswith("demand") else "sought"


def pay_rise_metrics(figures: Sequence[Figure], sentences: Sequence[str] = ()) -> list[Figure]:
    """Percentages given as a rise with nothing it is in take "pay rise", bare ones an
    employer offers in talk about pay "pay rise offered", and a union's claim "pay rise
    sought" or "demanded" (module doc)."""
    out: list[Figure] = []
    for fig in figures:
        metric = fig.metric or ""
        named = _PAY.search(metric) is not None
        at = surface_at(fig) if fig.kind == "percent" else -1
        if at > 0 and (not named or metric in _PAY_ALONE):
            i = fig.sentence_index - 1
            before = sentences[i] if 0 <= i < len(sentences) else ""
            if (pay := _pay_metric(fig, at, before, named)) is not None:
                fig = replace(fig, metric=pay, measure=None if pay != "pay rise" else fig.measure)
        out.append(fig)
    return out


def _pay_metric(fig: Figure, at: int, before: str, named: bool) -> str | None:
    """The pay rise a percentage at ``at`` is (module doc), else None; ``named``: its metric
    already names pay and nothing more ("is seeking a 4.5% pay rise": only the claim is read)."""
    if not named:
        end = at + len(fig.surface)
        if (
            _BARE_RISE.match(fig.sentence, end) is not None
            and _GIVEN.search(fig.sentence, max(0, at - 45), at) is not None
        ):
            return "pay rise"
        if _pay_offer(fig, at, before):
            return "pay rise offered"
    claimed = _claimed(fig, at, before)
    return f"pay rise {claimed}" if claimed is not None else None
