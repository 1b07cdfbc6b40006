"""A base read from the words around a figure (``status.status_for``): the earlier level a new
one is set against when no "from" or "compared with" says so — "in its previous round", "last
sold for", "12% below the first round's", "well below the $3.9bn it made in 2025", "stood at
£61m two years ago, ...", "as recently as 2021", "... in the year-ago period". Bounded windows, so linear.
"""

from __future__ import annotations

import re

from reader.figures.gate import Gated
from reader.figures.intent import compared_before, superseded

# "12% below the first round's €98.72": the earlier level a change is measured against
_BELOW_EARLIER = re.compile(
    r"\d ?% (?:below|above|lower than|higher than) (?:the |its |their )?(?:[a-z-]+ ){0,2}"
    r"[a-z-]+(?:'s|\u2019s) $",
    re.I,
)
# "well below the $3.9 billion it made in 2025", "well ahead of the 6.5 million its predecessor
# sold": a level the new one is set against (an adverb of degree marks the comparison)
_SET_AGAINST = Gated(
    re.compile(
        r"\b(?:well|far|way|still|just|slightly|comfortably|significantly|much) (?:below|above|"
        r"under|over|ahead of|behind|short of) (?:the|its|their|his|her) "
        # ("still below the peak of £288,100 reached in the summer of 2022")
        r"(?:(?:peak|high|level|record|low|price|rate|yield|total|figure) of )?$",
        re.I,
    ),
    ("below", "above", "under", "over", "ahead", "behind", "short"),
)
# ... its own earlier level, not a peer's ("well below the €60m spent by the richest teams")
_OWN_EARLIER = re.compile(
    r"^(?: [a-z-]+){0,3}? (?:it|its|their|his|her|we|they)\b"
    r"|^[^,;.]{0,60}?\b(?:in (?:(?:early|late|mid-?) ?)?(?:the (?:[a-z-]+ ){1,2}of )?(?:19|20)\d\d"
    r"|last (?:year|season|quarter)|a year (?:earlier|ago))\b",
    re.I,
)
# "below the 9.5% initially floated to investors": the first terms a final price is set against
_BELOW_FIRST = re.compile(r"\b(?:below|above|under|over) (?:the|its|their) $", re.I)
_FIRST_TERMS = re.compile(r"^ (?:initially|originally|previously|first) [a-z]+(?:ed|en)\b")
# "was last sold in 1987 for £1.1m": what it fetched before
_EARLIER_SALE = Gated(
    re.compile(
        r"\b(?:last|previously|originally) (?:sold|bought|changed hands|valued)\b[^,;]{0,25} "
        r"(?:for|at)(?: about| around| some| nearly| almost| roughly| just)? $",
        re.I,
    ),
    ("last", "previously", "originally"),
)
_BASE_AFTER = re.compile(
    r"^ (?:in|at|during) (?:its|the|their|his|her) (?:previous|prior|earlier|last(?! (?:financial |"
    r"fiscal |full |calendar )?(?:year|quarter|half|season|twelve months|12 months)))\b",
    re.I,
)  # ("in the last financial year" is the year just reported)
# "which stood at £61m two years ago, are expected to fall to £23m": the earlier level of a
# sentence that goes on to a new figure
_AGO = re.compile(r"^ (?:\w+ )?(?:years?|months?|quarters?|decades?) ago\b", re.I)
# ... unless it is what a past deal cost: "bought him for £14 million three years ago and will
# pass on 15%" is a deal done, not a level since left behind
_DEAL_BEFORE = re.compile(
    r"\b(?:bought|sold|paid|acquired|signed|spent|invested|raised|won|lost)\b[^,;.]{0,50} "
    r"(?:for|of|at)(?: about| around| some| nearly| almost| roughly| just| a record)? $",
    re.I,
)
# "had posted a net profit of Rs 300 crore in the year-ago period", "compared with $150 million,
# or 68 cents per share, a year earlier": the level the same period had a year before (not "a
# year ago", which also dates a past event: "raised $10m a year ago")
_YEAR_EARLIER = re.compile(
    r"^(?: (?:a|per) (?:share|tonne|unit|barrel|year|month|week|day))?,? (?:a year (?:earlier|before)"
    # "a profit of £188,000 the year before", "£3.1m in the previous year"
    r"|(?:in )?the (?:year|season|quarter|half|month) before"
    r"|(?:in )?the (?:previous|prior|preceding) (?:year|season|quarter|half|month|period)"
    r"|in the (?:year-ago|year-earlier|prior-year) (?:period|quarter|half|month|season|year)"
    r"|in the (?:same|corresponding) (?:period|quarter|half|month|season) (?:last year|a year "
    r"(?:earlier|ago|before)))\b",
    re.I,
)
# "a market value that had stood at $58 billion", "Two years ago it was $640K", "his previous
# deal paid him £85,000": a level before the one the story reports
_EARLIER_LEVEL = Gated(  # (gate.py: every match holds one of the words after it)
    re.compile(
        r"(?:\bhad (?:stood|traded|closed|peaked) at"
        r"|\b(?:years?|months?|quarters?|decades?) ago,? (?:it|they|that|this|the [a-z-]+) "
        r"(?:was|were|stood at|had)"
        r"|\b(?:his|her|its|their|the) (?:previous|former|old|earlier|prior) [a-z-]+(?: [\w-]+){0,3}"
        r" (?:paid|was|were|cost|earned|made|gave|stood at)(?: (?:him|her|them|it|us))?)"
        r"(?: about| around| some| roughly| nearly| almost| just| only)? $",
        re.I,
    ),
    ("had", "ago", "previous", "former", "old", "earlier", "prior"),
)
# "was 1.4% of GDP as recently as 2021": a level the story's new one has moved from
_AS_RECENTLY = re.compile(r"^[^.;\d]{0,40}?\bas (?:recently|late|early) as\b", re.I)


def earlier(before: str, after: str, next_start: int | None) -> bool:
    """A base read from the words around the figure: "in its previous round", "last sold for",
    "12% below the first round's", "That compares with", "stood at £61m two years ago, ...",
    "double the 52bn forecast when approved" (intent.py)."""
    return bool(
        _BASE_AFTER.match(after)
        or _EARLIER_SALE.search(before)
        or _BELOW_EARLIER.search(before)
        or (_SET_AGAINST.search(before) and _OWN_EARLIER.match(after))
        or (_FIRST_TERMS.match(after) is not None and _BELOW_FIRST.search(before) is not None)
        or compared_before(before)
        or (next_start is not None and _AGO.match(after) and not _DEAL_BEFORE.search(before))
        or _AS_RECENTLY.match(after)
        or _YEAR_EARLIER.match(after)
        or _EARLIER_LEVEL.search(before)
        or superseded(before, after)
    )
