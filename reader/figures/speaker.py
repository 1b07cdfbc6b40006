"""Who says a clause a reference opens: the firm a sentence's closing reporting clause names
("The chemist chain made £212m sales in the half, Medway Health said." - what "the chemist
chain" or "it" means is the firm saying it, not the firm of the sentence or story before: in a
paste of several stories, the previous story's firm), and the name right before "said it"
("In a filing with the SEC, Sina said its shares ...": Sina, not the SEC). And who only
speaks of a firm's figure (``analysts_firm``): analysts' employers ("Analysts at Crane & Co",
"Brackley Securities analyst John Smith") and the market's consensus ("Wall Street had
forecast"). And a person who foresees what a measure will do ("He expects skier days to
recover to 1.5 million": ``foresees``) does not own the figure."""

from __future__ import annotations

import re

from reader.figures.common_words import is_common_word
from reader.figures.letters import CAP
from reader.figures.name_words import antecedent, is_person

_TRAILING_SAID = re.compile(
    rf", ((?:{CAP}[\w&.'\u2019-]*)(?: (?:&|of|{CAP}[\w&.'\u2019-]*)){{0,4}})"
    r" (?:said|says|reported|announced|added|confirmed)\b[^,;]{0,60}$"
)


def trailing_speaker(text: str, lo: int) -> tuple[str, int] | None:
    """(name, start) of the name in a reporting clause that closes ``text`` after ``lo``
    (", Medway Health said."), or None."""
    m = _TRAILING_SAID.search(text, lo, len(text))
    return (m.group(1), m.start(1)) if m is not None else None


def closing_firm(text: str, start: int, names: frozenset[str]) -> str | None:
    """The firm a reporting clause closing the sentence names after ``start`` ("Adjusted EPS
    rose 12% to 140p, Carrow Insurance said."); not a place, a person nor people ("MPs said",
    "Analysts said": people who speak of it)."""
    speaker = trailing_speaker(text, start)
    if speaker is None:
        return None
    name = speaker[0]
    if antecedent(name, names) and not is_person(name, names) and not _people(name):
        return name
    return None


# the last word of a capitalised run that names people, not a firm: "Labour MPs", "Senate
# Democrats" (a firm's name may end in a plural: "Acme Motors", "Tasman Ferries", "Kerr
# Holdings")
_PEOPLE_PLURALS = frozenset(
    ["mps", "meps", "msps", "democrats", "republicans", "tories", "conservatives", "liberals",
     "greens", "socialists", "nationalists", "unionists", "officials", "ministers", "senators",
     "councillors", "congressmen", "lawmakers", "legislators", "members", "leaders", "analysts",
     "economists", "traders", "investors", "shareholders", "residents", "citizens", "voters",
     "workers", "employees", "staff", "fans", "supporters", "scientists", "researchers",
     "doctors", "nurses", "teachers", "farmers", "police", "officers", "americans", "britons"]
)  # fmt: skip


def _people(name: str) -> bool:
    """A closing speaker that is people, not a firm: a lone plural English word ("Analysts
    said"; not "Siemens said") or a run ending in a word for people ("Labour MPs said")."""
    words = name.split()
    last = words[-1].lower()
    return last in _PEOPLE_PLURALS or (
        len(words) == 1 and last.endswith("s") and is_common_word(last)
    )


_SAYS_GAP = re.compile(
    r"(?:, [^,;]{1,80},)? (?:said|says|added|announced|reported|confirmed)"
    r"(?: on [A-Z][a-z]+| last [a-z]+)?(?: that)? $"
)


def said_by(text: str, before: list[tuple[str, int, int]], ref: int) -> str | None:
    """The name that says the clause a reference opens ("In a filing with the SEC, Sina said
    its shares ...": Sina), or None."""
    for i in range(len(before) - 1, -1, -1):
        name, _, end = before[i]
        if not _SAYS_GAP.fullmatch(text, end, ref):
            continue
        j = i
        while j > 0 and before[j - 1][2] + 1 == before[j][1]:
            j -= 1  # a long name cut in two runs: "National Association of Purchasing Management"
        return name if j == i else text[before[j][1] : end].removeprefix("The ")
    return None


_ANALYSTS_AT = re.compile(
    r"\b(?:analysts?|economists?|strategists?|brokers?|researchers?|forecasters?|consultants?)"
    r" (?:at|from|with|(?:polled|surveyed|questioned|asked) by(?: the)?) $",
    re.I,
)
# the market's consensus speaks of a firm's figure: "Wall Street had forecast 2.4 million"
_MARKETS = frozenset(["Wall Street", "City", "the City"])
_EXPECTED = re.compile(
    r" (?:had |has |was |had been )?(?:expected|expecting|forecast|estimated|predicted|anticipated)\b"
)
# an analyst or a broker as the owner the rules found: "Analyst Joost Hermans", "Priya Raman of
# Lakeport Securities", "Chenab Capital", "Straits Peak Research"
_ANALYST_NAME = re.compile(
    r"(?:Analysts?|Brokerage|Broker|Economist|Strategist) [A-Z]"
    r"|.*\b(?:Securities|Research|Capital|Equities|Stockbrokers|Brokers|Brokerage)$"
    r"|.* (?:of|at) .*\b(?:Securities|Research|Capital|Equities|Bank|Brokers)$"
)
# what analysts say of a firm's figures: its target price or rating, or their estimate or
# forecast of its profit, earnings, sales or margin
_ANALYSTS_WORDS = re.compile(
    r"\b(?:target price|price target|fair value|rating\b|(?:estimates?|estimated|forecasts?|"
    r"expects?|expected|expectations?)\b[^.;]{0,60}\b(?:profit|earnings|revenue|sales|income|"
    r"EBITDA|margin|dividend|stock|shares))"
)


def analysts_view(sentence: str, found: str, main: str | None) -> bool:
    """The owner found is an analyst or a broker ("Analyst Joost Hermans ... cut his estimate
    for 2037 net profit to €71m", "Escolta Securities, which had expected first-quarter earnings
    of P2.15 billion") speaking of the story's firm's figures in a sentence of targets,
    estimates and forecasts: the firm's figure, not theirs (not when the story is about the
    broker: its firm is then the broker)."""
    return (
        main is not None
        and found != main
        and main not in found
        and _ANALYST_NAME.match(found) is not None
        and _ANALYSTS_WORDS.search(sentence) is not None
    )


# an analyst's target for a firm's shares governing the figure: "cut his target price to 96p
# from 118p", "lifted her price target on the stock to $14.50", "cut his target for Chao Phraya
# Mobile to 76 baht", "has a 12-month target price of N$16.80 on the shares"
_PRICE_TARGET = re.compile(
    r"\b(?:(?:12|six)-month )?(?:target price|price target|(?:his|her|their) "
    r"(?:12-month )?target)(?: (?:on|for) (?:the )?(?:stock|shares|scrip)| (?:for|on) (?P<firm>"
    + CAP
    + r"[\w&'\u2019.-]*(?: (?:&|of|"
    + CAP
    + r"[\w&'\u2019.-]*)){0,4}))?"
    r"(?: to| of| at|:)?(?: about| around)?(?: [^\s,;]+(?: [a-z]+)? from)? $"
)


def target_owner(text: str, start: int, found: str | None, main: str | None) -> str | None:
    """The owner of an analyst's price target for a firm's shares written right before the
    figure (``_PRICE_TARGET``): the firm "for" or "on" names, else the story's firm (an
    analyst, a broker or a firm named earlier in the sentence owns no target on the story's
    firm's shares; not when the story is about that owner: its firm is then ``found``). None:
    no price target there."""
    m = _PRICE_TARGET.search(text, max(0, start - 140), start)
    if m is None:
        return None
    if m.group("firm"):
        return m.group("firm")
    return found if main is None or found == main else main


_ANALYSTS_OF = re.compile(r"(?:'s)? (?:analysts?|economists?|strategists?|forecasters?)\b")


def analysts_firm(text: str, at: int, found: str) -> bool:
    """The name is the analysts' employer, not the forecast's owner: "Analysts at Crane & Co
    estimate the drug could reach $6bn", "Brackley Securities analyst John Smith forecast"."""
    if at > 0 and _ANALYSTS_AT.search(text, max(0, at - 30), at):
        return True
    if found in _MARKETS and _EXPECTED.match(text, at + len(found)):
        return True  # "Wall Street had forecast 2.4 million additions": the firm's forecast
    return at >= 0 and _ANALYSTS_OF.match(text, at + len(found)) is not None


# a person who foresees or says what a measure will do, its own noun phrase named ("He expects
# skier days to recover to 1.5 million"; not "She expects to earn £2m", "He said his pay ...")
_FORESEES = re.compile(
    r"(?:He|She|he|she) (?:now |also )?(?:expects|expected|forecasts?|predicts|predicted|"
    r"believes|believed|thinks|thought|estimates|estimated|said|says)(?: that)? "
    r"(?!to\b|his\b|her\b|he\b|she\b)[a-z][\w-]*(?: [a-z][\w-]*)? "
    r"(?:to|will|would|could|had|has|have|is|are|was|were)\b"
)


# a person foreseeing what their firm does: "She expected to hire about 20 more staff"
_FIRM_ACTS = re.compile(
    r"(?:He|She|he|she) (?:now |also |still )?(?:expects|expected|plans|planned|intends|"
    r"intended) to (?:hire|recruit|cut|shed|open|close|spend|invest|build|raise|add|create)\b"
)


def acts_for_firm(text: str, lo: int, start: int) -> bool:
    """Whether the clause at ``lo`` is a person foreseeing what the firm will do ("She
    expected to hire about 20 more staff"): the firm's figure, not theirs."""
    return _FIRM_ACTS.match(text, lo, start) is not None


def foresees(text: str, lo: int, start: int) -> bool:
    """Whether the clause at ``lo`` is a person foreseeing or saying what a measure named
    there will do ("He expects skier days to recover to 1.5 million"): the figure is not
    theirs."""
    return _FORESEES.match(text, lo, start) is not None
