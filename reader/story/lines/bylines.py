"""Surface patterns of a byline line: "By NAME", a team's byline ("Posted by the Harbour Trust
team"), a blog's "Posted by NAME at TIME" sign-off, "NAME, Business reporter", and the words
that name a writer's role. Split out of ``patterns`` (which re-exports them) by what they hold.
"""

from __future__ import annotations

import re

from reader.story.lines.words import word_count

# a time after "By" opens a sentence, not a byline: "By May, the room was half full", "By
# Monday the river had fallen", "By March 2038" (a writer named May is followed by her surname)
_NOT_WHEN = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|"
    r"Then|Now|Noon|Midnight|Nightfall|Dawn|Dusk|Lunchtime)(?:[,;:.]|\s+\d|\s+[a-z]|$))"
)
# (a team's byline names it with "the": "Posted by the Harbour Trust team", "By the PA desk")
# (a TV station's site writes "by: NAME", a magazine "Words: NAME")
BYLINE = re.compile(
    # (a review's, an interview's, a feature's credit: "Reviewed by NAME", "Interview by NAME",
    # "Story and photos by NAME", "Words and pictures by NAME")
    r"^(?i:by|written by|words by|reporting by|story by|posted by|published by|from|"
    r"reviewed by|interviews? by|compiled by|"
    r"(?:story|words|text|report) and (?:photos|photographs|pictures|images) by|"
    r"(?:live )?(?:coverage|updates|blog) by)\s+" + _NOT_WHEN + r"[A-Z\u00c0-\u017f][\w.'’\-]*"
    r"|^(?i:by|written by|reporting by|story by|posted by|words|text|reporting|"
    r"(?:words|text|story) and (?:photos|photographs|pictures|images)):\s*"
    r"[A-Z\u00c0-\u017f][\w.'’\-]*"
    r"|^(?i:by|written by|posted by|published by)\s+the\s+(?:[A-Z\u00c0-\u017f][\w.'’\-]*\s+){1,4}"
    r"(?i:team|staff|desk|newsroom|editors)\b"
    # a newsroom title before the name: "By rural reporter Tom Ashby", "By our chief business
    # correspondent Jane Okafor"
    r"|^(?i:by)\s+(?:our\s+)?(?:[a-z]+\s+){0,3}(?:reporter|correspondent|editor|writer)\s+"
    r"[A-Z\u00c0-\u017f]",
)
# A paper's house byline, naming no writer: "Our Reporter", "Our Bureau", "From Our
# Correspondent", "By Our Special Correspondent" (the Indian, Nigerian and other papers' way)
HOUSE_BYLINE = re.compile(
    r"(?i)^(?:(?:by|from)\s+)?our\s+(?:[a-z]+\s+){0,2}(?:reporters?|correspondents?|bureau|"
    r"staff|desk|team)$"
    # or the paper's news service by name: "Express News Service", "Bhima Valley Times News
    # Network", "HT News Desk"
    r"|^(?-i:(?:[A-Z][\w&.'’-]*\s+){1,4}News\s+(?:Network|Service|Bureau|Desk))$"
)
# An item's source in a reader app or a read-later export, with its stamp or reading time after
# a dot or bar: "via Empordà Express · 3 hours ago", "Saved from Oaxaca Mercado · Read 3 min",
# "via kestrel-news.com" (a name or a domain: at most six words before the dot)
ITEM_SOURCE = re.compile(
    r"^(?i:via|(?:saved|shared|clipped) from)\s+(?:[A-Z0-9][\w&.'\u2019-]*|[a-z0-9-]+\.[a-z.]{2,})"
    r"(?:\s+(?:[A-Z&][\w&.'\u2019-]*|of|the|de|del|do|da))*\s*(?:[\u00b7\u2022|,]\s*[^\u00b7\u2022|]{1,30})*$"
)
# A blog's sign-off: "Posted by admin at 10:31 PM", "posted by jdoe on 4 March 2025", "Posted
# at 09:15 by webteam" (a user name may be lower case; a time or date must follow or precede it).
SIGN_OFF = re.compile(
    r"^(?i:posted|published|submitted|written)\s+"
    r"(?:(?i:by)\s+@?[\w.'’\-]+(?:\s+[\w.'’\-]+){0,2}\s+(?i:at|on)\s+\S.{0,40}"
    r"|(?i:at|on)\s+\S.{0,40}?\s+(?i:by)\s+@?[\w.'’\-]+(?:\s+[\w.'’\-]+){0,2})$"
)
_SIGN_OFF_TIME = re.compile(r"\d|\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def is_sign_off(text: str) -> bool:
    """A blog post's "Posted by NAME at TIME" line (a time or date in it, no sentence after)."""
    t = text.strip()
    return (
        word_count(t) <= 12
        and SIGN_OFF.match(t) is not None
        and _SIGN_OFF_TIME.search(t) is not None
        and not t.endswith(("!", "?"))
    )


# "Jane Doe, Business reporter" / "Jane Doe - Technology correspondent": a name, then a role
# (or a reporting scheme: "Aroha Pene, Local Democracy Reporting").
NAMED_ROLE = re.compile(
    r"^[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}\s*(?:,|-|–|—)\s*"
    r"(?:[A-Za-z&]+\s+){0,3}(?:staff|editor|reporter|correspondent|writer|contributor|"
    r"columnist|analyst|(?i:reporting(?: service)?))(?:\s+(?:at|for|in)\s+[\w ]{1,30})?$"
)
BYLINE_ROLE = re.compile(
    r"\b(?:staff|team|desk|editor|editors|reporter|correspondent|writer|contributor|columnist|"
    r"analyst|newsroom)\b",
    re.I,
)
