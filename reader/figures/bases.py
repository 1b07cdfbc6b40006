"""What marks a figure as the base a new value is compared with, by the words right before it
(status.py reads them): "from", "compared with", "versus", "than", "against", "instead of"
("$9 instead of $8": what is paid now) ("up from $615
million", "to 40% from 29%"; "from" only beside a movement: ``compared``), an old range's
high end, a level not yet reached again, a level beaten or a closing price a premium is
measured to."""

from __future__ import annotations

import re

from reader.figures.gate import Gated, led

BASE_BEFORE = led(
    r"(?:\bfrom|\bcompared (?:with|to)|\bversus|\bvs\.?|(?<!more )(?<!less )(?<!fewer )"
    r"(?<!rather )(?<!other )\bthan|\bagainst|\binstead of)"
    r"(?: (?:a|an|about|around|some|roughly|nearly|almost|just|the|its|an estimated|as much as|"
    r"as many as|as little as|as few as|as high as|as low as|more than|less than|fewer than|"
    r"at least|at most|over|under|(?:this|last|a) (?:year|season|quarter|month)(?:'s|\u2019s)|"
    # "lower than the previous quarter's SAR 241.8 million"
    r"(?:previous|prior|preceding|same) (?:year|season|quarter|month|period|half)(?:'s|\u2019s)|"
    # "cut spending to $4.5bn from a planned $6bn"
    r"planned|previous|earlier|prior|original|initial|revised))*"
    # (a lower-case noun before "of": "from a bequest of", "from its May guidance of", but
    # "a bequest from Ruth Beardmore of nearly £400,000" names a giver)
    # ("compared with the 20-day average of")
    r"(?:(?: [a-z0-9-]+)? (?-i:[a-z-]+) of(?: (?:about|around|some|roughly|nearly|almost|just))?)? $",
    re.I,
)
# "from a previous range of $1.6 billion to $2.0 billion": the old range's high end is a base
# too (the low end is one by "from")
RANGE_BASE = re.compile(
    r"\bfrom (?:a |an |the |its |their )?(?:[a-z]+ )?range of (?:between )?"
    r"\S*\d\S*(?: [a-z]+)? (?:to|and) $"
    # the old range after a new one: "to NZ$8.70 to NZ$9.30 per kilogram, from NZ$8.40 to
    # NZ$9.00", "to between $5m and $6m, from $4m to $5.5m"
    r"|\b(?:to|and) [^\s,;]*\d[^,;]*, from (?:about |around )?[^\s,;]*\d[^\s,;]* (?:to|and) $"
)
# the prior period's value written in brackets after the new one, as results statements do:
# "rose to £31.4m (2024: £24.9m)", "79% (2021 valuation: 71%)", "(FY24: 5.5p)",
# "(prior year: £12m)"
BRACKETED_PRIOR = re.compile(
    r"\((?:(?:[A-Za-z]+ ){0,2}(?:FY ?(?:20)?\d\d|(?:H[12] |Q[1-4] )?(?:19|20)\d\d)(?:[/-]\d\d)?(?: [a-z]+){0,2}"
    r"|(?:last|prior|previous|a) (?:year|period|half|quarter)(?: earlier)?|previous|prior"
    r")\s?:\s?(?:about |around |restated |re-stated )?$"
    # without the colon: "(last year $126 million)", "(previous year £171,900)"
    r"|\((?:last|prior|previous) (?:year|period|half|quarter) (?:about |around )?$"
    # a tariff's or a price list's current value beside the new one: "11.42p per kWh (now
    # 13.96p)", "£2.10 a month (currently £1.80)", "(was £4.50)", "(previously 8%)"
    r"|\((?:now|currently|was|previously|formerly|before|down from|up from|from) $"
)
# "still short of the 1.75 billion made before the pandemic": a level not yet reached again
SHORT_OF = re.compile(r"\b(?:short|shy) of (?:the |its |their )?$", re.I)
# what a new figure is set against: "beating last year's total of £3.9m", "a premium of 38%
# to its closing price of 155.8p", "a 7.8% discount to Tuesday's close of HUF 5,054", "18.3% below
# Wednesday's closing price of 50.2p", "a yield of 13% at Wednesday's closing price of NOK 211.60",
# "rejected two earlier approaches, at 180p and"
_EARLIER_LEVEL = led(
    r"\b(?:beating|beat|beats|surpassing|surpassed|topping|topped|exceeding|exceeded|eclipsing)"
    r" (?:the |its |their |last year's |last year\u2019s |the previous |the earlier )"
    r"(?:[a-z-]+ ){0,2}(?:of )?(?:about |around |some )?$"
    r"|\b(?:to|below|above|over|under|at|against) "
    r"(?:the |its |their |[A-Z][\w&-]*(?: [A-Z][\w&-]*)?(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019) )"
    r"(?:[a-z-]+ )?"
    r"(?:(?:closing|close|last|undisturbed|previous) (?:share )?price|close) of $"
    r"|\b(?:earlier|previous|prior|rejected) (?:approach|approaches|offer|offers|bid|bids|"
    r"proposals?)\b[^;.]{0,12}?\b(?:at|of|worth)(?: about| around)? (?:[^;.]{0,12} and )?$"
    # a record the news beats: "its previous record, the £31.5m they paid", "the region's
    # previous biggest win was $7.2m", "the old record of $4.1m"
    r"|\b(?:(?:previous|former) (?:record|high|best|peak|(?:biggest|largest|highest|top) "
    r"[a-z]+)|(?:old|last) (?:record|high|best|peak))\b[^;.]{0,30}?(?:\b(?:was|of|at|stood at)"
    r"|,(?: the| a)?)(?: about| around)? $",
    re.I,
)
# (gate.py: a window without one of the words every match holds is not searched)
EARLIER_LEVEL = Gated(
    _EARLIER_LEVEL,
    ("beat", "surpass", "topp", "exceed", "eclips", "price of", "close of", "approach", "offer",
     "bid",
     "proposal", "previous", "former", "old record", "old high", "old best", "old peak",
     "last record", "last high", "last best", "last peak"),
)  # fmt: skip

_MOVED = led(
    r"\b(?:up|down|rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|grew|grown|grow|"
    r"increased?|decreased?|jumped|climbed|gained|dropped|declined|slipped|slid|surged|soared|"
    r"plunged|tumbled|eased|cut|raised|lowered|lifted|trimmed|reduced|narrowed|widened|"
    r"doubled|tripled|halved|swung|swings?|improved|worsened|reached|moved|changed|revised|to|"
    r"increase|decline|drop|"
    r"jump|climb|gain)\b",
    re.I,
)
# "to 310 from 287", "to $5.1bn, from": the new value written right before "from"
_COUNTED_AFTER = re.compile(
    r" (?!(?:as|is|was|has|this|its|his|plus|less|across|unless|whereas|thus|perhaps)\b)"
    r"[a-z]+s\b"
)  # a counted noun ("from 3,850 cinemas"), not "from £47.9m as it cut prices"
_MONEY_BEFORE = re.compile(r"[$\u20ac\u00a3\u00a5]\s?\d[\d,.]*(?: ?[a-z]+)?,? ?$")
_NUMBER_BEFORE = re.compile(
    r"\d[\d,.]*(?: ?(?:%|bn|m|k|million|billion|trillion|crore|lakh|cents?|pence|per ?cent|"
    r"percent))?,? ?$",
    re.I,
)
# the time an old value was: "from 27 per cent a year ago", "from 3.1m a year earlier", "from
# $4.2bn last year" (however the sentence moved: "accounted for 31 per cent, from 27 per cent a
# year ago")
_THEN_AFTER = re.compile(
    r"(?: [a-z]+){0,2}? (?:(?:a|one|two|three|\d+) (?:year|month|quarter|week|decade)s? "
    r"(?:ago|earlier|before)|last (?:year|quarter|month|season)|in the (?:same|year-ago|"
    r"prior-year|previous) (?:period|quarter|half|year))\b"
)


_RANGE_HEAD = re.compile(
    r"\b(?:ranging|ranges?|ranged|varying|vary|varies|(?:at|with|for) (?:[a-z-]+ )?(?:prices?|"
    r"fees?|fares?|rates?))\s*$",
    re.I,
)


# "from 287 to 310", "would go from £452 this year to £615": the first is the old value
# where something comes from, not what it moved from: "what we raised last year came from 260
# members", "is drawn from 14 farms", "bought from 3 suppliers"
_SOURCE_VERB = re.compile(
    r"\b(?:came|comes|come|coming|derived|drawn|sourced|received|collected|bought|imported|"
    r"borrowed|recruited|hired)(?: [a-z]+ly)? $",
    re.I,
)
_FROM_TO = re.compile(
    r"(?: (?:this|last|a) (?:year|month|quarter|season|week)| in (?:19|20)\d\d| now| today)?"
    r" ?(?:to|-|\u2013) ?\S{0,4}\d"
)
_FROM_RESULT = re.compile(
    r"^from (?:a|an|its|their) (?:[a-z-]+ )?(?:profit|loss|surplus|deficit)s? of", re.I
)


# what a figure is set against that is no earlier value: the level now ("against 455,000 tonnes
# this year", "against an estimated 21% now"), or another party's ("against 2.6% for those on a
# placebo", "compared with about 7% for the leading rival", "against £27.50 at PulseGym"), when
# no time follows ("compared with $1.2bn for the same period last year" is a before)
_SET_BESIDE = re.compile(
    r"(?: [a-z-]+){0,2}? (?:now|today|currently|at present|this year|this season)\b"
    r"|(?:[^,;.]{0,20}?)? (?:for|at|of|among) (?:those|the|a|an|its|their|[A-Z])"
    r"(?![^,;.]{0,40}\b(?:year|quarter|month|week|period|season|half|earlier|ago|last|previous|"
    r"prior|before|(?:19|20)\d\d)\b)"
)


def compared(text: str, start: int, end: int, word: str) -> bool:
    """ "from" marks an old value only beside a movement: "rose to 310 from 287", "up from",
    "from 287 to 310" (not "trades from 312 stores")."""
    if not word.lower().startswith("from") or _FROM_RESULT.search(word):
        return True  # ("to a net loss of 312m, from a profit of 95m": the result it swung from)
    head = text[max(0, start - 70) : start - len(word)]
    counted = _COUNTED_AFTER.match(text, end) or re.search(r"\d [a-z]+s$", text[start:end])
    if counted and _MONEY_BEFORE.search(head):
        return False  # "took $31.5m from 3,850 cinemas": where the money came from
    if _RANGE_HEAD.search(head):
        return False  # "at prices from $25 to $180", "ranging from 2% to 9%": a range's low end
    if _SOURCE_VERB.search(head) and not _FROM_TO.match(text, end, end + 40):
        return False  # "came from 260 members": a source
    return bool(
        _MOVED.search(head)
        or _NUMBER_BEFORE.search(head)
        or _FROM_TO.match(text, end, end + 40)
        or _THEN_AFTER.match(text, end, end + 40)
    )


def set_against(text: str, start: int, end: int, before: str) -> str | None:
    """ "base" for a figure the words before it set against as an earlier value, "actual" for
    one set against as the level now or another party's (``_SET_BESIDE``), else None."""
    base = BASE_BEFORE.search(before)
    if base is None:
        return None
    word = base.group(0).lower()
    if not word.lstrip().startswith(("from", "than")) and _SET_BESIDE.match(text, end):
        return "actual"
    return "base" if compared(text, start, end, base.group(0)) else None
