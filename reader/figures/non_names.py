"""The capitalised runs whose surroundings say they name no owner, whatever their own words:
a sum or a currency's letters ("R3.1bn", "NZ$12.9 billion", "Tk 3.12"), a grade ("a Series C
round"), a stamp's weekday or clock ("Sun Oct 25", "9 PM ET"), an address ("Unit 4", "40 Market
Street"), an exchange and ticker ("(OSE: HALV)", "(AMKRN.IS)"), a unit after a number, a
thing's letters, a bystander ("flights from Reading to London"). Split out of
``proper_nouns`` (which reads the runs) by what they hold.
"""

from __future__ import annotations

import re

from reader.figures.bystanders import bystander
from reader.figures.country_letters import LETTERS as COUNTRY_LETTERS
from reader.figures.currencies import ISO_CODES, LETTERS_AFTER
from reader.figures.gate import Gated
from reader.figures.name_words import NUMBERED_PARTS, TERM_MARK
from reader.figures.patterns import LETTER_PREFIXES

# a listing written after a firm's name: "(OSE: HALV)", "(NASDAQ: ACME)", "(LSE:VOD)"
# (an exchange's name may hold a digit: "(B3: RDLG3)", Brazil's exchange)
_TICKER = re.compile(r"\((?:[A-Z][A-Za-z]{1,9} )?[A-Z][A-Za-z0-9]{1,9}: ?[A-Z0-9][A-Z0-9.]{0,7}\)")
# a wire's instrument code in brackets: "(AMKRN.IS)", "(7203.T)", "(VOD.L)", "(BMWG.DE)"
_RIC = re.compile(r"\([A-Z0-9]{1,6}\.[A-Z]{1,3}\)")
_GRADE = re.compile(r"(?:Band|Grade|Class|Tier|Category|Phase|Series|Type) [A-Z0-9]")
# a sum in a currency written with a capital letter ("R3.1bn", "R412m", "R48.15"): a figure
_SUM = re.compile(r"[A-Z](?:\d[\d,]*(?:\.\d+)?(?:bn|m|k|tn|mn|cr)\b|\d{1,3}(?:,\d{3})+|\d+\.\d+)")
# currencies written in letters before (or, "21.7 billion Ft", after) a number, and every ISO
# code, word-like ones too ("SAR 2.20")
# (and a country's letters of two or more, "Le 29.65", "ID 905": money before a digit there,
# whatever country the story names)
_CURRENCY_LETTERS = (
    LETTER_PREFIXES
    | ISO_CODES
    | LETTERS_AFTER.keys()
    | {letters for letters in COUNTRY_LETTERS if len(letters) > 1 and letters.isalpha()}
)
_DIGIT_NEXT = re.compile(r"\.? ?\d")
# currency signs written straight after a currency's letters: "NZ$12.9 billion", "GH¢320m"
_SIGNS = frozenset("$¢₵")
# what follows a clock's "AM"/"PM" in a stamp: a time zone, "Last (updated)"
# fmt: off
_CLOCK_WORDS = frozenset((
    "Last", "Updated", "ET", "GMT", "BST", "IST", "EST", "EDT", "PST", "PDT", "AEST", "AEDT",
    "UTC", "CET", "CEST", "WAT", "EAT", "SAST", "NZST", "NZDT", "SGT", "HKT", "MYT", "PHT",
))
# fmt: on
# a stamp's weekday, before its date: "Sun Oct 25", "Posted Fri 5 Jun", "Updated Tue, 3 March"
_STAMP_DAY = re.compile(
    r"(?:(?:Posted|Published|Updated|Last updated|Modified) )?"
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?,? "
    r"(?:\d{1,2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d)"
)
# a numbered part of an address: "Unit 4", "Suite 210", "Plot 17"; a numbered road or exit:
# "repairs to Highway 6", "Route 9", "Junction 14"; a numbered kilometre post or part of a
# text ("Km 46", "Section 20", "Article 12": NUMBERED_PARTS): a place or a clause, not a name
_ADDRESS_PARTS = (
    frozenset(
        ["Unit", "Units", "Suite", "Plot", "Highway", "Route", "Interstate", "Junction", "Exit"]
    )
    | NUMBERED_PARTS
)
_NUMBERED = re.compile(r" \d")
# (a name run holds no line break, so ending with the word is what " (?:Road|...)$" asked)
_STREETS = (" Road", " Street", " Avenue", " Lane", " Drive", " Way", " Close", " Crescent",
            " Boulevard")  # fmt: skip
_HOUSE_NUMBER = re.compile(r"\d[a-zA-Z]?,? $")  # "40 ", "Unit 4, ", "12a "
# a number (and its scale word) right before a word: what the word counts
_COUNT_BEFORE = re.compile(r"\d(?: (?:million|billion|thousand|trillion|m|bn))? $")


def _in_ticker(text: str, at: int) -> bool:
    """The word at ``at`` stands inside a listing's brackets (``_TICKER``)."""
    return any(m.start() < at < m.end() for m in _TICKER.finditer(text, max(0, at - 24), at + 14))


def _sum_or_grade(text: str, start: int, end: int) -> bool:
    """A capitalised run that is no name: a currency's prefix ("NZ$12.9 billion", "HK$3") or
    country ("in US dollar terms"), a
    sum in a currency written with a capital ("Revenue rose 18% to R3.1bn, giving ...",
    "R6,500 a month"; not "A380", "G7"), a
    letter ("a band D household", "grade A shares") or a grade ("a Series C round")."""
    run = text[start:end]
    if (grade := _GRADE.match(text, start)) is not None and grade.end() >= end:
        return True  # "a Series C round", "the bottom of Band 5": a grade, whatever follows
    if text[end : end + 1] in _SIGNS or text[start - 1 : start] == "°":
        return True  # (and "31°C": a temperature's scale; "GH¢320 million": Ghana's cedi)
    if text.startswith((" dollar ", " dollars "), end):
        return True  # "In US dollar terms": a currency's country
    if (
        text.startswith((" cents", " dollars", " cent "), end)
        and text[max(0, start - 2) : start - 1].isdigit()
    ):
        return True  # "fell to 11.30 US cents from 18.55 US cents": a sum's currency
    if (stamp := _STAMP_DAY.match(text, start)) is not None and stamp.end() >= end:
        return True  # "Sun Oct 25, 2026 12:00 AM", "Posted Fri 5 Jun 2026": a stamp's day
    if (words := run.split())[0] in ("AM", "PM") and _CLOCK_WORDS.issuperset(words[1:]):
        return text[max(0, start - 2) : start - 1].isdigit()  # "12:00 AM Last update", "9 PM ET"
    if run.removesuffix(".") in _CURRENCY_LETTERS and _DIGIT_NEXT.match(text, end):
        return True  # "Tk 3.12", "Rp 4.5 trillion", "NIS 0.46", "Kshs. 300 million": a currency's letters
    if (amount := _SUM.match(text, start)) is not None and amount.end() >= end:
        return True
    return len(run) == 1 and text[max(0, start - 2) : start].rstrip()[-1:].islower()


# a shopping day or a holiday: a date, never an owner ("For Black Friday, the company expects
# GMV of R$4.1 billion"; the weekday is no name, which would leave "Black")
_HOLIDAY = Gated(  # (gate.py: a run without one of its words is not searched)
    re.compile(
        r"(?:Black|Cyber|Good|Super|Giving|Blue) (?:Friday|Monday|Tuesday|Thursday|Saturday)\b"
        r"|(?:Boxing|Singles|Singles'|Prime|Christmas|Labou?r|Memorial|Independence|Mother's"
        r"|Father's|Valentine's|New Year's|Victoria|Canada|Australia|Anzac|Republic|Freedom"
        r"|Workers') Day\b"
        r"|Christmas|Easter|Thanksgiving|Diwali|Deepavali|Ramadan|Hanukkah|Eid(?: al-\w+)?\b"
        r"|(?:Lunar|Chinese) New Year|Golden Week|Hari Raya(?: \w+)?"
    ),
    ("day", "christmas", "easter", "thanksgiving", "diwali", "deepavali", "ramadan", "hanukkah",
     "eid", "new year", "golden week", "hari raya"),
)  # fmt: skip


def set_aside(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """Whether the words around the run ``text[start:end]`` say it names no owner, whatever
    its own words are."""
    run = text[start:end]
    if _sum_or_grade(text, start, end):
        return True  # "NZ$12.9 billion", "R3.1bn", "a Series C round": no name
    if (holiday := _HOLIDAY.search(text, start, end)) is not None and holiday.end() == end:
        return True  # "For Black Friday", "over Christmas", "in Golden Week": a date
    if run in _ADDRESS_PARTS and _NUMBERED.match(text, end):
        return True  # "at Unit 4, Wheatley Hall Road": an address, not a name
    if run.endswith(_STREETS) and _HOUSE_NUMBER.search(text, max(0, start - 8), start):
        return True  # "40 Market Street", "Unit 4, Wheatley Hall Road": a street address
    if text.find(":", max(0, start - 12), end + 2) != -1 and _in_ticker(text, start):
        return True  # "Halvorsen Marine ASA (OSE: HALV)": an exchange and a ticker
    if start > 0 and text[start - 1] == "(" and _RIC.match(text, start - 1):
        return True  # "Shares in the company (AMKRN.IS)": a wire's instrument code
    if run.lower() in names and run not in names and _COUNT_BEFORE.search(text, 0, start):
        return True  # "35.2 million TEUs": a unit the story only writes after a number
    if TERM_MARK + run in names:
        return True  # "frozen concentrated orange juice (FCOJ)": a thing's letters, no owner
    return bystander(text, start, end)  # "flights from Reading to London", "founded by ..."
