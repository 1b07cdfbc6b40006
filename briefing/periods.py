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

from briefing.period_text import (
    AGAINST,
    COMPARISON,
    PERIOD,
    REPORTING,
    find_period,
)
from reader.model import Figure, Story


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
# a participial phrase: ", closed since 2019 over …" (a past participle before a preposition: a
# reduced relative clause, of the noun before it) or ", leaving a surplus of …" (an -ing verb, not
# "during", "according to", "including", nor a noun such as "spending")
_PAST = r"(?!down\b)[a-z]{2,}(?:ed|en|wn|ut)\s(?=(?:since|by|in|for|over|until|after|before|during|from|on|at)\s)"
_ING = (
    r"(?!(?:adding|saying|noting|warning|explaining)\s+(?:that|it|he|she|they|we)\b)"
    r"(?!(?:during|according|including|excluding|meaning|spending|funding|building|morning|"
    r"evening|spring|something|nothing|anything|everything|earnings|ceiling|pricing|trading|"
    r"shipping|housing|advertising|lending|banking|borrowing|listing|ranking|rating|marketing|"
    r"manufacturing)\b)[a-z]{2,}ing\s"
)
_JOINERS = (
    r"[;:\u2014]|,\s(?:which|who|whose|while|but|whereas|although|though|following|after|as|"
    r"when|before|since|compared|against|and|{past}|{ing})\s?"
    # "and" before a new subject that reports or plans: "Revenue rose to QR41.2bn and the
    # airline said it expects to add 20 aircraft by 2028" (2028 is the aircraft's)
    r"|\sand\s(?:the\s[a-z]+|it|he|she|they|we)\s(?:also\s)?(?:said|says|expects|expected|"
    r"plans|planned|aims|hopes|warned|added|predicted|forecast|forecasts)\b"
)
_JOINED = re.compile(_JOINERS.format(past=f"(?P<past>{_PAST})", ing=f"(?P<ing>{_ING})"))
_HUNG_START = re.compile(f"{_ING}|{_PAST}")
_A_RATE = re.compile(r"\b(?:a|per)\s+(?:year|month|week|day)\b")


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
    # (a reduced relative right after the figure is the figure's own: "£90 million, imposed on a
    # rival in 2021")
    hi = next(
        (
            m.start()
            for m in _JOINED.finditer(text, end)
            if not (m.group("past") and not text[end : m.start()].strip())
        ),
        len(text),
    )
    return " ".join(text[lo:hi].split())


# a clause that looks ahead ("and said it expects fourth-quarter revenue of …") names the period
# of its own forecast, never the one the story's other figures report
_AHEAD = re.compile(
    r"\b(?:expects?|expecting|predicts?|projects|guided|guidance|outlook|will|"
    r"(?:plans?|aims?|intends?|hopes?) to|(?:is|are) set to|"
    # a deal's completion date is no reporting period: "The deal is expected to complete in the
    # third quarter"
    r"(?:is|are) (?:expected|due) to (?:complete|close|be completed|be closed|finalise|"
    r"finalize))\b",
    re.I,
)
_CLAUSE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+|" + _JOINERS.format(past=_PAST, ing=_ING)
)


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
    r"\s(?:and|but)\s+(?:(?:now|still|also)\s+)?(?:has|have|had|is|are|was|were|will|would|said|"
    r"says|plans?|expects?|aims?|wants?|hopes?|operates|employs|runs|owns|holds|serves|remains)\b"
    # "… boost earnings from 2007 but the deal will cost it $1bn": a clause with its own subject
    r"|\sbut\s+(?:the|its|it|he|she|they|we)\s",
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


_BASE_TAIL = 60  # characters after a base read for its own time
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
        for pattern in (
            COMPARISON,
            PERIOD,
        ):  # (as long as written: "the same period a year earlier")
            m = pattern.search(tail)
            if m and _BASE_GAP.fullmatch(tail[: m.start()]):
                return find_period(m.group(0), pattern)
    m = COMPARISON.search(clause)
    if m:
        return find_period(m.group(0), COMPARISON)
    return find_period(clause[end : end + _BASE_TAIL // 2]) if at >= 0 else ""


# "the quarter", "the end of the period": the period the story reports, named again
_AGAIN = re.compile(
    r"(?:(?:at\s+)?the\s+end\s+of\s+)?the\s+(quarter|period|half|year|\w+\s+(?:months|weeks))",
    re.I,
)


# a quarter is three months, a half six: "the quarter" of a story on "the three months to September"
_SAME_SPAN = {"quarter": ("three months", "3 months"), "half": ("six months", "6 months")}


def _named_again(found: str, f: Figure, story: Story) -> str:
    """A period named again ("spent $1.6 billion in the quarter") is the one the story reports
    when that is of its kind ("third quarter"; any for "the period"), else as written."""
    again = _AGAIN.fullmatch(found)
    if again is None:
        return found
    reported_period = _reporting_period(f, story)
    unit = again.group(1).lower()
    kinds = {unit, *_SAME_SPAN.get(unit, ())}
    if reported_period and (unit == "period" or any(k in reported_period.lower() for k in kinds)):
        # ("at the end of the quarter": the end of the third quarter)
        return f"end of {reported_period}" if "end of" in found.lower() else reported_period
    return found


def _reporting_period(f: Figure, story: Story) -> str:
    """The reporting period of the figure's paragraph or those before it, else the story's."""
    sentence = " ".join(f.sentence.split())
    at = next(
        (k for k, p in enumerate(story.paragraphs) if sentence and sentence in " ".join(p.split())),
        0,
    )
    for paragraph in reversed(story.paragraphs[: at + 1]):  # its paragraph, then those before
        found = find_period(reported(paragraph), REPORTING)
        if found:
            return found
    return story_period(story)


def figure_period(f: Figure, story: Story) -> str:
    """The figure's period (see the module docstring), "" when the story names none."""
    clause = own_clause(f.sentence, f.surface)
    if f.status == "base":  # "from £47.9 million a year earlier": the time it is measured against
        return _base_period(clause, f.surface)
    # (a comparison phrase that holds the figure itself is read from the figure on: "came on top
    # of 800 jobs lost last year", "from 5% in 2003 to 13.3% during last year")
    own = AGAINST.sub(lambda m: _from_figure(m.group(0), f.surface), _own_text(clause, f.surface))
    market = _market_move(f)
    at = own.find(f.surface)
    found = find_period(own, near=(at, at + len(f.surface)) if at >= 0 else None, daily=market)
    if found:
        return _named_again(found, f, story)
    sentence = " ".join(f.sentence.split())
    before = sentence[: max(0, sentence.find(clause))] if clause in sentence else ""
    if before and _HUNG_START.match(clause):
        # a participial phrase shares the time of the clause it hangs on: "fell 4.6% on Friday,
        # valuing the group at ¥3.8tn", "will raise pay by 4.5% from April, taking the hourly
        # rate to €14.75", "received at the end of last week, pitched at about 300p a share"
        # (only the clause right before it; another figure's "a year" is no time)
        joins = [m for m in _JOINED.finditer(before) if not (m.group("past") or m.group("ing"))]
        lo = max((m.end() for m in [*joins, *_AND_VERB.finditer(before)]), default=0)
        hung = _A_RATE.sub(" ", AGAINST.sub(" ", before[lo:]))
        found = find_period(hung, near=(len(hung), len(hung)), daily=market)
        if found:
            return _named_again(found, f, story)
    if market:
        return ""  # a market move is of its day, not of the story's reporting period
    term = _term_of(f, story)
    if term:
        return term
    if f.status in _NOT_YET:
        return ""  # a plan or forecast is not of the period the story reports
    # the time its sentence set in a clause before it ("processed €142 billion of payments last
    # year, up 37% from €104 billion in 2024, and had revenue of €612 million": last year)
    earlier = find_period(AGAINST.sub(" ", reported(before)))  # (not the day of a statement)
    if earlier and not _NOW.search(clause):
        return earlier
    if f.kind == "count":
        # a count ("6,200 workers", "188 stores", "61.2 million phones") is dated by what its
        # own sentence says only: a results story's quarter is not the time of a headcount
        return ""
    return _reporting_period(f, story)
