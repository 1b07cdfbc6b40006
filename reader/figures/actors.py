"""Statistics no one owns, and owners a figure's own words name.

The name rules (``names.subject_for``) fall back on the story's firm when a sentence names no
one. A population counted as it stands, in a sentence that names no one ("More than 900,000
homes have rooftop panels", "About 22 million households are on capped tariffs", "About 3.4
million people worldwide live with lupus, according to ..."), is a statistic of a market or a
country, the figure of no firm (``ownerless``). What the people did ("61,000 people donated")
stays the story's.

A sentence opening on the whole country or market ("Nationally, values edged down 0.2%",
"Across the industry, ...") names no firm either (``ownerless``; "Overall" is not such an
opener: "Overall, net profits were up 42%" is the firm's), nor does a clause about a whole
market or industry that names no one ("The wider market fell 1%", "Global smartphone
shipments rose 4.8%"; not "the economy" or "inflation", which a country's story lends the
country).

An average of a place opening a lower-case clause is the place's ("the average uk home cost
£298,400", ``average_of``). And three more: a place written between a figure and the tariff,
tax or grant it is sets it ("a 10% US tariff on Scotch": the US's, ``set_by``); a figure that
describes the name after it is that name's ("the 18,000-seat Kingdom Arena", ``described``);
in lower-case text a part of "them" or a comparative description ("many of them", "cheaper
deals") names no one (``NO_ONE``). A limit is the body's that sets it ("the 50% limit set by
the Monetary Authority", "the 70% limit the league recommends", "the league's salary cap will
fall to £6.4 million": ``limit_setter``).

Withdrawn (session 16): a common noun phrase opening the clause that won or makes up the
figure as its owner ("The runners-up won $2 million", "Heavy vehicles made up 17%"). It gained
20 figures' owners on the development rounds it was written from, but on the held-out rounds it
changed five owners and four of them for the worse (r9 +1, r10 -2, r13 -2; the rule was
switched off alone, totals only); branch wt/subject17 keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.clause import clause_begin
from reader.figures.gate import Gated
from reader.figures.names import PLACES, is_adjective
from reader.model import Figure

_APPROX = re.compile(
    r"(?:(?:More|Fewer|Less) than|About|Around|Nearly|Almost|Some|Over|Roughly|An estimated|"
    r"Up to|At least) $"
)
_POPULATION = frozenset(
    ["people", "homes", "households", "adults", "children", "families", "residents", "houses",
     "properties", "women", "men"]
)  # fmt: skip
# a standing state, not an act: "homes have", "households are on", "people live with"
_STANDS = re.compile(
    r"(?: (?:worldwide|nationwide|globally|still|now|currently))?"
    r" (?:are|have|live|lack|own|rent|remain)\b(?! (?:been|being|had|to|[a-z]+ed|[a-z]+ing)\b)"
)
_NAME = re.compile(r"(?<=[\w,;] )[A-Z]")
_SOURCE = re.compile(r",? according to\b|,? (?:figures|data) (?:from|by)\b")


def _ownerless(f: Figure) -> bool:
    """A population count that opens its sentence as it stands, no name in the sentence but
    its source (module doc)."""
    text = f.sentence
    at = text.find(f.surface)
    if f.kind != "count" or at < 0 or (at and _APPROX.fullmatch(text, 0, at) is None):
        return False
    end = at + len(f.surface)
    if f.surface.split()[-1].lower() not in _POPULATION or not _STANDS.match(text, end):
        return False
    source = _SOURCE.search(text, end)
    return _NAME.search(text, at, source.start() if source else len(text)) is None


# a sentence opening on the whole market or country: "Nationally, values edged down 0.2%",
# "Across the industry, ..." (not "Overall": "Overall, net profits were up 42%" is the firm's)
_WHOLE = re.compile(
    r"(?:Nationally|Industry-wide|Market-wide|Across the (?:industry|market|sector|"
    r"country|economy|board))\b,? ",
    re.I,
)


# a clause about a whole market or industry: "The wider market fell 1%", "Global smartphone
# shipments rose 4.8%", "The industry employs 3 million people" (not "its market", "market
# share", "the industry body"; and not "the economy" or "inflation", a country's)
_MARKET_CLAUSE = re.compile(
    r"(?:[a-z]+ (?:said|says|expects?|forecasts?|estimates?) )?(?:the )?"
    r"(?:(?:global|worldwide|nationwide|industry-wide) (?:[a-z-]+ ){0,2}[a-z]+"
    r"|(?!(?:its|their|our|his|her) )(?:[a-z-]+ ){0,3}(?:market|industry|sector))"
    r"(?: as a whole)? (?:[a-z]+ed|rose|fell|grew|was|is|will|would|could|has|had|employs|"
    r"shrank|rises|falls|grows|expanded|contracted|to) ",
    re.I,
)


# "sales rose 3% across the market", "prices fell 2% across the sector"
_ACROSS_MARKET = re.compile(
    r"[^\s,;]+(?: [a-z]+){0,2} across the (?:[a-z-]+ )?(?:market|industry|sector)\b"
)


# a market's price as the clause's subject: "Butter prices rose 12%", "with butter and flour
# prices up 18% and 11%", "while prices rose by more than 17%", "average broadband prices
# rose 6.5%" (not a price the firm sets: "Average ticket prices rose to A$94", nor one it
# owns: "its prices", "Harlow's prices")
_GOODS_PRICES = re.compile(
    r"(?:(?:with|while|as|and|but|where) )?(?:the )?(?:(?:average|wholesale|retail|global|world|"
    r"spot|consumer|shop|supermarket|pump|forecourt|overall) )*"
    r"(?P<goods>[a-z-]+ (?:(?:and|or) [a-z-]+ )?)?prices "
    r"(?:(?:have |had |were |are |has )?(?:rose|fell|risen|fallen|climbed|jumped|dropped|"
    r"slipped|surged|soared|eased|increased|decreased|declined|went up|gone up|up|down|hit|"
    r"reached|averaged)\b)",
    re.I,
)
# prices a firm sets for what it sells: the firm's, whoever else the story names
_SET_PRICES = frozenset(
    ["ticket", "tickets", "season-ticket", "fare", "fares", "subscription", "membership",
     "menu", "room", "plan", "tuition", "admission", "entry", "pass", "package", "bundle",
     "tariff", "share", "stock", "unit", "offer", "target", "selling", "asking", "list",
     "its", "their", "our", "his", "her", "own", "own-label", "own-brand"]
)  # fmt: skip


def market_price(text: str, begin: int, at: int) -> bool:
    """Whether the clause from ``begin`` to the figure at ``at`` is about a market's price
    (``_GOODS_PRICES``), not one a firm sets or owns."""
    comma = text.rfind(", ", begin, at)
    for lo in (begin, comma + 2) if comma >= 0 else (begin,):
        m = _GOODS_PRICES.match(text, lo, at)
        if m is None:
            continue
        goods = (m.group("goods") or "").lower().split()
        if not goods and lo == 0:
            return False  # "Prices fell 3.2%" opening a sentence: the last one's thing
        return not any(w in _SET_PRICES for w in goods) and _NAME.search(text, lo, at) is None
    return False


def _market_wide(f: Figure) -> bool:
    """A figure in a sentence that opens on the whole market or country and names no one
    before the figure, or in a clause about a whole market whose firm the story lent it (no
    name in the sentence): no firm's."""
    text = f.sentence
    at = text.find(f.surface)
    opener = _WHOLE.match(text)
    if opener is not None:
        return at >= opener.end() and _NAME.search(text, opener.end(), at) is None
    if at < 0 or not f.subject or f.subject.split()[0] in text or f.subject in PLACES:
        return False  # (a country's story lends its figures the country)
    begin = clause_begin(text, at)
    market = _MARKET_CLAUSE.match(text, begin, at) or _ACROSS_MARKET.match(text, at)
    if market is None and market_price(text, begin, at):
        return True  # "Butter prices rose 12%" in a dairy's story: the market's, no one's
    return market is not None and _NAME.search(text, begin, at) is None


def no_ones(f: Figure) -> bool:
    """Whether the owned figure ``f`` is a statistic of no one's (module doc)."""
    return _ownerless(f) or _market_wide(f)


def ownerless(figures: Sequence[Figure]) -> list[Figure]:
    """The figures a statistic of no one's leaves without an owner (module doc)."""
    return [replace(f, subject=None) if f.subject and no_ones(f) else f for f in figures]


# lower-case clause subjects that name no one: a part of "them", a comparative description
# ("many of them locked in below 2%", "cheaper deals would help 1.8 million households")
NO_ONE = re.compile(
    r"(?:many|some|most|all|few|none|half|both|each|several|any|much|one|two|three) of "
    r"(?:them|those|these|us|it)$"
    r"|(?:cheaper|higher|lower|bigger|smaller|larger|better|worse|faster|slower|longer|"
    r"shorter|stronger|weaker|newer|older) [a-z]+s$"
)
# a figure written before the place that sets it and what it sets: "a 10% US tariff on
# Scotch", "a £2bn UK grant", "a 25% EU duty"
_SET_BY = re.compile(
    r"[^\s,;]*\d[\d.,]*(?:%| ?(?:per ?cent|percent))?(?: ?(?:million|billion|trillion|bn|m))?"
    r" (?P<place>[A-Z][\w.]*(?: [A-Z][\w.]*)?)"
    r" (?:(?:import|export|fuel|sales|income|windfall|carbon|digital|\w+-\w+) )?"
    r"(?:tariffs?|duty|duties|tax|taxes|levy|levies|subsidy|subsidies|grants?|quota|ban|cap)\b"
)


def set_by(text: str, start: int) -> str | None:
    """The place between a figure and the tariff, tax or grant it is ("a 10% US tariff"): the
    place that sets it, whoever the story is about; else None."""
    m = _SET_BY.match(text, start)
    return m.group("place") if m is not None and m.group("place") in PLACES else None


# a figure that describes the named thing after it: "the 18,000-seat Kingdom Arena", "the
# 1.3GW Corrib Bay scheme", "the 480-kilometre Nordline railway"
_DESCRIBES = re.compile(
    r"[^\s,;]*\d[\d.,]*(?:-[a-z]+|[A-Za-z]{1,3}(?<!bn)(?<!m)) "
    r"(?P<name>[A-Z][\w&'-]+(?: [A-Z][\w&'-]+){0,3})"
)


def described(text: str, start: int, names: frozenset[str]) -> str | None:
    """The name a figure describes ("the 18,000-seat Kingdom Arena": the arena's), when the
    story knows it as a name; else None."""
    m = _DESCRIBES.match(text, start)
    if m is None or m.group("name").split()[0] not in names:
        return None
    if is_adjective(m.group("name").split()) or _ITS.search(text, max(0, start - 8), start):
        return None  # "its 130,000-strong Southern African workforce": the firm's
    return m.group("name")


_ITS = re.compile(r"\b(?:its|their|his|her|our)\s$", re.I)


_LOWER_PLACES = "|".join(sorted((re.escape(p.lower()) for p in PLACES), key=len, reverse=True))
# lower-case text: "the average uk home cost £298,400": an average of a place is the place's
_AVERAGE_OF = re.compile(rf"(?:the )?(?:average|typical|median) (?P<place>{_LOWER_PLACES}) [a-z]")


def average_of(text: str, lo: int) -> str | None:
    """The place whose average thing opens the clause at ``lo`` in lower-case text ("the
    average uk home cost ..."), else None."""
    m = _AVERAGE_OF.match(text, lo)
    return m.group("place") if m is not None else None


# a national statistics body or official data as a lead's source: "the Central Statistics
# Office said", "Statistics Norway said", "official figures showed", "the Office for National
# Statistics", "government data", figures a ministry or a department published
_OFFICIAL = re.compile(
    r"\bStatistics (?:Office|Bureau|Agency|Authority|Department|[A-Z][a-z]+)\b|"
    r"\b[A-Z][a-z]+ Statistics\b|\bstatistics (?:office|bureau|agency|authority)\b|"
    r"\bBureau of (?:Labor )?Statistics\b|\bCensus Bureau\b|"
    r"\b(?:official|government) (?:figures|data|statistics)\b|"
    # figures a ministry or a department released: "figures published by the Department of
    # Housing" (not a ministry that sets fees or spends: the actor, not a source of statistics)
    r"\b(?:figures|data|statistics)(?: [a-z]+){0,2} (?:by|from) (?:the )?(?:[A-Z][a-z]+ )?"
    r"(?:Ministry|Department)\b"
)


def national_figures(figures: Sequence[Figure], lead: str) -> list[Figure]:
    """A story of a country's official statistics ("Unemployment in Ireland fell to 4.1%,
    the Central Statistics Office said") that names no firm: its figures no rule gave an owner
    ("The number of people out of work dropped by 9,000", "Food prices rose 4.1%") are that
    place's, the one whose figure opens the lead (a place of ``PLACES``, or one the lead writes
    after "in": "Retail sales volumes in Great Britain fell by 1.4%"; with no owner given yet,
    a country of ``PLACES`` the lead's first figure's sentence names: "Australia's headline
    inflation rate has jumped to 3.4 per cent"). ``lead`` is the lead and the two sentences
    after it (the statistics office is often named there, a byline may come first)."""
    if _OFFICIAL.search(lead) is None:
        return list(figures)
    first = min(figures, key=lambda f: f.sentence_index, default=None)
    if first is None:
        return list(figures)
    # (the first figure's owner, unless that is the releasing body: "Exports increased 6.8%,
    # the Finance Ministry said" after "Japan's exports rose ...")
    own = first.subject if first.subject and not _official(first.subject, lead) else None
    place = own or _country_in(first.sentence) or _country_in(lead)
    if place is None or (place not in PLACES and not _written_in(place, lead)):
        return list(figures)
    # (and those given to the statistics body itself: "The Australian Bureau of Statistics
    # (ABS) said the consumer price index rose 1.1 per cent" measures Australia's prices)
    return [
        replace(f, subject=place) if f.subject is None or _official(f.subject, lead) else f
        for f in figures
    ]


_COUNTRY_OF = re.compile(
    r"\b(?:in (?:the )?)?(?P<place>"
    + "|".join(sorted(PLACES, key=len, reverse=True))
    + r")(?:'s|\u2019s)?\b"
)


def _country_in(sentence: str) -> str | None:
    """The first place of ``PLACES`` a sentence names as a possessor or after "in"."""
    for m in _COUNTRY_OF.finditer(sentence):
        if m.group(0) != m.group("place"):  # ("Australia's", "in Britain", not "British shoppers")
            return m.group("place")
    return None


def _official(subject: str, lead: str) -> bool:
    """A statistics body's name, or the letters the lead gives it ("(ABS)", "(ONS)")."""
    return (
        _OFFICIAL.search(subject) is not None
        or _RELEASING_BODY.search(subject) is not None
        or (subject.isupper() and f"({subject})" in lead)
    )


# a ministry or a department named as a figure's owner: "Finance Ministry", "Department of
# Housing"
_RELEASING_BODY = re.compile(r"\b(?:Ministry|Department|Survey|Census)\b")


def _written_in(place: str, lead: str) -> bool:
    """Whether the lead writes the place after "in" ("volumes in Great Britain fell")."""
    return f" in {place}" in lead or f" in the {place}" in lead


# a stake written with its holder: "which is 26% owned by the Irish government", "still 55%
# owned by their descendants", "25% owned by Richard Branson"
_HELD_BY = re.compile(
    r"[^\s,;]*\d[\d.,]*(?:%| ?per ?cent) (?:owned|held|controlled) by (?:the |its |their |his |"
    r"her )?(?P<who>(?:[\w'&-]+ ){0,3}?[\w'&-]+?)(?=[,.;]| and\b| since\b| in\b| through\b|"
    r" via\b| after\b| for\b|$)"
)


# the second stake of a pair: "60% owned by the county council and 40% by the Canadian pension
# investor Tamarack Capital" (its holder the name the description ends in)
_ALSO_BY = re.compile(
    r"[^\s,;]*\d[\d.,]*(?:%| ?per ?cent) by (?:the |its |their )?(?:[a-z-]+ |[A-Z][a-z]+(?:an|ish|ese|ch) ){0,4}"
    r"(?P<who>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})"
)
_FIRST_STAKE = re.compile(r"(?:%| ?per ?cent) (?:owned|held|controlled) by [^,;]{1,60} and $")


def held_by(text: str, start: int) -> str | None:
    """The holder of a stake written "N% owned by X" (X, not the firm owned), or the second of
    "N% owned by X and M% by Y" (Y), else None."""
    m = _HELD_BY.match(text, start)
    if m is None:
        also = _ALSO_BY.match(text, start) if " by " in text[start : start + 80] else None
        if also is not None and _FIRST_STAKE.search(text, max(0, start - 90), start):
            return also.group("who")
        return None
    who = " ".join(w for w in m.group("who").split() if not any(c.isdigit() for c in w))
    return who or None


# a measure a name possesses, with its figure after "of": "a premium of 38% to Penmore's
# closing price of 228 pence", "Standard Chartered's sale of 118 branches"
_POSSESSED_OF = Gated(  # (gate.py: a text without the possessive is not searched)
    re.compile(
        r"(?<![\w-])(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})(?:'s|\u2019s) "
        r"(?:[a-z-]+ ){0,2}(?:price|value|valuation|revenue|sales|sale|profit|loss|forecast|"
        r"spending|debt|stake|offer|bid|budget|target|estimate|market value|turnover|share) "
        r"(?:of|at) (?:about |around |almost |nearly |some |just |roughly )?$"
    ),
    ("'s ",),  # (text not ASCII, "\u2019s", goes to the pattern)
)


def possessor_of(text: str, start: int) -> str | None:
    """The name whose measure the figure is ("Penmore's closing price of 228 pence"), else
    None."""
    m = _POSSESSED_OF.search(text, max(0, start - 90), start)
    return m.group("name") if m is not None else None


# a limit and the body that sets it: "the 50% limit set by the Monetary Authority", "the 70%
# limit the league recommends", "the league's salary cap will fall to £6.4 million", "the
# EFL's profitability rules, which allow losses of £39m"
_LIMIT = r"(?:limit|cap|ceiling|threshold|line|rules)"
_BODY = (
    r"(?:[Tt]he (?:league|regulator|government|council|authority|association|federation|"
    r"commission|ministry|watchdog|treasury|exchange)|(?:the )?[A-Z][\w&-]+(?: (?:of |for )?[A-Z][\w&-]+){0,4})"
)
_LIMIT_AFTER = re.compile(
    rf"[^\s,;]* (?:[a-z-]+ )?{_LIMIT}"
    rf"(?: (?:set|imposed|recommended) by (?P<by>{_BODY})| (?:that )?(?P<who>{_BODY})"
    r" (?:recommends|sets|allows|imposes|permits))"
)
_LIMIT_BEFORE = Gated(  # (gate.py: a text without the possessive is not searched)
    re.compile(
        rf"(?P<owner>{_BODY})(?:'s|\u2019s) (?:[a-z-]+ ){{0,2}}{_LIMIT}\b(?:[^.;]|\.(?=\d)){{0,70}}$"
    ),
    ("'s ",),  # (text not ASCII, "\u2019s", goes to the pattern)
)


def limit_setter(text: str, start: int) -> str | None:
    """The body that sets a limit the figure is (see above), else None."""
    after = _LIMIT_AFTER.match(text, start)
    found = (after.group("by") or after.group("who")) if after is not None else None
    if found is None:
        before = _LIMIT_BEFORE.search(text, max(0, start - 90), start)
        found = before.group("owner") if before is not None else None
    return found.removeprefix("the ").removeprefix("The ") if found else None


def written_owner(text: str, start: int) -> str | None:
    """The owner the words right around a figure write: the place setting a tax, a stake's
    holder, a name's measure, a limit's setter (``set_by``, ``held_by``, ``possessor_of``,
    ``limit_setter``), else None."""
    return (
        set_by(text, start)
        or held_by(text, start)
        or possessor_of(text, start)
        or limit_setter(text, start)
    )
