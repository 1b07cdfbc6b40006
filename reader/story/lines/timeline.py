"""A timeline inside an article: dates on lines of their own, each over what happened then.

"January 2024" / "The state announces a ban ..." / "July 2025" / "A second phase extends it
..." reads to the line rules as a run of time stamps, each over a short paragraph: the shape
of pasted briefs under their publication stamps. A timeline's dates run forward in time,
months or years apart, and carry no clock time and no "Updated"/"Published" (a live blog's
stamps carry clock times and run latest first; a page's stamps say what they stamp). Three or
more such dates in a row, each over one or two lines of text, rising, are the article's
section labels, not stamps: a date written as a heading.

A long read or a diary under a dated head ("Saturday 12 December 2037") may part its body into
dated sections ("3 March", "18 June", "9 September"), each over several paragraphs: days and
months alone, rising, after the article's first text, under a head whose stamp names the year.
Those are headings too: a pasted item's stamp says what the first one's said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.story.lines.line import Line
from reader.story.lines.patterns import CLOCK_LINE

# at least this many dates, rising, make a timeline
MIN_DATES = 3
# lines of text under each date, at most
MAX_UNDER = 2
# a long read's dated sections: at least this many days and months alone, rising
MIN_SECTIONS = 2
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

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


def _stamps_around_text(lines: Sequence[Line]) -> tuple[list[Line], list[int]] | None:
    """The stamps above the file's first text, and the places of those from it on; None in a
    file with no text."""
    first_text = next((k for k, ln in enumerate(lines) if ln.kind == "body"), None)
    if first_text is None:
        return None
    head = [ln for ln in lines[:first_text] if ln.kind == "timestamp"]
    return head, [k for k in range(first_text, len(lines)) if lines[k].kind == "timestamp"]


def mark_dated_sections(lines: Sequence[Line]) -> None:
    """Days and months alone read as stamps (``MIN_SECTIONS`` or more, rising) after the first
    text, in a file whose first stamp, above that text, names its year: section headings."""
    stamps = _stamps_around_text(lines)
    if stamps is None:
        return
    head, later = stamps
    if not head or _section_key(head[0].text) is not None or not YEAR.search(head[0].text):
        return
    keys = [key for k in later if (key := _section_key(lines[k].text)) is not None]
    if len(later) < MIN_SECTIONS or len(keys) < len(later) or keys != sorted(keys):
        return
    for k in later:
        lines[k].kind = "heading"


def mark_clock_sections(lines: Sequence[Line]) -> None:
    """Clock times alone on their lines ("14:05", "3.30pm") after the first text, rising, in a
    file with no stamp above that text: an article's updates through one day, each a section's
    heading, not a pasted item's stamp (a live page stamps its head and runs latest first)."""
    stamps = _stamps_around_text(lines)
    if stamps is None or stamps[0]:
        return
    later = stamps[1]
    minutes = [m for k in later if (m := _clock_minutes(lines[k].text)) is not None]
    # (each over the text it heads: a clock time over a headline stamps the item under it)
    over_text = all(_next_kind(lines, k) == "body" for k in later)
    if later and over_text and len(minutes) == len(later) and minutes == sorted(set(minutes)):
        for k in later:
            lines[k].kind = "heading"


def _next_kind(lines: Sequence[Line], k: int) -> str | None:
    return next((ln.kind for ln in lines[k + 1 :] if ln.kind != "blank"), None)


_CLOCK = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?\s*([ap])?\.?m?\.?(?:\s+[A-Za-z ]{2,10})?", re.I)


def _clock_minutes(text: str) -> int | None:
    """Minutes after midnight of a clock time alone on a line ("14:05", "3.30pm"), else None."""
    t = text.strip()
    if CLOCK_LINE.match(t) is None or t[:1].isalpha():
        return None  # (not "Updated 15:30": a page's stamp)
    m = _CLOCK.match(t)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3):
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
    return hour * 60 + minute


def _section_key(text: str) -> tuple[int, int, int] | None:
    """(0, month, day) of a line that is a day and a month alone ("14 January"), else None."""
    key = date_key(text)
    return key if key is not None and key[0] == 0 and key[2] > 0 else None


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
