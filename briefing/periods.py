"""The period a figure belongs to: "fiscal second quarter", "Q2 2025", "quarter ending in
December", "2024".

A figure's own clause is searched first (any period: "so far this year", "on Friday",
"annualized"): its sentence without the other clauses — a relative clause it is not in
("shares, which have surged 50% so far this year, were up 3%": "so far this year" is the
50%'s), nor one joined by ";", ", while", ", but", ", following", ", after" … Then for a reporting period or term only, the paragraph it stands in and those
before it, then the story's opening (where a results story names its quarter once: "Alibaba
delivered fiscal second-quarter results … Revenue reached $34.81 billion") — not for a count, which
only its own sentence dates ("employs 6,200 people" is of no quarter). Comparison periods ("year over
year") are the change's, not the figure's, and are not returned here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.model import Figure, Story

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
_DAY_MONTH = rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}}\b)?)"
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
_AGAINST = re.compile(
    rf"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|on)\b[^,;]{{0,60}}?"
    rf"(?:{COMPARISON.pattern}|\bthis\s+(?:year|season|quarter|month|week)\b)"
    # "the club's highest since 2019" compares, it does not date
    r"|\b(?:highest|lowest|most|fewest|biggest|largest|smallest|best|worst|strongest|weakest)"
    r"\b[^,;]{0,20}?\bsince\s+\S+",
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
        m = min(dated, key=lambda m: max(m.start() - near[1], near[0] - m.end(), 0))
    # a rate's "a year" / "a month" with the target date written right after it: "12 million
    # litres a year by 2028", "229 crowns a month in March"
    target = _target_after(text, m, found)
    text = text[m.start() : target.end()] if target else m.group(0)
    if not re.search(r"\d-(?:year|month)", text, re.I):
        text = text.replace("-", " ")
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


def story_period(story: Story, paragraphs: int = 6) -> str:
    """The reporting period the story's opening names, its look-ahead clauses left out."""
    opening = [story.title, *story.paragraphs[:paragraphs]]
    return find_period(" ".join(reported(p) for p in opening), REPORTING)


# a clause the figure may not be in: ", which … ," or ", founded in 1952 by … ," inside the
# sentence, or one joined on
_RELATIVE = re.compile(
    r",\s(?:which|who|whose|founded|established|formed|set\sup|launched|created|started|"
    r"incorporated|based|headquartered|listed|owned|born)\s(?:[^,;]|,(?=\d))*,(?!\d)"
)
_JOINED = re.compile(
    r"[;:\u2014]|,\s(?:which|who|whose|while|but|whereas|although|though|following|after|as|"
    r"when|before|since|compared|against|and)\s"
)


# a present-tense state ("and operates 142 planes"): of now, not of the time a clause before it set
_NOW = re.compile(
    r"\b(?:is|are|has|have|operates|employs|runs|owns|holds|serves|remains|stands|trades)\b", re.I
)
# what has not happened yet: never dated by the period a results story reports
_NOT_YET = frozenset(["planned", "forecast", "hypothetical"])  # (analysts' "expected" is of it)
_MARKET = frozenset(["share price", "shares", "price", "index", "market cap", "market value"])


def own_clause(sentence: str, surface: str) -> str:
    """The part of ``sentence`` that is the clause ``surface`` stands in (module doc); the
    whole sentence when the surface is not found in it."""
    at = sentence.find(surface) if surface else -1
    if at < 0:
        return sentence
    for m in _RELATIVE.finditer(sentence):
        if m.start() <= at < m.end():
            return sentence[m.start() + 2 : m.end() - 1]  # the figure's own relative clause
    # the relative clauses it is not in, blanked (so offsets hold)
    text = _RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence)
    end = at + len(surface)
    # the joining word stays ("compared with C$0.37 in the same quarter last year and the C$0.39
    # analysts expected": what the figure is compared with shows)
    lo = max(
        (m.start() + 1 if m.group(0)[0] == "," else m.end() for m in _JOINED.finditer(text, 0, at)),
        default=0,
    )
    hi = next((m.start() for m in _JOINED.finditer(text, end)), len(text))
    return " ".join(text[lo:hi].split())


# a clause that looks ahead ("and said it expects fourth-quarter revenue of …") names the period
# of its own forecast, never the one the story's other figures report
_AHEAD = re.compile(
    r"\b(?:expects?|expecting|predicts?|projects|guided|guidance|outlook|will|"
    r"(?:plans?|aims?|intends?|hopes?) to|(?:is|are) set to)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+|" + _JOINED.pattern)


@lru_cache(maxsize=2048)  # every figure of a story reads the same paragraphs
def reported(text: str) -> str:
    """``text`` without its clauses that look ahead (``_AHEAD``)."""
    return " ".join(c for c in _CLAUSE_END.split(text) if c and not _AHEAD.search(c))


# "cut prices by 9% and expects sales to grow this year": what it goes on to expect is not the
# figure's time
_THEN_AHEAD = re.compile(
    r"\s(?:and|but)\s+(?:\w+\s+)?(?:expects?|forecasts?|predicts?|sees|will|plans?|aims?)\b",
    re.I,
)


# "It expects demand to reach 2 million parcels this year and has asked the government for
# £50m": a predicate of its own, with its own time
_AND_VERB = re.compile(
    r"\s(?:and|but)\s+(?:has|have|had|is|are|was|were|will|would|said|says|plans?|expects?|"
    r"aims?|wants?|hopes?)\b",
    re.I,
)


def _own_text(clause: str, surface: str) -> str:
    """The figure's own predicate in its clause: from the last verb joined on before it, up to
    what it goes on to expect (``_THEN_AHEAD``)."""
    at = clause.find(surface)
    if at < 0:
        return clause
    lo = max((m.start() for m in _AND_VERB.finditer(clause, 0, at)), default=0)
    m = _THEN_AHEAD.search(clause, at + len(surface))
    return clause[lo : m.start() if m else len(clause)]


_TERM = r"\b(?:one|two|three|four|five|ten|\d{1,2})-(?:year|month)\s+(?:[a-z]+\s+)?"


def _term_of(f: Figure, story: Story) -> str:
    """The term the story gives the thing the figure measures: "a $200 million contract" and,
    later, "the one-year contract" ("one year")."""
    head = (f.measure or f.metric or "").split()[-1:]
    if not head or not head[0].isalpha():
        return ""
    pattern = re.compile(_TERM + re.escape(head[0]) + r"\b", re.I)
    for paragraph in (story.title, *story.paragraphs):
        m = pattern.search(paragraph)
        if m:
            return find_period(m.group(0))
    return ""


def _from_figure(phrase: str, surface: str) -> str:
    """A comparison phrase blanked, or, when it holds the figure, its words from the figure on."""
    at = phrase.find(surface)
    return " " if at < 0 else " " + phrase[at:]


def _market_move(f: Figure) -> bool:
    """A price or market level, which moves by the day."""
    measure = f.measure or f.metric or ""
    return measure in _MARKET or measure.endswith((" price", " prices", " index"))


_BASE_TAIL = 30  # characters after a base read for its own time
# what may stand between a base and its own time: "from £38m the year before", "from 2,110 in
# 2024", "from C$981 million in 2024" (no clause break, no other figure)
_BASE_GAP = re.compile(r"[^,;\d]{0,12}")


def _base_period(clause: str, surface: str) -> str:
    """A base's time: the one written right after it ("up from £38m the year before", "from
    €104 billion in 2024", "well below the $3.9bn it made in 2025") — not the current figure's
    "last year" earlier in the clause — else the clause's comparison phrase ("compared with
    $150 million, or 68 cents per share, a year earlier")."""
    at = clause.find(surface)
    if at >= 0:
        end = at + len(surface)
        tail = clause[end : end + _BASE_TAIL]
        for pattern in (COMPARISON, PERIOD):
            m = pattern.search(tail)
            if m and _BASE_GAP.fullmatch(tail[: m.start()]):
                return find_period(m.group(0), pattern)
    m = COMPARISON.search(clause)
    if m:
        return find_period(m.group(0), COMPARISON)
    return find_period(clause[end : end + _BASE_TAIL]) if at >= 0 else ""


def figure_period(f: Figure, story: Story) -> str:
    """The figure's period (see the module docstring), "" when the story names none."""
    clause = own_clause(f.sentence, f.surface)
    if f.status == "base":  # "from £47.9 million a year earlier": the time it is measured against
        return _base_period(clause, f.surface)
    # (a comparison phrase that holds the figure itself is read from the figure on: "came on top
    # of 800 jobs lost last year", "from 5% in 2003 to 13.3% during last year")
    own = _AGAINST.sub(lambda m: _from_figure(m.group(0), f.surface), _own_text(clause, f.surface))
    market = _market_move(f)
    at = own.find(f.surface)
    found = find_period(own, near=(at, at + len(f.surface)) if at >= 0 else None, daily=market)
    if found or market:
        return found  # a market move is of its day, not of the story's reporting period
    term = _term_of(f, story)
    if term:
        return term
    if f.status in _NOT_YET:
        return ""  # a plan or forecast is not of the period the story reports
    # the time its sentence set in a clause before it ("processed €142 billion of payments last
    # year, up 37% from €104 billion in 2024, and had revenue of €612 million": last year)
    sentence = " ".join(f.sentence.split())
    before = sentence[: max(0, sentence.find(clause))] if clause in sentence else ""
    earlier = list(PERIOD.finditer(_AGAINST.sub(" ", reported(before))))
    if earlier and not _NOW.search(clause):
        return find_period(earlier[0].group(0))
    if f.kind == "count":
        # a count ("6,200 workers", "188 stores", "61.2 million phones") is dated by what its
        # own sentence says only: a results story's quarter is not the time of a headcount
        return ""
    at = next(
        (k for k, p in enumerate(story.paragraphs) if sentence and sentence in " ".join(p.split())),
        0,
    )
    for paragraph in reversed(story.paragraphs[: at + 1]):  # its paragraph, then those before
        found = find_period(reported(paragraph), REPORTING)
        if found:
            return found
    return story_period(story)
