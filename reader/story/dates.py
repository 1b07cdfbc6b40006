"""A story's date: when it was published, as an absolute date, or when it was first read.

``resolve(published, reference)`` reads the stamp a page carries ("9 hours ago", "yesterday",
"Updated 3:41 PM EST, Tue March 4, 2025", "2025-03-04", "4 March 2025") against a reference
time (the file's mtime: a relative stamp was written relative to when the page was saved) and
returns an ISO timestamp "YYYY-MM-DDTHH:MM" (local, minute precision), or None when the stamp
holds no date. ``parse_since`` turns ``24h``, ``7d``, ``2w`` or ``YYYY-MM-DD`` into a cutoff.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: n
    for n, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_UNITS = {
    "s": 1,
    "sec": 1,
    "second": 1,
    "m": 60,
    "min": 60,
    "minute": 60,
    "h": 3600,
    "hr": 3600,
    "hour": 3600,
    "d": 86400,
    "day": 86400,
    "w": 7 * 86400,
    "week": 7 * 86400,
    "month": 30 * 86400,
    "year": 365 * 86400,
}
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "few": 3}
_RELATIVE = re.compile(
    r"\b(\d+|an?|one|two|three|few)\s*"
    r"(sec(?:ond)?|min(?:ute)?|h(?:ou)?r|hour|day|week|month|year)s?\.?\s+ago\b",
    re.I,
)
_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_MONTH_FIRST = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})", re.I
)
_DAY_FIRST = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+((?:19|20)\d{{2}})", re.I
)
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*([ap])\.?m\b", re.I)
_GLUED_YEAR_CLOCK = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})")


def iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _clock(text: str) -> tuple[int, int]:
    m = _CLOCK.search(text)
    if not m:
        return 0, 0
    hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
    return hour, int(m.group(2))


def _absolute(text: str) -> dt.datetime | None:
    text = _GLUED_YEAR_CLOCK.sub(r"\1 \2", text)
    m = _ISO.search(text)
    try:
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            hour, minute = (int(m.group(4)), int(m.group(5))) if m.group(4) else _clock(text)
            return dt.datetime(y, mo, d, hour, minute)
        m = _MONTH_FIRST.search(text)
        if m:
            mo, d, y = _MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
            return dt.datetime(y, mo, d, *_clock(text))
        m = _DAY_FIRST.search(text)
        if m:
            d, mo, y = int(m.group(1)), _MONTHS[m.group(2).lower()], int(m.group(3))
            return dt.datetime(y, mo, d, *_clock(text))
    except ValueError:
        return None  # "February 30, 2025"
    return None


def resolve(published: str | None, reference: dt.datetime) -> str | None:
    """The absolute time a stamp names (see the module docstring), or None."""
    if not published:
        return None
    text = " ".join(published.split())
    found = _absolute(text)
    if found is not None:
        return iso(found)
    low = text.lower()
    m = _RELATIVE.search(low)
    if m:
        count = _COUNT_WORDS.get(m.group(1))
        n = count if count is not None else int(m.group(1))
        unit = m.group(2)
        unit = {"hr": "hour", "h": "hour"}.get(unit, unit)
        return iso(reference - dt.timedelta(seconds=n * _UNITS[unit]))
    if re.search(r"\byesterday\b", low):
        return iso(reference - dt.timedelta(days=1))
    if re.search(r"\b(?:today|just now)\b", low):
        return iso(reference)
    return None


_SINCE = re.compile(r"^(\d+)\s*([hdw])$", re.I)


def parse_since(value: str, now: dt.datetime) -> str:
    """``24h``/``7d``/``2w`` before ``now``, or a date: the cutoff as an ISO timestamp.

    ValueError with a readable message for anything else.
    """
    v = value.strip()
    m = _SINCE.match(v)
    if m:
        return iso(now - dt.timedelta(seconds=int(m.group(1)) * _UNITS[m.group(2).lower()]))
    try:
        return dt.date.fromisoformat(v).isoformat() + "T00:00"
    except ValueError:
        raise ValueError(
            f"bad duration or date {value!r} (want e.g. 24h, 7d, YYYY-MM-DD)"
        ) from None


def parse_day(value: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError(f"bad date {value!r} (want YYYY-MM-DD)") from None
