"""The figures' name patterns' letters (``reader.text.letters``: capitals and small letters of
any Latin, Greek or Cyrillic spelling) and the titles a person is named with."""

from __future__ import annotations

import re

from reader.figures.gate import led
from reader.text.letters import CAP, LOWER, SMALL, UPPER

__all__ = [
    "CAP",
    "LOWER",
    "SMALL",
    "TITLE",
    "TITLED_PERSON",
    "UPPER",
    "has_capital",
    "named_after_title",
    "title_before",
]

_CAPITAL = re.compile(CAP)


def has_capital(text: str) -> bool:
    """Whether ``text`` holds a capital letter (text without one is read as lower-case text)."""
    return _CAPITAL.search(text) is not None


# the titles a person is named with: "chief executive Dana Whitlock", "mayor Sofia Teles"
TITLE = (
    r"(?:executive|chief|chairman|chairwoman|president|founder|co-founder|heir|heiress|"
    r"striker|midfielder|defender|winger|forward|goalkeeper|manager|boss|director|minister|"
    r"rapper|singer|actor|actress|coach|officer|governor|secretary|spokesman|spokeswoman|"
    r"presenter|star|owner|investor|entrepreneur|billionaire|tycoon|captain|leader|chancellor|"
    r"professor|mayor|chair|treasurer|candidate|nominee|councillor|senator|lawmaker|economist|"
    r"analyst|campaigner|activist)"
)
# (each title alone: a name can follow a title only where one ends, ``title_before``)
TITLE_WORDS = tuple(TITLE.removeprefix("(?:").removesuffix(")").split("|"))
# performers and players known by one name ("reggaeton star Dayán", "rapper Kozi", "striker
# Vinícius"): after these titles one name is a person's when no other name follows it
_ONE_NAME_TITLES = ("star", "rapper", "singer", "striker", "midfielder", "winger", "goalkeeper")
_ONE_NAME = "(?:" + "|".join(f"(?<={t} )" for t in _ONE_NAME_TITLES) + ")"
TITLED_PERSON = led(  # (behind a look-ahead for the titles' first letters: gate.py)
    r"\b"
    + TITLE
    + r",?\s+("
    + rf"{_ONE_NAME}{CAP}[{LOWER}]+(?=[ ,;:.](?! ?(?:{CAP}|de |van |von |\d))|$)|"
    # (a hyphenated given name too: "Marc-Antoine Rey", "Jean-Pierre Aubert")
    + rf"(?:{CAP}[{LOWER}'-]+(?:-{CAP}[{LOWER}']+)?|Mc{CAP}[a-z]+)"
    + rf"(?: (?:{CAP}[{LOWER}'-]+|de|van|von)){{1,2}})"
    r"(?!\s(?:Group|Inc|Ltd|plc|Holdings|Bank|Capital|Partners|Pictures|Systems)\b)"
)


def title_before(text: str, at: int) -> bool:
    """Whether a title ends right before ``at`` (with a comma and space between: "chief
    executive, "): where ``TITLED_PERSON``'s name at ``at`` must follow one. A quick test
    that spares the search of a window around every name that follows none."""
    before = text[:at].rstrip()  # (\s and rstrip drop the same spaces, however many)
    return before.removesuffix(",").endswith(TITLE_WORDS)


def named_after_title(name: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``name`` after a person's title ("councillor Mary Adebayo")
    in its first 300 characters (searched only where ``name`` follows a title)."""
    head = sentence[:300]
    at = head.find(name)
    while at != -1 and not title_before(head, at):
        at = head.find(name, at + 1)
    return at != -1 and any(m.group(1) == name for m in TITLED_PERSON.finditer(head))
