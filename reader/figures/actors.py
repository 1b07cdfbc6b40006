"""Owners a clause names by a common noun, and statistics no one owns.

The name rules (``names.subject_for``) fall back on the story's firm when a sentence names no
one. Two kinds of sentence name an owner, or none, without a capitalised name:

- a clause opened by a common noun phrase that acts on the figure - what the group won, took,
  drew or gathered, or the share of a whole it makes up ("The runners-up won $2 million",
  "Heavy vehicles made up about 17% of traffic", "Online betting accounted for 72% of the
  total", "The final drew 3.2 million viewers", "A petition has gathered 22,000
  signatures"): that phrase is the owner (``acting_subject``), not the story's firm. A
  measure ("Online sales accounted for 27%", "Tariffs make up 3%"), a word for the firm
  ("The company won"), people who only speak of figures ("Analysts") or hold a stake
  ("Shareholders received") never are;
- a population counted as it stands, in a sentence that names no one ("More than 900,000
  homes have rooftop panels", "About 22 million households are on capped tariffs", "About
  3.4 million people worldwide live with lupus, according to ..."): a statistic of a market
  or a country, the figure of no firm (``ownerless``). What the people did ("61,000 people
  donated") stays the story's.

An average of a place opening a lower-case clause is the place's ("the average uk home cost
£298,400", ``average_of``). And three more: a place written between a figure and the tariff, tax or grant it is sets it
("a 10% US tariff on Scotch": the US's, ``set_by``); a figure that describes the name after it
is that name's ("the 18,000-seat Kingdom Arena", ``described``); in lower-case text a part of
"them" or a comparative description ("many of them", "cheaper deals") names no one
(``NO_ONE``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.groups import PEOPLE_ENDS
from reader.figures.names import PLACES, is_adjective
from reader.figures.vocabulary import METRIC_OF
from reader.model import Figure

# verbs by which a group holds the figure: what it won or gathered, or the share it makes up
_SHARE = r"(?:made|make|makes) up|account(?:ed|s)? for|represent(?:ed|s)?"
_GAIN = (
    r"won|wins|received|receives|took|takes|pledged|pledges|gathered|collected|drew|draws|"
    r"attracted|attracts|donated|secured"
)
# words that end a noun phrase: auxiliaries, negation, adverbs ("Spam messages are
# estimated to account for", "Mobile games already account for")
_STOP = (
    r"(?:are|is|was|were|be|been|being|will|would|has|have|had|can|could|may|might|must|"
    r"should|not|said|says|now|also|still|already|together|so|[a-z]+ly)\b"
)
_LINKS = r"(?:of|in|on|for|from|to|at|by|with|and|or|but|the|an?|against|behind)\b"
_ACTING = re.compile(
    r"(?<![\w-])(?:[Tt]he |[Aa]n? )?"
    rf"(?P<np>[A-Za-z][\w-]*(?: (?!{_STOP}|{_LINKS}|[a-z]+ed\b)[a-z][\w-]*){{0,3}})"
    # "teams finishing ninth to 16th", "A petition against charging", "clubs knocked out in"
    rf"(?: (?:from|in|on|of|against|behind|for|[a-z]+ed|[a-z]{{2,}}ing) (?:(?! {_STOP})[^,;])"
    r"{1,40}?)?"
    r"(?: (?:have|has|had|also|together|between them|already|now|still|[a-z]+ly))*"
    r"(?<!\d)(?<!\d )(?<!million)(?<!billion)(?<!trillion)"  # "48.2 billion won": a currency
    rf" (?P<verb>{_SHARE}|{_GAIN}|made)\b"
)
# the whole a share is of names its owner: "13% of South Africa's exports", "of the bloc's"
_WHOLE_OWNED = re.compile(r"[^,;]{0,30}? of (?:the )?[\w -]{0,30}?(?:'s|\u2019s|s')(?= )")
# a figure of another one the clause goes on to name: "won contracts, led by the 1.3GW X"
_OTHERS = re.compile(r"\b(?:led by|including|such as|among them|ahead of|behind|with)\b")
# words for the firm, pronouns, people who speak of or hold a stake in figures: never owners
_NOT_ACTORS = frozenset(
    ["company", "firm", "group", "club", "business", "bank", "chain", "studio", "film", "it",
     "they", "we", "this", "that", "which", "who", "he", "she", "i", "you", "those", "these",
     "percent", "cent", "analysts", "economists", "traders",
     "brokers", "strategists", "forecasters", "observers", "experts", "officials", "critics",
     "researchers", "organisers", "organizers", "investors", "shareholders", "stakeholders",
     "owners", "bondholders", "others", "both", "each", "all", "some", "most", "many",
     "deal", "sale", "agreement", "plan", "scheme", "contract", "offer", "bid", "rest",
     # money flows, measures of whoever pays or gets them ("Tariffs make up 3% of revenue")
     "tariffs", "taxes", "duties", "fees", "levies", "payments", "remittances", "exports",
     "imports", "subsidies", "costs", "prices", "wages", "savings", "deposits", "loans",
     "revenues", "receipts", "profits", "earnings", "sales", "dividends", "bonuses"]
)  # fmt: skip
_PEOPLE = frozenset(["people", "staff", "fans", "families", "households", "runners-up"])


def acting_subject(text: str, start: int, lo: int, names: frozenset[str]) -> str | None:
    """The common noun phrase opening the figure's clause (at ``lo``) that won, took or makes
    up the figure at ``start`` (module doc), else None."""
    m = _ACTING.match(text, lo, start)
    if m is None or _OTHERS.search(text, m.end(), start) or _WHOLE_OWNED.match(text, start):
        return None
    np = m.group("np")
    words = np.split()
    if np[:1].isupper() and (m.start("np") > 0 or _name(words[0], names)):
        return None  # a name, not a common noun ("Team Vortex won", "Vortex won")
    head = words[-1].lower()
    if (
        words[0].lower() in _NOT_ACTORS
        or head in _NOT_ACTORS
        or head in METRIC_OF
        or np.lower() in METRIC_OF
    ):
        return None
    if m.group("verb") == "made" and not (head in _PEOPLE or head.endswith(PEOPLE_ENDS)):
        return None  # "Passengers made 1.6 billion journeys", not "The unit made £2m"
    return np


def _name(word: str, names: frozenset[str]) -> bool:
    """A capitalised opener the story knows as a name and never writes in lower case (as
    "donors" or "donor")."""
    low = word.lower()
    return word in names and low not in names and low.removesuffix("s") not in names


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


def ownerless(figures: Sequence[Figure]) -> list[Figure]:
    """The figures a statistic of no one's leaves without an owner (module doc)."""
    return [replace(f, subject=None) if f.subject and _ownerless(f) else f for f in figures]


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
