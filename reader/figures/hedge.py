"""A figure's hedge, from the words right before it: "~" for an approximate figure ("almost
50%", "an estimated fortune of"), ">" for a lower bound ("more than", "just over"), "<" for an
upper bound ("fewer than", "under"), and "≤" / "≥" for a bound the figure itself may reach
("up to", "at most" / "at least": "up to 30 cents" is no "less than 30 cents")."""

from __future__ import annotations

import re

from reader.figures.gate import led

_HEDGE_TILDE = led(
    r"(?:\b(?:about|around|roughly|approximately|almost|nearly|some|circa|approx\.?|close to|"
    r"an estimated|estimated|just under|just below|just shy of|nearly|a little under|"
    r"a little over|just over|just above|upwards of)|~) $",
    re.I,
)
_HEDGE_OVER = led(r"\b(?:more than|over|above|at least|in excess of|upwards of) $", re.I)
_HEDGE_UNDER = led(r"\b(?:less than|fewer than|under|below|up to|at most) $", re.I)
_REACHED = re.compile(r"\b(?:(?P<most>up to|at most)|at least) $", re.I)
# "up to" after a verb it goes with: a move's new level ("edged up to 4.6%", "went up to
# £3"), not an upper bound
_MOVED_UP_TO = re.compile(
    r"\b(?:edged|edging|edges|crept|creeping|creeps|went|go|goes|gone|going|shot|moved|"
    r"moving|ticked|ticking|ticks|inched|inching|inches|jumped|climbed|crept|stepped|pushed|"
    r"pushing|revised|revising|come|came|coming|rounded|ramped|ramping|scaled|move|tick|inch|"
    r"edge|push|step|ramp|revise|round|scale|shoot|shooting) up to $",
    re.I,
)
_ESTIMATED_OF = re.compile(r"\ban? estimated(?: [a-z-]+){0,2} (?:of|at) $", re.I)


def hedge_for(text: str, start: int) -> str | None:
    """ "~" for an approximate figure, ">" / "<" for a lower / upper bound, "≥" / "≤" for one
    the figure may reach."""
    head = text[max(0, start - 40) : start]
    low = head.lower()
    for word in ("just over ", "just above ", "a little over "):
        if low.endswith(word):
            return ">"
    if _MOVED_UP_TO.search(head):
        return None  # "unemployment edged up to 4.6%": a move's new level, no bound
    if _HEDGE_UNDER.search(head) and not low.endswith(("just under ", "just below ")):
        return "\u2264" if _reached(head) == "most" else "<"
    if _HEDGE_OVER.search(head):
        return "\u2265" if _reached(head) == "least" else ">"
    if _HEDGE_TILDE.search(head) or _ESTIMATED_OF.search(head):
        return "~"
    return None


def _reached(head: str) -> str | None:
    """ "most" when ``head`` ends on "up to"/"at most", "least" on "at least", else None."""
    m = _REACHED.search(head)
    if m is None:
        return None
    return "most" if m.group("most") else "least"
