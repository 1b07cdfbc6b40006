"""A figure compared with one of another firm, written with the firm after it: "The average
fee at FitBase is £24.99, against £27.50 at PulseGym" - the £27.50 is PulseGym's, not the
clause's FitBase - and a relative clause on that firm (", which raised its prices by £2")
is the firm's too. The party compared with may be a group written in lower case: "against
2.6% for those on a placebo", "compared with about 7% for the leading rival", "against €90 to
€110 for lithium-ion systems" - the group after "for"/"among" owns the figure, unless it is a
time ("for the same period last year") or a measure ("for each share")."""

from __future__ import annotations

import re

from reader.figures.letters import CAP

_NAME = rf"({CAP}[\w&'-]*(?: (?:&|of|{CAP}[\w&'-]*)){{0,3}})"
# "against £27.50 at PulseGym", "compared with 31% for Ostwick", "versus $4 at Dunmore"
_COMPARED = re.compile(
    r"(?:\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?|\bwhile) (?:an? average of |"
    r"the average of |the |an? )?(?:about |around |almost |nearly |roughly |some |just )?"
    r"(?:[^\s,;]+ (?:to|and) )?$"  # (a range's far end: "against €90 to €110 for ...")
)
_AT_NAME = re.compile(r"[^\s;]* (?:at|for) " + _NAME + r"(?=[,;.]|$| (?:and|but|which)\b)")
# a group compared with, after "for"/"among"/"of those" (a range's far end or a noun between):
# "for those on a placebo", "among recent European chip projects", "cap for home students"
_FOR_GROUP = re.compile(
    r"[^\s;]*(?: (?:to|and) [^\s;]+)?(?: [a-z]+)? (?:for|among|of(?= those\b)) "
    r"((?:the |those |a |an )?[A-Za-z][\w'-]*"
    r"(?: [A-Za-z][\w'-]*){0,4})(?=[,;.]|$| (?:and|but|which|although|while)\b)"
)
# not a group: a time, a measure or a use ("for the same period", "for each share")
_NOT_GROUP = frozenset(
    ["year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days",
     "period", "season", "decade", "half", "time", "same", "last", "previous", "prior", "now",
     "ago", "earlier", "each", "every", "per", "share", "shares", "tonne", "unit", "it", "its",
     "them", "this", "that", "comparison", "example", "instance", "sale", "hire", "all",
     "fiscal", "financial", "calendar", "christmas", "q1", "q2", "q3", "q4", "h1", "h2",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"]
)  # fmt: skip
# the compared figure's firm, then a relative clause on it holding the figure
_RELATIVE_ON = re.compile(
    r"(?:\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?) [^,;]{1,30} (?:at|for) "
    + _NAME
    + r", (?:which|who) [^,;]*$"
)


def compared_firm(text: str, start: int) -> str | None:
    """The firm named right after a compared figure (module doc), for that figure or for
    one in a relative clause on the firm; else None."""
    if _COMPARED.search(text, max(0, start - 50), start):
        at = _AT_NAME.match(text, start)
        if at is not None:
            return at.group(1) if _owner_words(at.group(1)) else None  # (not "for October")
        return _group_after(text, start)
    if ", wh" not in text[max(0, start - 120) : start]:
        return None  # (cheap test first: this runs for every figure)
    rel = _RELATIVE_ON.search(text, max(0, start - 120), start)
    return rel.group(1) if rel is not None else None


def _group_after(text: str, start: int) -> str | None:
    """The group after a compared figure (module doc), or None for a time or measure."""
    group = _FOR_GROUP.match(text, start)
    if group is None:
        return None
    return group.group(1) if _owner_words(group.group(1)) else None


def _owner_words(phrase: str) -> bool:
    """No time, measure or number among the phrase's words (``_NOT_GROUP``)."""
    return not any(w in _NOT_GROUP or w[:1].isdigit() for w in phrase.lower().split())
