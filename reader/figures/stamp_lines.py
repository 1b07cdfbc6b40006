"""Stamp lines over a story's lead: an outlet's line with its section, byline and stamp
("Pest Ledger · Business · 2037.06.10. 11:52"), a stamp with the writer's or the place's name
("Tbilisi, 26.01.2037 • 12:30 — by Nino Kapanadze"), a date line alone ("Wed 9 Sep 2026 07.00
BST"). ``lead.lead_at`` reads them as furniture, not the lead."""

from __future__ import annotations

import re

from reader.story.lines.patterns import is_timestamp
from reader.story.lines.words import word_count
from reader.text.letters import CAP

# the small words inside a name: "Ruud van Dijk", "Said bin Nasser"
PARTICLES = "van|von|de|der|da|du|le|al|bin"
# a date line alone, the stamp of a page that writes no "Published": "Wed 9 Sep 2026 07.00
# BST", "June 23 2026 02:30 AM", "12 March 2027, 9:14am"
DATE_LINE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?"
    r"(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},?) \d{4}"
    r"(?:,? (?:at )?\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?|AM|PM)?)?(?: [A-Z]{2,5})?"
)


# an outlet's line with its section, byline and stamp, parted by dots, bars or dashes: "Pest
# Ledger · Business · 2037.06.10. 11:52", "Prague Tech Observer — 24. 3. 2037, 08:30", "North
# Jutland Post, English edition | By Mette Kjaergaard | Thursday 8 October 2037, 07:45"
_PART_SEP = re.compile(r"\s[\u00b7|\u2022\u2014\u2013]\s")
_LABEL_PART = re.compile(
    rf"(?:By )?{CAP}[\w&'\u2019.-]*(?: (?:&|of|the|and|{CAP}[\w&'\u2019.-]*)){{0,4}}"
    r"(?:, [A-Z]?[a-z]+ edition)?"
)
_STAMP_PART = re.compile(r"[^a-z]*\b(?:19|20)\d{2}\b[^a-z]*(?:[ap]\.?m\.?[^a-z]*)?")
# what may follow a written date in the stamp: a time and its zone ("16:45 GMT", "6:30 p.m.")
_STAMP_TAIL = re.compile(r"[^a-z]*(?:[ap]\.?m\.?[^a-z]*)?")
_OUTLET_LINE_CHARS = 140


def _dated(stamp: str) -> bool:
    """A written date ("Friday 18 December 2037") with at most a time and zone after it."""
    date = DATE_LINE.match(stamp)
    return date is not None and _STAMP_TAIL.fullmatch(stamp, date.end()) is not None


def outlet_stamp(text: str) -> bool:
    """The outlet's line over the story (comment above): labels, then a stamp with its year."""
    parts = _PART_SEP.split(text)
    if len(parts) < 2 or len(text) > _OUTLET_LINE_CHARS:
        return False
    # (the stamp: the parts from the first with a digit, "Friday 18 December 2037 · 16:45 GMT")
    k = next((j for j, part in enumerate(parts) if any(c.isdigit() for c in part)), len(parts))
    stamp = " ".join(parts[k:])
    return (
        0 < k < len(parts)
        and (_STAMP_PART.fullmatch(stamp) is not None or _dated(stamp))
        and all(_LABEL_PART.fullmatch(p) for p in parts[:k])
    )


# the parts of a stamp line: past a dot, a bar or a spaced dash ("Chua Hui Min | Published Fri,
# Nov 13, 2037 · 7:00 AM SGT", "Tbilisi, 26.01.2037 • 12:30 — by Nino Kapanadze")
_PARTS = re.compile(r"\s+[|\u00b7\u2022]\s+|\s+[\u2014\u2013-]{1,2}\s+")
# a part naming a writer or a place: capitalised words (particles between: "Said bin Nasser al
# Rawahi", "Buenos Aires"), or a byline ("by Nino Kapanadze")
_NAME_PART = re.compile(
    rf"(?:[Bb]y:? )?{CAP}[\w.'\u2019-]*(?:,? (?:{CAP}[\w.'\u2019-]*|{PARTICLES}"
    r"|el|bint|ibn|ben|dos|del))*"
    # (a place with its region, "Cobán, Alta Verapaz"; an agency after it, "Ulaanbaatar /MNA/",
    # "Kigali (RNA)")
    r"(?: /[A-Z]{2,8}/| \([A-Z][\w .]{1,20}\))?"
)


# a clock with its zone, however the zone is written ("11:20 ART", "7.05pm WAT")
_CLOCK_PART = re.compile(
    r"\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,5})?"
    # ... or a date written year first with dots ("2037.04.14")
    r"|(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.?"
)


_MERIDIEM_END = re.compile(r"\d ?[ap]\.m\.\s*$")


def stamp_parts(text: str) -> bool:
    """A line of a stamp and the writer's or the place's name, parted by dots, bars or dashes:
    one part at least a stamp (``story.lines.patterns.is_timestamp``), each other a name, a
    byline or a place; no sentence."""
    if len(text) > 160 or (text.rstrip()[-1:] in ".!?" and not _MERIDIEM_END.search(text)):
        return False  # (a clock's "a.m." is no sentence end: "... | UPDATED: ... at 7:15 a.m.")
    parts = [p for p in _PARTS.split(text.strip()) if p]
    if len(parts) < 2:
        return False
    stamps = [is_timestamp(p) or _CLOCK_PART.fullmatch(p) is not None for p in parts]
    if not any(stamps):
        return False
    return all(
        stamp or (word_count(p) <= 6 and _NAME_PART.fullmatch(p) is not None)
        for p, stamp in zip(parts, stamps, strict=True)
    )
