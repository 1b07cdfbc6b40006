"""Weekday and month names, lower case, in calendar order: the words a date is written with,
which the story layer (time frames, names that are not names) and the figures (a number beside
a month is a date, not a count) both read."""

from __future__ import annotations

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
