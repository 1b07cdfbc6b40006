"""A share that restates a sum, or that its clause's measure is, names that measure.

"Marketing spend rose to ₹71.5 crore, or about 25 per cent of revenue" (marketing spend share
of revenue), "The wage bill ... rose to ARS 61.3 billion, equal to 43% of revenue" (wage bill
share of revenue), "Its EBITDA loss was 6.8 per cent of revenue" (EBITDA loss share of
revenue): the percentage is the clause's measure as a share of the whole, so the share is named
with that measure's words (at most three, up to a preposition). A name or a pronoun as the
clause's subject says whose the share is, not which, and leaves it as it was. One bounded look
before each percentage read as a share of something.
"""

from __future__ import annotations

import re

from reader.figures.clause import PERSON, REF, clause_subject
from reader.model import Figure

# what stands between the clause's measure and the share: a restating "or", "equal to", a verb
# of being ("was 6.8 per cent of revenue")
_RESTATES = re.compile(
    r"(?:, or|,? equal to|,? equivalent to| (?:was|is|were|are|stood at|came to))"
    r"(?: about| around| almost| nearly| some| roughly| just)? $"
)
# the measure's own words end where a prepositional phrase or a clause begins
_STOP = re.compile(r" (?:for|of|in|at|on|from|to|by|with|which|that|who|rose|fell|was|is)\b.*$")
_ITS = re.compile(r"^(?:its|their|the|his|her|our) ", re.I)
_WORD = re.compile(r"^[a-z][a-z-]*$|^[A-Z]{2,6}$")
_WORDS = 3


def restated_share(fig: Figure, text: str, start: int) -> str | None:
    """The share's metric named with its clause's measure (module doc), else unchanged."""
    metric = fig.metric
    if fig.kind != "percent" or start <= 0 or not (metric or "").startswith("share of "):
        return metric
    if _RESTATES.search(text, max(0, start - 30), start) is None:
        return metric
    subject = clause_subject(text, start)
    if subject is None or subject in (REF, PERSON):
        subject = _its_measure(text, start)
    if subject is None:
        return metric
    words = _STOP.sub("", _ITS.sub("", subject.strip())).split()
    if words and text.lstrip().startswith(subject) and words[0][1:].islower():
        words[0] = words[0].lower()  # the sentence's capital: "Marketing spend rose to ..."
    if not words or len(words) > _WORDS or not all(_WORD.match(w) for w in words):
        return metric  # (a name, a number or a long phrase: whose, not which)
    return f"{' '.join(words)} {metric}"


# "Its EBITDA loss was ...": the measure a possessive opening the sentence names
_ITS_OPENING = re.compile(r"^(?:Its|Their) ((?:[A-Za-z-]+ ){0,2}[A-Za-z-]+) (?:was|is|were|are)\b")


def _its_measure(text: str, start: int) -> str | None:
    m = _ITS_OPENING.match(text)
    return m.group(1) if m is not None and m.end() <= start else None
