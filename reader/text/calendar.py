"""Weekday and month names, lower case, in calendar order: the words a date is written with,
which the story layer (time frames, names that are not names) and the figures (a number beside
a month is a date, not a count) both read."""

from __future__ import annotations

import re

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


# a time frame fronted before a lede's subject: "Over the past three weeks, ", "In the last
# year, ", "Since January, ", "Last week, ", a start still to come: "Beginning in August, ",
# "Starting Monday, " ("This week, " points back: story.cues.continues_story). The story layer
# reads it for ledes (boundary.lede) and drops it from generated titles (titles.generate).
_MONTHS = "|".join(MONTH_NAMES)
FRONTED_TIME = re.compile(
    r"(?:(?:over|in|during|within|across|for) the (?:past|last|coming|next) (?:[\w-]+ ){0,2}"
    r"(?:days?|weeks?|months?|years?|decades?|fortnight|weekend|summer|winter|term)"
    rf"|since (?:{_MONTHS}|the start of [\w ]{{3,20}})(?: \d{{4}})?"
    r"|last (?:week|month|year|weekend|term|semester|summer|winter|spring|autumn)"
    rf"|(?:beginning|starting|from) (?:in |on |early |late |next )?(?:{_MONTHS}"
    rf"|{'|'.join(WEEKDAY_NAMES)}|week|month|year|spring|summer|autumn|fall|winter|today"
    r"|tomorrow)(?: \d{1,2})?(?:,? \d{4})?)"
    r", (?=[a-z0-9\"\u201c\u2018'A-Z])",
    re.IGNORECASE,
)
