"""A figure compared with one of another firm, written with the firm after it: "The average
fee at FitBase is £24.99, against £27.50 at PulseGym" - the £27.50 is PulseGym's, not the
clause's FitBase - and a relative clause on that firm (", which raised its prices by £2")
is the firm's too."""

from __future__ import annotations

import re

from reader.figures.letters import CAP

_NAME = rf"({CAP}[\w&'-]*(?: (?:&|of|{CAP}[\w&'-]*)){{0,3}})"
# "against £27.50 at PulseGym", "compared with 31% for Ostwick", "versus $4 at Dunmore"
_COMPARED = re.compile(
    r"(?:\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?|\bwhile) (?:about |around |"
    r"almost |nearly |roughly |some |just )?$"
)
_AT_NAME = re.compile(r"[^\s,;]* (?:at|for) " + _NAME + r"(?=[,;.]|$| (?:and|but|which)\b)")
# the compared figure's firm, then a relative clause on it holding the figure
_RELATIVE_ON = re.compile(
    r"(?:\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?) [^,;]{1,30} (?:at|for) "
    + _NAME
    + r", (?:which|who) [^,;]*$"
)


def compared_firm(text: str, start: int) -> str | None:
    """The firm named right after a compared figure (module doc), for that figure or for
    one in a relative clause on the firm; else None."""
    if _COMPARED.search(text, max(0, start - 30), start):
        at = _AT_NAME.match(text, start)
        return at.group(1) if at is not None else None
    if ", wh" not in text[max(0, start - 120) : start]:
        return None  # (cheap test first: this runs for every figure)
    rel = _RELATIVE_ON.search(text, max(0, start - 120), start)
    return rel.group(1) if rel is not None else None
