"""Which box office a film's takings are: the words of the figure's own stretch of the sentence
say where ("$612 million worldwide", "taking its domestic total to $78.9 million", "Overseas
markets added $6.8 million") and when ("opened with LE 6.4 million", "slid 58% in its second
weekend to $27.4 million", "for a global opening of $268 million").

A figure whose measure is the bare box office takes them, as written ("global", "worldwide",
"overseas", "international", "domestic"; "opening", "opening weekend", "weekend"), read only
between it and the figures beside it, so each of two figures of one sentence keeps its own
("$146.7 million overseas, for a global opening of $268 million"). One bounded look each side
of each such figure, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.surface import surface_at
from reader.model import Figure

_BACK = 70  # characters before the figure read, back to the figure before it
_AHEAD = 45  # characters after it, up to the next one
_NUMBER = re.compile(r"\d")
# where, written after the figure ("$612 million worldwide", "$41m domestically") or before it
# in its stretch ("its domestic total to", "Overseas markets added", "a global opening of")
_WHERE_AFTER = re.compile(
    r"^(?: \([^()]{0,30}\))?,? (?:(?P<word>worldwide|globally|overseas|internationally|"
    r"domestically|domestic)\b|in (?:North America|the US and Canada)\b)"
)
_WHERE_BEFORE = re.compile(
    r"\b(?P<word>worldwide|global|overseas|international|domestic) (?:total|gross|takings|"
    r"box office|opening|haul|tally|markets?|release|run)\b",
    re.I,
)
# ... or as the sentence's first word, no number between ("Overseas, the sequel earned")
_WHERE_LEADS = re.compile(
    r"(?P<word>Worldwide|Globally|Overseas|Internationally|Domestically)"
    r"(?:,| (?:markets?|audiences)\b)"
)
_PLACE_WORD = {"globally": "global", "internationally": "international",
               "domestically": "domestic"}  # fmt: skip
# when: an opening ("opened with", "opened at No. 2 with", "a global opening of", "its debut")
# and a weekend ("in its second weekend", "over the weekend")
_OPENING = re.compile(r"\b(?:open(?:ed|s|ing)|debut(?:ed|s)?)\b", re.I)
_WEEKEND = re.compile(r"\bweekend\b", re.I)
# ... and after the figure only as the time it was taken in ("in its opening weekend", "over
# the weekend"), not a time it is compared with ("down 52% from its opening weekend")
_WHEN_AFTER = re.compile(
    r"^[^,;]*?\b(?:in|over|during) (?:its|the|their|this|last)(?: (?!opening\b)[a-z]+)?"
    r" ((?:opening )?weekend|opening day|opening week|debut)\b",
    re.I,
)


def _stretch(f: Figure, at: int) -> tuple[str, str]:
    """The figure's own stretch of its sentence: the text back to the number before it (at
    most ``_BACK`` characters) and ahead to the number after it (at most ``_AHEAD``)."""
    text = f.sentence
    before = text[max(0, at - _BACK) : at]
    digits = list(_NUMBER.finditer(before))
    if digits:
        before = before[digits[-1].end() :]
    after = text[at + len(f.surface) : at + len(f.surface) + _AHEAD]
    nxt = _NUMBER.search(after)
    if nxt is not None:
        after = after[: nxt.start()]
    return before, after


def _which(before: str, after: str, lead: str | None) -> list[str]:
    """The words that say which box office, in the order a callout writes them (``lead``: the
    place word the sentence opens on, when no number stands between it and the figure)."""
    words: list[str] = []
    where = _WHERE_AFTER.match(after)
    place = where.group("word") if where is not None else None
    if where is not None and place is None:
        place = "domestic"  # "in North America"
    if place is None and (m := _WHERE_BEFORE.search(before)) is not None:
        place = m.group("word").lower()
    place = place or lead
    if place is not None:
        words.append(_PLACE_WORD.get(place, place))
    # (after the figure, only the time it was taken in: "grossed N412.6m in its opening
    # weekend")
    when = _WHEN_AFTER.search(after)
    opening = _OPENING.search(before) is not None or (when is not None and when[1] != "weekend")
    weekend = _WEEKEND.search(before) is not None or (when is not None and "weekend" in when[1])
    if opening:
        words.append("opening")
    if weekend:
        words.append("weekend")
    return words


def box_office_kinds(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure measured as the bare box office with the words its stretch says of which
    (module doc); other figures unchanged."""
    out: list[Figure] = []
    for f in figures:
        if (
            f.metric == "box office"
            and f.kind in ("money", "percent")
            and (at := surface_at(f)) >= 0
        ):
            lead = _WHERE_LEADS.match(f.sentence)
            ahead = lead is not None and not _NUMBER.search(f.sentence, lead.end(), at)
            place = lead.group("word").lower() if lead is not None and ahead else None
            words = _which(*_stretch(f, at), place)
            if words:
                f = replace(
                    f, metric=" ".join([*words, "box office"]), measure=f.measure or f.metric
                )
        out.append(f)
    return out
