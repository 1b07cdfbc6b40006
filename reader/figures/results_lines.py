"""A results line's value: "Net profit, group share: 694 (418)", "Operating profit: -12.4
(3.1)", "Net financial result: -212 (-305)". A short line that is a measure's label, a colon
and a plain number with the earlier period's number in brackets after it (or a sign: a loss
written "-12.4") gives those numbers as figures however small or however written: a bare "694" or "12.4" elsewhere could be
anything, but the label says what it measures (``labelled.py``) and a unit caption above the
lines may say in what (``caption_units.py``). A label of a time, a date, a score or a contact
and a year as the value give none.
"""

from __future__ import annotations

import re

_NUMBER = r"[-\u2212]?\d[\d,]*(?:\.\d+)?"
_LINE = re.compile(
    r"\s*(?:[-*\u2022]\s+)?(?P<label>[A-Za-z][\w ,'\u2019&/()%.-]{0,60}?)\s*:\s*"
    rf"(?P<value>{_NUMBER})(?:\s*\((?P<prior>{_NUMBER})\))?\s*"
)
# labels whose number is no measure's value
_NOT_MEASURES = re.compile(
    r"(?i)\b(?:time|date|year|founded|established|score|phone|tel|fax|age|aged|page|chapter|"
    r"section|round|match|game|rank|ranking|no|number|id|code|isin|ticker|version|issue|vol)\b"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")


def results_value(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` (its sign included) is the value of a results
    line or the earlier period's in brackets after it (module doc)."""
    if ":" not in text or len(text) > 120:
        return False
    m = _LINE.fullmatch(text)
    if m is None or _NOT_MEASURES.search(m.group("label")) is not None:
        return False
    if _YEAR.fullmatch(m.group("value")) is not None:
        return False
    if m.group("prior") is None and m.group("value")[0] not in "-\u2212":
        return False  # a lone "Bonus: 12" could count anything: a prior or a sign says results
    return start in (m.start("value"), m.start("prior"))
