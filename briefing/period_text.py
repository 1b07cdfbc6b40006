"""What a period is in text and how the one nearest a figure is found (``find_period``):
the reporting periods a story states once (``REPORTING``), every time one sentence can name
(``PERIOD``), and the times a change is measured against (``COMPARISON``, ``AGAINST``).
Split from ``briefing.periods``, which decides whose period each is."""

from __future__ import annotations

import re

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_SPAN = rf"(?:{_COUNT}\s+(?:weeks|months))"  # "six months to September", "four weeks to 2 November"
# a period's first word that keeps its capital wherever it stands
_PROPER_START = re.compile(rf"(?:{_MONTH}|{_WEEKDAY}|Christmas|Easter)$")
# "Sept. 30", "Jan 1": a month written short, with its day
_SHORT_DAY = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b"
_DAY_MONTH = rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}}\b)?|{_SHORT_DAY})"
# a time that a change is measured against: the base's period, never the figure's own
COMPARISON = re.compile(
    rf"\b(?:(?:a|one|{_COUNT})\s+(?:year|month|week|decade)s?\s+(?:earlier|ago|before|previously)"
    r"|(?:the\s+)?same\s+(?:period|quarter|month|week|time|half)(?:\s+(?:a\s+year\s+(?:earlier|ago)"
    r"|last\s+year|of\s+\w+\s+year))?"
    r"|(?:the\s+)?(?:year|quarter|month|week|season)\s+before"
    r"|(?:the\s+)?previous\s+(?:financial\s+|fiscal\s+)?(?:year|quarter|month|week|season)"
    r"|last\s+(?:financial\s+|fiscal\s+)?(?:year|season|quarter|month|week)"
    rf"|(?:pre-pandemic|{_YEAR})\s+levels?)\b",
    re.I,
)
# the comparison phrase a figure's change is measured against ("from $4.99B a year earlier",
# "than last year", "on the same quarter last year"): blanked before the figure's own period is
# read, so a current figure never takes its base's time
AGAINST = re.compile(
    rf"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|on)\b[^,;]{{0,60}}?"
    rf"(?:{COMPARISON.pattern}|\bthis\s+(?:year|season|quarter|month|week)\b"
    rf"|\b{_WEEKDAY}'s\s+clos(?:e|ing)\b)"
    # "up from €10.2 billion in September", ", from 41% in June", "down from a peak of 96% in
    # mid-2004": a base figure and its own time (not "rose to 5.5% from 5.4% in September",
    # where the time may be the move's)
    rf"|(?:\b(?:up|down)\s+from|,\s+from|\bcompared\s+(?:with|to)|\bversus|\bagainst)\s+"
    rf"[^,;\d]{{0,20}}?(?:[A-Z]{{1,3}}\$|[$£€¥])?\d[^,;]{{0,25}}?\s(?:(?:in|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?"
    rf"(?:{_MONTH}|{_YEAR})|(?:last|on)\s+{_WEEKDAY})\b(?:[-/]\d{{2}}(?:\s+season)?)?"
    # "the club's highest since 2019" compares, it does not date
    r"|\b(?:highest|lowest|most|fewest|biggest|largest|smallest|best|worst|strongest|weakest)"
    r"\b[^,;]{0,20}?\bsince\s+"
    # (and since when it was founded: "the most since it was founded in 1961")
    r"(?:(?:it|they|the\s+\w+|\w+)\s+(?:was|were)\s+(?:founded|established|formed|set\s+up|"
    r"launched|opened|created|incorporated|built|started)\s+in\s+)?\S+"
    # "a 29% premium to Tuesday's closing price": the price it is measured against
    r"|\b(?:premium|discount)\s+(?:to|over)\b[^,;]{0,30}?\b(?:close|closing|price)\b",
    re.I,
)
# a reporting period or a term: what a figure's paragraph or story states once for all of them
REPORTING = re.compile(
    "|".join(
        [
            rf"\b(?:fiscal\s+)?{_ORDINAL}[- ](?:fiscal[- ])?quarter(?:\s+of\s+(?:fiscal\s+)?{_YEAR})?",
            rf"\b(?:fiscal\s+)?{_ORDINAL}[- ]half(?:\s+of\s+{_YEAR})?",
            rf"\bQ[1-4](?:\s*(?:FY)?\s*'?(?:{_YEAR}|\d{{2}}))?\b",
            rf"\bH[12]\s+{_YEAR}\b",
            rf"\b(?:the\s+)?(?:quarter|{_COUNT}\s+(?:months|weeks)|year)\s+"
            rf"(?:ending|ended|to)(?:\s+the\s+end\s+of)?(?:\s+in)?\s+{_DAY_MONTH}(?:,?\s+{_YEAR})?",
            rf"\b{_MONTH}[- ]quarter\b",
            rf"\b(?:fiscal(?:\s+year)?|FY)\s*'?(?:{_YEAR}|\d{{2}})\b",
            rf"\bfull[- ]year(?:\s+{_YEAR})?\b",
            # "revenue for the half", "half-year profit" (not "half a year ago")
            r"\b(?:for|in|over)\s+the\s+half(?:[- ]year)?\b|\bhalf[- ]year\b",
        ]
    ),
    re.I,
)
# … and what only the figure's own sentence can say about it
PERIOD = re.compile(
    REPORTING.pattern
    + "|"
    + "|".join(
        [
            r"\bso far this year\b",
            # "in the quarter", "for the period", "at the end of the quarter", "at the year end":
            # the reporting period, named again (``figure_period`` reads which one)
            r"\b(?:in|for|during|(?:at\s+)?the\s+end\s+of)\s+the\s+(?:quarter|period|month|week|"
            rf"half|season|year|{_COUNT}\s+(?:months|weeks))\b"
            r"(?![-/]|\s+\d|\s+(?:to|ending|ended|before|earlier|ago)\b)",
            r"\b(?:at\s+the\s+)?year[- ]end\b",
            # "in the 2025-26 season", "in 2024-25"
            rf"\b(?:in|for|during)\s+(?:the\s+)?{_YEAR}[-/]\d{{2}}\b(?:\s+(?:season|financial\s+year))?",
            # "next April", "by late 2026", "in early 2022", "from 2026", "on January 1"
            rf"\bnext\s+{_MONTH}\b",
            rf"\b(?:(?:in|by)\s+)?(?:early|late|mid)[- ]{_YEAR}\b",
            rf"\bfrom\s+{_YEAR}\b(?!\s*(?:-|to|until)\b)",
            rf"\bon\s+{_MONTH}\s+\d{{1,2}}\b",
            # "last Friday", "since Monday", "Monday's close", "Tuesday's closing price"
            rf"\b(?:last|since)\s+{_WEEKDAY}\b|\b{_WEEKDAY}'s\s+clos(?:e|ing)\b",
            # a term ("a five-year deal"), not an age or a span ("19-year-old", "its 44-year
            # history", "a 9-year high")
            r"\b(?:one|two|three|four|five|ten|\d{1,2})-(?:year|month)\b(?!-old)"
            r"(?!\s+(?:history|career|reign|tenure|life|absence|wait|gap|high|low|record)\b)",
            # "$5m a year" is a rate; "from $4.99B a year earlier" names the base's time
            # ("its annual report" dates nothing)
            r"\b(?:annual(?:ly|ized|ised)?(?!\s+(?:report|accounts|results|meeting|general))"
            r"|a year(?! (?:earlier|ago|before|previously))"
            r"|per year|yearly)\b",
            rf"\b(?:in|for|during|by)\s+{_YEAR}\b",
            rf"\b(?:in|since)\s+{_MONTH}(?:\s+{_YEAR})?\b",
            rf"\bon\s+{_WEEKDAY}\b",
            r"\b(?:next|this|last)\s+(?:spring|summer|autumn|fall|winter|month|quarter)\b",
            r"\b(?:next|this|last|the\s+current)\s+(?:financial\s+|fiscal\s+)?"
            r"(?:year|season|week|decade)\b",
            rf"\b{_SPAN}\s+(?:ending|ended|to)\s+{_DAY_MONTH}(?:,?\s+{_YEAR})?",
            rf"\b(?:first|last|opening)\s+{_COUNT}\s+(?:days|weeks|months)\b",
            rf"\bby\s+{_MONTH}(?:\s+{_YEAR})?\b",
            rf"\b(?:the\s+)?end\s+of\s+(?:{_MONTH}|{_YEAR})\b(?:\s+{_YEAR}\b)?",
            rf"\bbetween\s+{_MONTH}\s+and\s+{_MONTH}(?:\s+{_YEAR})?",
            r"\bover\s+the\s+(?:year|quarter|month|week|season|summer|winter)\b",
            r"\b(?:so\s+far|to\s+date|year\s+to\s+date|today|yesterday|tonight)\b",
            r"\b(?:(?:opening|first|last|this|the)\s+)?weekend\b",
            rf"\bsince\s+(?:{_YEAR}|the\s+start\s+of\s+(?:the\s+)?(?:year|season))\b",
            r"\ba\s+(?:day|week|month|season)\b(?!\s+(?:after|before|later|earlier|ago)\b)",
            rf"\bover\s+(?:the\s+(?:next|coming)\s+)?{_COUNT}\s+(?:years|months|seasons)\b",
            rf"\bby\s+the\s+end\s+of\s+(?:{_YEAR}|{_MONTH}|next\s+year|this\s+year)\b",
            rf"\b(?:from|until|till)\s+{_DAY_MONTH}\b",
            r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+"
            r"(?:year|month|week|decade|(?:\w+\s+)?(?:years|months|weeks|days))\b",
        ]
    ),
    re.I,
)


# "said on Tuesday", "appealed early on Monday", "said in a trading update on Thursday", "in a
# statement on Friday": the day of the statement, not of the figure
_STATED = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|told|agreed|appealed|warned|revealed|"
    r"published|unveiled|voted|decided)\s+(?:\w+\s+)?$"
    r"|\b(?:in|at|during)\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:statement|"
    r"update|filing|release|interview|briefing|note|letter|announcement|presentation|call|"
    r"conference|speech)\s+$",
    re.I,
)


_WEEKDAY_ONLY = re.compile(rf"on\s+{_WEEKDAY}", re.I)
_FROM_YEAR = re.compile(rf"from\s+{_YEAR}", re.I)
_RATE = re.compile(r"a\s+(?:year|month|week|day)|per\s+year", re.I)
_TARGET = re.compile(rf"(?:(?:by|in)\s+)?(?:{_MONTH}|{_YEAR}|FY)", re.I)
_TO_TARGET = re.compile(r"\s+(?:by\s+)?")


def _target_after(text: str, m: re.Match[str], found: list[re.Match[str]]) -> re.Match[str] | None:
    """The target date right after a rate ("a year by 2028", "a year by FY28")."""
    if not _RATE.fullmatch(m.group(0)):
        return None
    return next(
        (
            n
            for n in found
            if n.start() >= m.end()
            and _TO_TARGET.fullmatch(text, m.end(), n.start())
            and _TARGET.match(n.group(0))
        ),
        None,
    )


def _statement_day(text: str, m: re.Match[str]) -> bool:
    return m.group(0)[:3].lower() == "on " and bool(_STATED.search(text, 0, m.start()))


def find_period(
    text: str,
    pattern: re.Pattern[str] = PERIOD,
    near: tuple[int, int] | None = None,
    daily: bool = True,
) -> str:
    """The first period named in ``text`` (the one nearest the span ``near``, when given),
    tidied ("second-quarter" → "second quarter"); the day a statement was made is none
    ("appealed on Monday for $4.2bn … next year"), and "on Monday" is the day of the news,
    not the figure's time, when more is said and the figure is no ``daily`` market move."""
    found = [m for m in pattern.finditer(text) if not _statement_day(text, m)]
    if not found:
        return ""
    m = found[0]
    if near is not None:
        dated = [m for m in found if daily or not _WEEKDAY_ONLY.fullmatch(m.group(0))] or found
        # "from 2024" after a change is its base's year when the clause names its own time too
        # ("€3.6bn last year, up 11% from 2024")
        dated = [m for m in dated if not _FROM_YEAR.fullmatch(m.group(0))] or dated
        m = min(dated, key=lambda m: max(m.start() - near[1], near[0] - m.end(), 0))
    # a rate's "a year" / "a month" with the target date written right after it: "12 million
    # litres a year by 2028", "229 crowns a month in March"
    target = _target_after(text, m, found)
    text = text[m.start() : target.end()] if target else m.group(0)
    if not re.search(r"\d-(?:year|month)", text, re.I):
        text = re.sub(r"(?<=[^\W\d])-(?=[^\W\d])", " ", text)  # (not "2025-26", "mid-2026")
    words = text.split()
    if words and words[0].lower() in ("in", "for", "during", "by", "the", "on"):
        words = words[1:]
    if [w.lower() for w in words[:2]] == ["the", "half"]:
        words = ["half", "year"]  # "for the half", "over the half-year"
    # "Third-quarter revenue rose" opens its sentence; "Third Quarter 2026 Results" is a
    # title-case headline: a period's words are common words but for months and days
    words = [
        w.lower() if re.fullmatch(r"[A-Z][a-z]+", w) and not _PROPER_START.match(w) else w
        for w in words
    ]
    return " ".join(words)
