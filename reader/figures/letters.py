"""Capital and small letters of names in any Latin, Greek or Cyrillic spelling, for the name
patterns' character classes: "Metsävalo", "Ørsted", "Škoda", "Société Générale", "Łódź".

Python's ``re`` has no Unicode case classes (``\\p{Lu}``), and ``[A-Z]`` alone stops a name at
its first accented letter ("Metsävalo" read as "Mets") or misses one that starts with one. The
classes are built once from Unicode's own case data over the Latin-1 Supplement, Latin
Extended-A/B, Greek and Cyrillic blocks."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.figures.gate import led

# Latin-1 Supplement to Latin Extended-B, then Greek and Coptic, then Cyrillic.
_BLOCKS = ((0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF))


def _class(test: Callable[[str], bool]) -> str:
    """The letters of ``_BLOCKS`` passing ``test``, as character-class ranges."""
    points = [c for lo, hi in _BLOCKS for c in range(lo, hi + 1) if test(chr(c))]
    out: list[str] = []
    k = 0
    while k < len(points):
        j = k
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        out.append(chr(points[k]) if j == k else f"{chr(points[k])}-{chr(points[j])}")
        k = j + 1
    return "".join(out)


# For use inside a character class: "[" + UPPER + "]".
UPPER = "A-Z" + _class(str.isupper)
LOWER = "a-z" + _class(str.islower)
CAP = f"[{UPPER}]"  # one capital letter
SMALL = f"[{LOWER}]"  # one small letter


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
