"""Where a figure's clause starts: the boundaries a clause opens after (sentence start, ";",
", while", ", but", "after", "as", "said", "that", ", and", what a source "showed"), a
reporting aside ("..., its studio X said,") skipped, and the finite verbs the subject parse
(clause.py) looks for.
"""

from __future__ import annotations

import re

from reader.figures.gate import Gated, WordChoice, led
from reader.figures.memo import per_story

_WINDOW = 160

# (behind a look-ahead for the characters a boundary begins with: gate.led; no empty "^"
# alternative, whose match at the text's start moved no clause start)
_BOUNDARY = led(
    r"[;:\u2014]|,\s(?:while|but|whereas|although|though|and)\s|\bwhile\b|\b(?:after|as|"
    r"because|since|when|before|although|though|whereas)\s|\bsaid\s(?:that\s)?|\bsays\s"
    r"(?:that\s)?|\bthat\s"
    # what a source's evidence shows is a clause of its own: "Data from Kantar showed Tesco held";
    # [A-Z] under re.I takes any word on purpose: a lower-case paste has no capital to go by
    # ("data from kantar showed tesco held 27%": tesco), and "showed the market grew" is a
    # clause too (measured: requiring a capital made those subjects the whole phrase)
    r"|\b(?:showed|shows|found|finds|suggested|suggests|indicated|indicates|revealed|reveals)"
    r"\s(?=(?:the\s)?[A-Z]|(?:it|its|they|the\s(?:company|firm|group|club|bank))\s)"
    # a second clause joined by "and": "shares in x lost 4% and the sector index fell 1.8%"
    r"|(?<=\d%\s)and\s(?=(?:the\s|its\s)?[\w-]+(?:\s[\w-]+){0,2}\s(?:rose|fell|gained|lost|"
    r"dropped|climbed|added|slipped|jumped|eased|increased|declined|grew|edged|slid|sank|surged|"
    r"plunged|tumbled|rallied)\s)",
    re.I,
)
# the same "and" a few words after the first clause's figure: "The S&P 500 rose 0.4% in early
# trade and the Nasdaq gained 1%" (the words between say when or where, no new subject); or a
# comma right after it: "the s&p 500 rose 0.6% to 6,912.40, the nasdaq composite gained 1.1%"
_MOVED_VERBS = ("rose", "fell", "gained", "lost", "dropped", "climbed", "added", "slipped",
                "jumped", "eased", "increased", "declined", "grew", "edged", "slid", "sank",
                "surged", "plunged", "tumbled", "rallied")  # fmt: skip
_AND_MOVED = Gated(  # (gate.py: a text without the verb is not searched)
    re.compile(
        r"(?:(?<=\s)and|(?<=\d),)\s(?=(?:the\s|its\s)?[\w&'\u2019-]+(?:\s[\w&-]+){0,3}\s"
        rf"(?:{'|'.join(_MOVED_VERBS)})\s)",
        re.I,
    ),
    _MOVED_VERBS,
)
_AFTER_FIGURE = re.compile(r"\d(?:%| per ?cent| points?)?(?: [a-z][\w-]*){0,4} ?$")
# "as" after these names what a thing is or was, it opens no clause of its own
_AS_NAMED = re.compile(
    r"\b(?:founded|known|set up|started|began|begun|described|listed|ranked|registered|"
    r"established|created|formed|launched|built|designed|trading|such|classed|named) $",
    re.I,
)
VERB = WordChoice(  # (gate.py: a set look-up per word, same matches)
    re.compile(
        r"\b(?:rose|rises|fell|falls|gained|gains|eased|eases|climbed|climbs|jumped|jumps|dropped|"
        r"drops|slid|slides|slipped|lost|loses|added|adds|closed|closes|ended|posted|posts|"
        r"reported|reports|made|makes|earned|earns|took|takes|sold|sells|paid|pays|received|"
        r"receives|has|had|have|is|was|are|were|holds|held|raised|raises|cut|cuts|expects|"
        r"expected|forecast|forecasts|grew|grows|reached|reaches|hit|hits|won|wins|came|comes|"
        r"employ|employs|employed|operates|operated|flew|flies|ordered|orders|signed|signs|"
        r"agreed|agrees|declared|declares|plans|will|would|could|may|might|can|must|should|"
        r"surged|soared|plunged|tumbled|rallied|sank|slumped|edged|traded|settled|now|also|"
        r"already|got|gets|spent|spends|owes|owed|borrowed|returned|delivered|shipped|booked|"
        r"generated|generates|recorded|records|saw|sees|increased|decreased|declined|doubled|"
        r"scored|scores|bought|buys|launched|opened|set|sets|lifted|lowered|fined|fines|wants|"
        r"wanted|aims|aimed|hopes|hoped|intends|intended|seeks|sought|demands|demanded|offers|"
        r"offered|proposes|proposed|asks|asked|runs|ran|serves|served|supports|supported|"
        r"manages|provides|cares|treats|houses|hosts|funds|teaches|carries)\b",
        re.I,
    )
)


@per_story
def clause_from(text: str, start: int) -> tuple[int, int | None]:
    """Where the figure's clause starts, and where "said" stands when the clause is the
    thing said ("Castellan said 14 of 22 branches ..."). Kept for the story (memo.py): the
    subject, status and metric each ask it for the same figure."""
    lo = max(0, start - _WINDOW)
    last, said = lo, None
    for m in _BOUNDARY.finditer(text, lo, start):
        if text[m.end() - 1 : m.end() + 1] == " ," or text[m.end() : m.end() + 1] == ",":
            continue  # "..., its studio X said, comfortably beating": an aside
        if m.group(0)[:3].lower() == "as " and _AS_NAMED.search(
            text, max(lo, m.start() - 16), m.start()
        ):
            continue  # "the group, founded as a single paper in 1868, made": no new clause
        if m.end() > last and m.end() < start:
            last = m.end()
            said = m.start() if m.group(0).lower().startswith(("said", "says")) else None
    if "and " in text[last:start] or ", " in text[last:start]:
        for m in _AND_MOVED.finditer(text, last, start):
            if _AFTER_FIGURE.search(text, max(last, m.start() - 60), m.start()):
                last, said = m.end(), None
    return last, said


def is_verb(word: str) -> bool:
    """Whether ``word`` is one of the finite verbs the clause parse knows ("had", "reported")."""
    return word.lower() in VERB.words


def has_verb(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a finite verb of the clause parse's list or a past tense."""
    return VERB.search(text, lo, hi) is not None or past_verb(text[lo:hi]) is not None


def clause_begin(text: str, start: int) -> int:
    """Where the figure's clause starts (after "after", "as", "said", ";" ...)."""
    return clause_from(text, start)[0]


# a past-tense verb outside the list: "the utility admitted 38 offences" (not "New York-listed",
# "the listed firm", "diluted", "adjusted")
_PAST = re.compile(r"(?<![-\w])(?<!the )(?<!a )(?<!an )[a-z]{3,}ed\b")
_NOT_VERBS = frozenset(["adjusted", "diluted", "listed", "based", "owned", "backed", "red",
                        "combined", "estimated", "unaudited", "expected", "planned"])  # fmt: skip


def past_verb(head: str) -> re.Match[str] | None:
    """The first past tense of ``head`` outside the verb list and its adjectives, not at its start."""
    for m in _PAST.finditer(head):
        if m.group(0) not in _NOT_VERBS and m.start() > 0:
            return m
    return None
