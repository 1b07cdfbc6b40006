"""How a figure moved, read from its sentence: a movement verb or noun next to the figure
("rose 16% to", ", up 5%", "an 8% increase", "down 12% from a year earlier at $1.4bn",
"$5bn for the quarter, up 18%") with a period ("year-over-year", "from a year ago");
"slipped to 51.6%" and ", up from $95m" give a direction without an amount (a level that
moved), "down from 21%" is an old level (no change), "made up 55%" and "up to 30%" are not
moves. All within the figure's clause, in bounded windows.
"""

from __future__ import annotations

import re
from typing import Literal

from reader.figures.gate import Gated, led
from reader.model import Change, FigureKind

_UP = (
    r"up|rose|rise|rising|risen|grew|grow|growing|grown|increased|increase|jumped|jump"
    r"|gained|gaining|climbed|surged|soared|higher|advanced|raised|lifted|rallied"
    r"|rebounded|leapt|leaped|rocketed|spiked|firmed|strengthened|climbing|jumping|surging"
    r"|soaring|advancing|rallying"
)
_DOWN = (
    r"down|fell|fall|falling|fallen|declined|decline|dropped|drop|decreased|slid"
    r"|slipped|lower|plunged|tumbled|shrank|lost|narrowed|narrowing|lowered|trimmed|slumped"
    r"|sank|sunk|plummeted|dived|dipped|eased|weakened|sliding|tumbling|plunging|dipping"
    r"|slipping|dropping|declining|easing|sinking|slumping|shrinking"
)
UP_NOUN = r"increase|rise|jump|gain|growth|surge|climb|boost|hike|expansion|improvement"
# (a loss is a move in "a 5% loss" but a level in "a net loss of 472bn yen": ``_NOUN_OF``
# leaves it out)
_DOWN_MOVES = r"decline|drop|fall|decrease|cut|slump|slide|contraction|reduction|dip"
DOWN_NOUN = _DOWN_MOVES + "|loss"
# "rose 16% to $X", "were down 12% from a year earlier at $X": the change before a level
_CHANGE_TO = re.compile(
    r"(\d[\d.]{0,12} ?(?:%|percentage points?|per ?cent\b))"
    r"(?: (?:(?P<up>" + UP_NOUN + r")|(?P<down>" + DOWN_NOUN + r"))(?: in [a-z -]{1,30}?)?)?"
    r"(?:,? (?:from|on|over|compared with|against) (?:a|the|last) [a-z -]{1,25}?,?"
    r"|,? (?:at|in) (?:constant|comparable|local) [a-z -]{1,25}?,?)? (?:to|at) $",
    re.I,
)
# "for the quarter ended September 30": a short qualifier between a level and its change
_QUALIFIER = (
    r"(?: (?:for|in|during|over|on|of) (?:the |its |a )?[^,;:()%$€£¥\d]{1,40}?(?: \d{1,2})?)?"
)
# "R$4.9bn, 12% more than a year earlier": the change written after the level
_MORE_THAN = re.compile(
    _QUALIFIER
    + r",? (?P<amt>\d[\d.]{0,12} ?(?:%|per ?cent)) (?:(?P<up>more|higher|up)|less|lower|down|"
    r"fewer) (?:than|from|on)\b",
    re.I,
)
_FROM_LEVEL = re.compile(r",? (?:(?P<up>up)|down) from\b", re.I)
# ... after the figure's period: "a pre-tax loss of £22.4m for the year to May, up from £18.1m"
_FROM_LEVEL_PAST_PERIOD = re.compile(
    r" (?:for|in|over) (?:the )?[^,;\d]{2,30}?(?:\d{4})?, (?:(?P<up>up)|down) from\b", re.I
)
# verbs whose "up to" is a move to a level ("edged up to 4.6%", "went up to £3"), not a limit
_UP_TO_VERBS = ("went", "gone", "edged", "crept", "ticked", "inched", "shot", "moved")
# a movement verb right before "to" and the level: "profit rose to £1.1 million from £640,000",
# "sales slipped to $51.6m" (a verb, not "up to": a limit)
_MOVED_TO = re.compile(
    r"\b(?:(?P<up>rose|risen|grew|grown|increased|jumped|climbed|surged|soared|advanced"
    r"|doubled|tripled|trebled|quadrupled|widened|(?:" + "|".join(_UP_TO_VERBS) + r") up)"
    r"|fell|fallen|declined|dropped|decreased|slid|slipped|plunged|tumbled|shrank|shrunk|halved"
    r"|narrowed"
    r"|(?:went|gone|edged|crept|ticked|inched|came|moved) down)"
    # (or with the amount it moved by between: "rose 4p to 98p", "fell £2bn to £10bn"; or
    # the old level: "rose from $4m to $5m")
    r"(?: sharply| slightly| further| again)?(?: [^\s,;:%]{1,12}| from [^\s,;:%]{1,15})? to "
    r"(?:about |around |nearly |almost |just |a record )?$",
    re.I,
)
# a verb of a measure moving right before a sum ("will rise 12p", "went up £48", "fell £2bn"):
# the sum is the move (not "lost £2bn", a loss; "raised £40m", funds; "cut £2m", a saving)
_MONEY_MOVED = re.compile(
    r"\b(?:(?P<up>rose|rise|rises|risen|rising|(?:go|goes|went|gone|going) up|increased|"
    r"climbed|jumped|edged up)|fell|fall|falls|fallen|falling|(?:come|comes|came) down|"
    r"decreased|dropped|dipped|slipped|slid|edged down)"
    r"(?: by)?(?: about| around| roughly| nearly| almost| some| just| a further| another)? $",
    re.I,
)
# a verb's new level, then this figure after a comma ("climbed to £92m, or 78% of revenue"):
# the verb moved the level, not this figure
_TO_OTHER = re.compile(r"\s*to [^;]*\d[^;]*, (?:or |and |which is |about |some )*$")
# a measure moved by the amount a verb adds to it or takes off it ("would add about £45m to
# its costs", "wiping £52 million off its value", "add 1.9% to rates"): the amount is the move
_ADDS = Gated(  # (gate.py: a window without one of its verbs is not searched)
    re.compile(
        r"\b(?:(?P<up>add|adds|added|adding)|take|takes|took|taking|wipe|wipes|wiped|wiping|"
        r"knock|knocks|knocked|knocking|shave|shaves|shaved|shaving|lop|lops|lopped)"
        r"(?: (?:about|around|roughly|nearly|almost|some|up to|as much as|an estimated|a further|"
        r"another|an extra))? $",
        re.I,
    ),
    ("add", "tak", "took", "wip", "knock", "shav", "lop"),
)
_ADDS_TO = re.compile(r"(?: a (?:year|month|week))? (?P<to>to|onto)\b")
_TAKES_OFF = re.compile(r"(?: a (?:year|month|week))? (?:off|from)\b")
# "public administration, up 9,200", "will pay ₱342, up ₱26": a count or a sum after a comma
# and "up"/"down" is the move
_COUNT_MOVED = re.compile(r", (?:(?P<up>up)|down) (?:about |around |nearly |almost |some )?$")
# "will pay about £86 a year more", "4 cents more per journey", "$37.62 more than now": a sum
# and "more"/"less" after it (maybe after its period) is the move
_MORE_AFTER = re.compile(
    r"(?: a (?:year|month|week|day))? (?:(?P<up>more)|less)"
    # (not "25p more expensive": a comparison of two things, no move)
    r"(?=[,.;:)!?]|$| (?:than|per|a|an|each|for|on|in|from|to|this|next|last|over|every)\b)"
)
# "made up 55% of", "up to 30%": "up" that is not a movement
_NOT_A_MOVE = led(
    r"\b(?:made|make|makes|making|set|sets|pick(?:ed)?|sum(?:med)?|end(?:ed)?|took|take[sn]?) up\b"
    # (a limit, "up to 4%"; not a move's "edged up to 4.6%", "went up to £3")
    r"|" + "".join(rf"(?<!{verb} )" for verb in _UP_TO_VERBS) + r"\bup to\b",
    re.I,
)
_UP_RE = led(r"\b(?:" + _UP + r")\b", re.I)
_DOWN_RE = led(r"\b(?:" + _DOWN + r")\b", re.I)
_PERIOD_RE = Gated(  # (gate.py: a text without the period's word is not searched)
    led(
        r"\b(?:year[- ]over[- ]year|year[- ]on[- ]year|quarter[- ]on[- ]quarter|"
        r"quarter[- ]over[- ]quarter|month[- ]on[- ]month|from a year (?:ago|earlier)|"
        r"(?:than|on) (?:a|the) year (?:ago|earlier|before)|year[- ]earlier|year[- ]to[- ]date|"
        r"so far this year|from last year|in the same (?:period|quarter) (?:of|a|last) ?\w*|"
        r"from the previous (?:year|quarter)|from the same (?:period|quarter) (?:a|last) year|"
        r"compared with (?:a|the) year (?:ago|earlier)|YoY|QoQ)\b",
        re.I,
    ),
    ("year", "quarter", "month", "same", "yoy", "qoq"),
)
# "down from 21%", "down from roughly 60%": the old level after a move's word and "from"
_OLD_LEVEL = re.compile(
    r" (?:by )?(?:about |nearly |almost )?from "
    r"(?:about |around |roughly |nearly |almost |some |just )?"
)
# words that open a new clause between a figure and a move's noun ("28.9 percent as it cut
# prices": the cut is another act, not this figure's move)
_CLAUSE_WORDS = frozenset(["as", "while", "after", "because", "when", "but", "and", "it", "they",
                           "which", "who", "that", "since", "before", "if", "we", "he", "she"])  # fmt: skip


def _opens_clause(words: str) -> bool:
    return any(w in _CLAUSE_WORDS for w in words.lower().split()[:-1])


_NOUN_CHANGE = re.compile(
    r"(?:[\w-]+ ){0,3}?(?:(?P<up>" + UP_NOUN + r")|(?P<down>" + DOWN_NOUN + r"))\b", re.I
)
# "for the quarter ended September 30, up 18%": a short qualifier before the change
_AFTER_MONEY = Gated(  # (gate.py: a text without the percentage's unit is not searched)
    re.compile(
        _QUALIFIER
        + r",? ?(?:and )?(?P<verb>up|down|"
        + _UP
        + "|"
        + _DOWN
        + r"|rising|growing|falling|"
        r"declining|increasing|decreasing|gaining|dropping)(?: only| about| nearly| almost| some|"
        r" by| just| more than)? (?P<amt>\d[\d.]{0,12} ?(?:%|percentage points?|per ?cent\b))",
        re.I,
    ),
    ("%", "percentage point", "per cent", "percent"),
)


def _level_moved(
    text: str, start: int, moved: re.Match[str] | None, period: str | None
) -> Change | None:
    """A money or count level that moved, no amount: "$210m, up from $95m" (``moved``), "profit
    rose to £1.1 million" (a movement verb right before "to")."""
    if moved:
        return Change(_way(moved), None, period)
    to_level = _MOVED_TO.search(text, max(0, start - 40), start)
    if to_level is not None:
        return Change(_way(to_level), None, period)
    return None


# a move whose verb stands further back, its amount after "by": "lifted revenue from hauling
# ore by 31 per cent", "cut its main interest rate by 25 basis points" (verbs of changing a
# measure count here, where "by" says an amount follows; no other figure between)
_BY = re.compile(
    r"\bby (?:about |around |roughly |nearly |almost |some |just |a further |between |up to |"
    r"an average of |an average |on average )?$"
)
# (beside _UP's and _DOWN's verbs)
_BY_UP = r"raises|raise|boosted|hiked|upped"
_BY_DOWN = r"cut|cuts|reduced|slashed"
_BY_VERB = led(
    r"\b(?:(?P<up>" + _UP + "|" + _BY_UP + r")|" + _DOWN + "|" + _BY_DOWN + r")\b[^.;:!?\d]*$",
    re.I,
)
# "growth of 7.8%", "a cut of 25 basis points": a move's noun, then "of" and its amount
_NOUN_OF = re.compile(
    r"\b(?:(?P<up>" + UP_NOUN + r")|(?:" + _DOWN_MOVES + r"))s? of "
    r"(?:about |around |roughly |nearly |almost |some |just |more than )?$",
    re.I,
)
# "closed 0.5% higher", "ended the day 2% lower": the direction right after the amount
_HIGHER = re.compile(r" (?:(?P<up>higher)|lower)\b(?! than)")
_BASIS_POINTS = ("basis points", "basis point", "bps", "bp")


# a tied conversion after the figure, inside the span it is read with: "6.5bn euros ($8.6bn;
# £4.5bn)", "$5m (£4m)"
_CONVERSION_TAIL = re.compile(r"\s*\([^()]*\)$")


def _way(m: re.Match[str]) -> Literal["up", "down"]:
    """The direction a match says, by its "up" group (the other words of its choice: down)."""
    return "up" if m.group("up") else "down"


def _own_move(m: re.Match[str], text: str, start: int, end: int, period: str | None) -> Change:
    """The figure at ``start``..``end`` as the move itself, the way ``m`` says."""
    return Change(_way(m), _own(text, start, end), period)


def _own(text: str, start: int, end: int) -> str:
    """The figure's own text, an amount it moved by being itself: the span it is read with
    (``start``, ``end``) less a tied conversion in brackets ("cut taxes by 6.5bn euros ($8.6bn;
    £4.5bn)": the move is "6.5bn euros", the figure's surface, so it is shown signed)."""
    return _CONVERSION_TAIL.sub("", text[start:end])


# a range's far end: "by between 25% and 50%", "rise by 20% to 30%" (a range after "by" or
# "between"; "lifted rates 0.25% to 5.5%" is a move and its new level, "from 1.9% to 1.8%" two
# levels)
_NEAR_END = re.compile(
    r"\b(?:by|between|by between) (?:about |around |roughly |up to )?"
    r"(\d[\d.]{0,12} ?(?:%|per ?cent)) (?:to|and|-|\u2013) $"
)
# a percentage below or above a time's level: "7% below last season", "3% above a year ago"
_BELOW_THEN = re.compile(
    r" (?:(?P<up>above)|below) (?:last|the previous|the same|a year|the year|this time|its "
    r"(?:level|peak))\b"
)


def _percent_change(
    text: str, start: int, end: int, period: str | None, moved: re.Match[str] | None
) -> Change | None:
    """A percentage's move (``_percent_move``), or, for a range's far end, its near end's."""
    near = _NEAR_END.search(text, max(0, start - 45), start)
    if near is not None:
        first = _percent_move(text, near.start(1), near.end(1), period, None)
        if first is not None and first.amount is not None:
            return Change(first.direction, _own(text, start, end), period)  # "20% to 30%"
    return _percent_move(text, start, end, period, moved)


# a percentage in a noun phrase of its own, after its determiner (and a hedge): "a 10% rise",
# "an almost 5% fall", "its 3% gain"
_DETERMINED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)"
    r"(?: (?:about|around|nearly|almost|roughly|estimated|further|record|another|extra))? $"
)


# a new clause between a verb of moving and a percentage: the verb moved something else
_CLAUSE_BETWEEN = re.compile(
    r", (?:as|while|whereas|when|because|although|though|since|after|which|who|and|but) "
    r"[^,]*$"  # (not an aside: "rose, as expected, 5%")
)


def _percent_move(
    text: str, start: int, end: int, period: str | None, moved: re.Match[str] | None
) -> Change | None:
    """A percentage's own move: a verb right before it ("rose 5%"; "down from 21%" is the
    old level, "slipped to 51.6%" the new one), a move's noun after it ("an 8% increase"),
    "up from", a move after it (", up 1.6 percentage points"), "12% more than", or one told
    further back (``_further_back``)."""
    noun = _NOUN_CHANGE.match(text, end + 1, min(len(text), end + 50))
    own_noun = noun is not None and text[end : end + 1] == " " and not _opens_clause(noun.group(0))
    if own_noun and noun is not None and _DETERMINED.search(text, max(0, start - 30), start):
        # "Profit fell after a 10% rise in costs": the noun phrase's own move, whatever the
        # clause's verb did
        return _own_move(noun, text, start, end, period)
    verb_zone = _NOT_A_MOVE.sub(lambda m: " " * len(m.group(0)), text[max(0, start - 25) : start])
    up = _UP_RE.search(verb_zone)
    down = _DOWN_RE.search(verb_zone)
    link = verb_zone[max(m.end() for m in (up, down) if m) :] if up or down else ""
    if _CLAUSE_BETWEEN.search(link):
        up = down = None  # "$864, up from $781, as 62% of holders ...": another clause's verb
    if up or down:
        direction: Literal["up", "down"] = (
            "up" if up and (not down or up.start() > down.start()) else "down"
        )
        if _OLD_LEVEL.fullmatch(link) or re.search(
            r"\bto [^;]{1,30}? from (?:about |nearly |almost |a revised )?$", link
        ):
            return None  # "down from 21%", "fell to 4.8%(,) from 6.1%": the old level
        if _TO_OTHER.match(link):
            return None  # "climbed to £92m, or 78% of revenue": the verb moved the sum
        if re.search(
            r"\b(?:to|at|below|above|under|beyond|past)(?: about| nearly| almost| a record)? $",
            link,
        ):  # "slipped to 51.6%", "dipped below 20%": the new level
            return Change(direction, None, period)
        return Change(direction, _own(text, start, end), period)
    if own_noun and noun is not None:
        return _own_move(noun, text, start, end, period)
    if moved:
        return Change(_way(moved), None, period)
    after = _AFTER_MONEY.match(text, end, min(len(text), end + 110))
    if after is not None:  # "filled 84.2% of its seats, up 1.6 percentage points"
        up_move = not (
            after.group("verb").lower() == "down" or _DOWN_RE.fullmatch(after.group("verb"))
        )
        return Change("up" if up_move else "down", after.group("amt"), period)
    gap = 2 if text[start - 2 : start] == ", " else 1 if text[start - 1 : start] == " " else 0
    more = _MORE_THAN.match(text, start - gap)
    if more is not None and more.start("amt") == start:  # "12% more than a year ago"
        return _own_move(more, text, start, end, period)
    if (then := _BELOW_THEN.match(text, end)) is not None:  # "7% below last season"
        return _own_move(then, text, start, end, period)
    return _further_back(text, start, end, period)


def _added_or_taken(text: str, start: int, end: int, period: str | None) -> Change | None:
    """The amount a verb adds to a measure or takes off it (``_ADDS``), as the move; None."""
    verb = _ADDS.search(text, max(0, start - 45), start)
    if verb is None:
        return None
    if verb.group("up") is not None:
        return Change("up", _own(text, start, end), period) if _ADDS_TO.match(text, end) else None
    return Change("down", _own(text, start, end), period) if _TAKES_OFF.match(text, end) else None


def change_for(text: str, start: int, end: int, kind: FigureKind) -> Change | None:
    """ "rose 16% to $18.62 billion": the money figure's change; "up 5%": the percent's own;
    "slipped to 51.6%", "$210m, up from $95m": a level that moved (direction, no amount);
    "down from 21%": the old level, no change of its own. Basis points move as percentages
    do ("slipped 40 basis points")."""
    window = text[max(0, start - 60) : min(len(text), end + 60)]
    period_m = _PERIOD_RE.search(window)
    period = period_m.group(0) if period_m else None
    moved = _FROM_LEVEL.match(text, end, min(len(text), end + 20)) or (
        _FROM_LEVEL_PAST_PERIOD.match(text, end, min(len(text), end + 60))
        if kind != "percent"
        else None
    )
    if kind == "other" and text[start:end].lower().endswith(_BASIS_POINTS):
        kind = "percent"
    if (added := _added_or_taken(text, start, end, period)) is not None:
        return added  # "would add about £45m to its costs", "wiping £52m off its value"
    if kind == "percent":
        return _percent_change(text, start, end, period, moved)
    if kind in ("count", "money") and (
        counted := _COUNT_MOVED.search(text, max(0, start - 20), start)
    ):
        return _own_move(counted, text, start, end, period)
    if kind == "money" and (more := _MORE_AFTER.match(text, end)) is not None:
        return _own_move(more, text, start, end, period)
    # money/count: "rose 16% to $X" — a movement verb and a percentage just before "to"
    m = _CHANGE_TO.search(text, max(0, start - 90), start)
    if m is None:
        sum_moved = (
            _MONEY_MOVED.search(text, max(0, start - 40), start) if kind == "money" else None
        )
        if sum_moved is not None:
            # "Bus fares will rise 12p", "council tax will go up £48 a year", "revenue fell
            # £2bn": the sum is the move itself
            return _own_move(sum_moved, text, start, end, period)
        if (own := _moved_by(text, start, end, period)) is not None:
            return own  # "cut its price by VND40 million", "an increase of 41,000": the move
        m2 = _AFTER_MONEY.match(text, end, min(len(text), end + 110))
        more = _MORE_THAN.match(text, end, min(len(text), end + 60))
        if m2 is None and more is not None:
            return Change(_way(more), more.group("amt"), period)
        if m2 is None:
            return _level_moved(text, start, moved, period)
        verb = m2.group("verb").lower()
        is_down = verb == "down" or _DOWN_RE.fullmatch(verb) or verb in ("falling", "declining",
                                                                          "decreasing", "dropping")  # fmt: skip
        return Change("down" if is_down else "up", m2.group("amt"), period)
    if m.group("up") or m.group("down"):  # "an 8% increase in revenue to"
        return Change(_way(m), m.group(1), period)
    head = text[max(0, m.start() - 60) : m.start()]  # "raised its profit forecast by 6% to"
    up = _UP_RE.search(head)
    down = _DOWN_RE.search(head)
    if not (up or down):
        return None
    final: Literal["up", "down"] = (
        "up" if up and (not down or up.start() > down.start()) else "down"
    )
    return Change(final, m.group(1), period)


def _moved_by(text: str, start: int, end: int, period: str | None) -> Change | None:
    """A figure that is the amount a measure moved by: after "by" with a verb of moving further
    back in its clause ("raised its dividend by 11%", "cut its price by VND40 million",
    "dropped by 9,000"), or after a move's noun and "of" ("growth of 7.8%", "an increase of
    41,000")."""
    before = text[max(0, start - 25) : start]
    if (by := _BY.search(before)) is not None:
        # (the verb before "by": not the "up" of "by up to")
        by_at = max(0, start - 25) + by.start()
        verb = _BY_VERB.search(text, max(0, start - 70), by_at)
        if verb is not None:
            return _own_move(verb, text, start, end, period)
    noun = _NOUN_OF.search(before)
    if noun is not None:
        return _own_move(noun, text, start, end, period)
    return None


def _further_back(text: str, start: int, end: int, period: str | None) -> Change | None:
    """A percentage's move told around it, not by a verb right before it: the amount it moved
    by (``_moved_by``), or "closed 0.5% higher"."""
    if (own := _moved_by(text, start, end, period)) is not None:
        return own
    higher = _HIGHER.match(text, end)
    if higher is not None:
        return _own_move(higher, text, start, end, period)
    return None
