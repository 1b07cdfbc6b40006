"""Spans of time counted per person or place: "skier days fell 7%", "guest nights rose 4%",
"bed days". Their head is a word of time, which names no measure on its own ("the last few
days"), but with a noun of who or what the time is counted for before it they are a measure
of use, as a resort counts skier days or a hotel guest nights."""

from __future__ import annotations

import re
from collections.abc import Callable

_TIME_SPANS = frozenset(["days", "nights", "hours", "weeks"])
# places and people such a span is counted for, beside the plurals of people
# (``measure_words.counted_people``: "skier", "visitor", "passenger")
_SPAN_OF = frozenset(["bed", "room", "person", "man", "patient", "guest", "pupil", "student"])
_WORD = re.compile(r"[a-z][a-z-]*[a-z]")


def person_time(modifier: str, head: str, people: Callable[[str], bool]) -> bool:
    """Whether "<modifier> <head>" counts time spent per person or place ("skier days",
    "visitor nights", "room nights"); ``people`` says whether a plural counts people."""
    if head not in _TIME_SPANS or not _WORD.fullmatch(modifier) or modifier.endswith("s"):
        return False
    return modifier in _SPAN_OF or people(modifier + "s")
