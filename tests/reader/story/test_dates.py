"""Story dates: published stamps resolved to absolute times, --since cutoffs."""

from __future__ import annotations

import datetime as dt

import pytest

from reader.story.dates import parse_since, resolve

REF = dt.datetime(2026, 11, 23, 18, 30)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("9 hours ago", "2026-11-23T09:30"),
        ("Updated 2 days ago", "2026-11-21T18:30"),
        ("an hour ago", "2026-11-23T17:30"),
        ("Yesterday", "2026-11-22T18:30"),
        ("Updated 3:41 PM EST, Tue March 4, 2025", "2025-03-04T15:41"),
        ("March 4, 2025", "2025-03-04T00:00"),
        ("4 March 2025", "2025-03-04T00:00"),
        ("2025-03-04T08:15:00Z", "2025-03-04T08:15"),
        ("November 3, 20269:14 AM GMT+9", "2026-11-03T09:14"),
        ("February 30, 2025", None),
        ("by our reporter", None),
        (None, None),
    ],
)
def test_resolve(stamp: str | None, expected: str | None) -> None:
    assert resolve(stamp, REF) == expected


def test_parse_since() -> None:
    assert parse_since("24h", REF) == "2026-11-22T18:30"
    assert parse_since("7d", REF) == "2026-11-16T18:30"
    assert parse_since("2026-11-01", REF) == "2026-11-01T00:00"
    with pytest.raises(ValueError, match="bad duration"):
        parse_since("yesterday-ish", REF)
