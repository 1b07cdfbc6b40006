"""Where a story's lead starts: past a byline ("By Helen Marsh, Motoring Correspondent", "Our
Bureau"), a date line ("Published 30 November 2026"), a place line ("Perth") and a photo
caption with its credit, which some pasted or scraped stories put above the first paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

# lines above a story's lead: a byline, a date line, a photo caption's credit
_NOT_LEAD = re.compile(
    r"(?:By [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}(?:,|$| and | \|)|(?:Published|Updated|Last updated)\b"
    r"|(?:Press|News|Media) release (?:from|by|issued by) (?:the )?[A-Z][^.]{0,60}$"
    r"|.*\b(?:Photograph|Photo|Picture|Image|Credit)s?: ?[A-Z][^.]{0,60}$)"
)
# a byline with no "By": a name, then a newsroom title or the paper after a bar ("Ciar\u00e1n
# Walsh, Economics Correspondent", "Sipho Dube | Cape Business Daily")
_NAME = r"[A-Z][\w'\u2019-]+(?: (?:[A-Z][\w'\u2019-]+|van|von|de|der|da|du|le|al|bin)){1,3}"
_BYLINE = re.compile(
    _NAME + r"(?:, (?:[A-Z][\w&-]* ){0,4}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter"
    r"|[Cc]olumnist|[Jj]ournalist)| \| [A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,4})"
)
_CREDIT = re.compile(r"(?:Photograph|Photo|Picture|Image|Credit)s?: ?[A-Z][^.]{0,60}$")


def _furniture(sentences: Sequence[str], i: int) -> bool:
    """A desk's byline ("Our Bureau", "Staff Reporter", "PTI"), or a place line ("Perth") of at
    most three capitalised words with no sentence end, after a byline or date line above it."""
    text = sentences[i].strip()
    if _DESK.fullmatch(text) or _DATELINE_ALONE.fullmatch(text) or _BYLINE.fullmatch(text):
        return True  # "Our Bureau"; "TOKYO -" on a line of its own
    if _STRAP.fullmatch(text):
        return True  # "Live updates from the business desk", "14:52 GMT - Aurenza shares close"
    words = text.split()
    return (
        i > 0
        and 0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and text[-1:] not in ".!?:\"'\u201d"
        and not any(c.isdigit() for c in text)
    )


# a wire dateline on a line of its own: "TOKYO -", "DUBLIN —", "SEOUL, Nov 3 (Reuters) -".
# Not proper_nouns._DATELINE (a dateline that opens a sentence: a space and words after the
# dash) nor story.lines.patterns.DATELINE (a paragraph's place for the metadata, Title case
# too): here the whole line ends on the dash, so up to two loose ", ..." parts are safe
_DATELINE_ALONE = re.compile(
    r"[A-Z][A-Z .'-]{1,30}(?:, [A-Za-z][\w .]{1,20}){0,2}(?: \([A-Za-z .]{1,30}\))? ?[-\u2013\u2014]{1,2}"
)
# a live page's strap or a time-stamped entry heading: no sentence end, a few words
_STRAP = re.compile(
    r"(?:Live (?:updates|coverage|reporting)\b[^.!?]{0,60}"
    r"|\d{1,2}[:.]\d{2} ?(?:GMT|BST|UTC|CET|ET|am|pm)? ?[-\u2013\u2014|] [^.!?]{1,80})"
)
# a newsroom desk credited in a byline's place
_DESK = re.compile(
    r"(?:Our|Staff|Special|Bureau|Business|City|Political|News) (?:Bureau|Correspondents?|"
    r"Reporters?|Writers?|Desk)|(?:PTI|IANS|ANI|AFP|AP|Reuters|Agencies|Bloomberg|AAP|PA)",
    re.I,
)


def lead_at(sentences: Sequence[str]) -> int:
    """The index of the story's lead: past a byline, a date line and a photo caption."""
    i = 0
    while i < min(3, len(sentences) - 1):
        if _NOT_LEAD.match(sentences[i][:300]) or _furniture(sentences, i):
            i += 1
        elif i + 2 < len(sentences) and _CREDIT.match(sentences[i + 1][:80]):
            i += 2  # a caption, then its credit as a sentence of its own
        else:
            break
    return i
