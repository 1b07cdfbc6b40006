"""The figures' name patterns' letters (``reader.text.letters``: capitals and small letters of
any Latin, Greek or Cyrillic spelling) and the titles a person is named with."""

from __future__ import annotations

import re

from reader.figures.gate import led
from reader.text.letters import CAP, LOWER, SMALL, UPPER

__all__ = ["CAP", "LOWER", "SMALL", "TITLE", "TITLED_PERSON", "UPPER", "has_capital"]

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
TITLED_PERSON = led(  # (behind a look-ahead for the titles' first letters: gate.py)
    r"\b"
    + TITLE
    # (a hyphenated given name too: "Marc-Antoine Rey", "Jean-Pierre Aubert")
    + rf",?\s+((?:{CAP}[{LOWER}'-]+(?:-{CAP}[{LOWER}']+)?|Mc{CAP}[a-z]+)"
    + rf"(?: (?:{CAP}[{LOWER}'-]+|de|van|von)){{1,2}})"
    r"(?!\s(?:Group|Inc|Ltd|plc|Holdings|Bank|Capital|Partners|Pictures|Systems)\b)"
)
