"""A timeline inside an article: dates on lines of their own, each over what happened then.

"January 2024" / "The state announces a ban ..." / "July 2025" / "A second phase extends it
..." reads to the line rules as a run of time stamps, each over a short paragraph: the shape
of pasted briefs under their publication stamps. A timeline's dates run forward in time,
months or years apart, and carry no clock time and no "Updated"/"Published" (a live blog's
stamps carry clock times and run latest first; a page's stamps say what they stamp). Three or
more such dates in a row, each over one or two lines of text, rising, are the article's
section labels, not stamps: a date written as a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.lines.line import Line

# at least this many dates, rising, make a timeline
MIN_DATES = 3
# lines of text under each date, at most
MAX_UNDER = 2

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# "January 2024", "1 December 2026", "December 1, 2026", "Dec 2026"; a day and month with no
# year, "January 18", "18 January" (a timeline within one year), a weekday before it (a
# diary's days); nothing else on the line
_DATE = re.compile(
    # (a diary's day may carry its weekday: "Monday 28 September", "Tuesday, March 3")
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)?"
    r"(?:\s+(?P<year>(?:19|20)\d{2}))?\s*:?$",
    re.I,
)


def date_key(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a line that is a bare date and nothing else, else None."""
    m = _DATE.match(text.strip())
    if m is None:
        return None
    day = m.group("day") or m.group("day2")
    if m.group("year") is None and day is None:
        return None  # a month's name alone ("March") is no date
    year = int(m.group("year") or 0)  # (a yearless timeline rises within its year)
    return year, _MONTHS.index(m.group("month")[:3].lower()) + 1, int(day or 0)


def mark_timeline(lines: Sequence[Line]) -> None:
    """Bare dates read as stamps that run forward in time over one or two lines of text each,
    ``MIN_DATES`` or more in a row after the article's first text: headings (a date over its
    entry), as a timeline writes them."""
    seen_text = False
    run: list[tuple[Line, tuple[int, int, int]]] = []
    under = 0
    prev: Line | None = None  # the last line that is not blank
    over: Line | None = None  # the line over the run's first date

    def close() -> None:
        if len(run) >= MIN_DATES:
            for ln, _ in run:
                ln.kind = "heading"
            # the line over the first date read as a headline for the stamp under it ("How
            # the road came about" / "January 18") is the timeline's own heading
            if over is not None and over.kind == "title":
                over.kind = "heading"

    for ln in lines:
        if ln.kind == "blank":
            continue
        key = date_key(ln.text) if ln.kind == "timestamp" else None
        if key is not None and seen_text:
            if run and (under == 0 or under > MAX_UNDER or key <= run[-1][1]):
                close()
                run = []
            if not run:
                over = prev
            run.append((ln, key))
            under = 0
        elif ln.kind == "body":
            seen_text = True
            under += 1
        elif run:
            close()
            run = []
        prev = ln
    if run and under > 0:
        close()
