"""Whom "it", "the group", "she" mean in lower-case text, where no capital marks a name.

A lower-case story names a firm by opening a sentence with its possessive or as a rival:
"fibrenet's revenue fell 2% ..., and the group said it would cut its dividend to 4p",
"its rival fibrenet ... lost 95,000 customers". A reference in that sentence, or in the
sentences after it that go on referring ("she said it would slow its network build"; "the group
has £2.4 billion of debt"), means that firm, not the story's lead firm (``lower_prior``). The
capitalised counterpart is ``names.lead_name`` / ``coreference.sole_firm``.

Also the small lower-case phrase readings of the clause parse (``clause.py``): a relative
clause after "its network" (the firm's), "its rival fibrenet" (the rival), a title with the
person's name in apposition ("brightwave's chief executive, tom adeyemi,") and a one- or
two-word possessive before a measure ("fibrenet's revenue").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.figures.letters import has_capital

# a sentence opening with a firm's possessive or "its rival X" (not a time or a reference)
_OPENER = re.compile(
    # "thornhaven's smaller rival, kraken forge, said": the rival named in apposition
    r"[a-z][\w&-]+(?:'s|\u2019s) (?:[a-z-]+ )?(?:rival|competitor|peer),? "
    r"(?P<apposed>[a-z][\w&-]+(?: [a-z][\w&-]+)?)(?=,| said\b| has\b| had\b)"
    r"|(?:its |their )(?:rival|competitor|peer|parent|owner)s? (?P<rival>[a-z][\w&-]+)\b"
    r"|(?!(?:the|it|its|their|his|her|he|she|they|that|there|here|what|who|mr|mrs|ms|dr|last|"
    r"this|next|"
    r"year|month|week|today|world|country|"
    r"nation|industry|market|sector|company|group|firm)\b)(?P<name>[a-z][\w&-]+(?: [a-z][\w&-]+)?)"
    r"(?:'s|\u2019s) "
)
# a sentence that goes on referring back: "she said it would", "the group has", "it said"
_REFERS = re.compile(
    r"(?:it|its|they|their|he|she|his|her|the (?:company|group|firm|business|chain|bank|club|"
    r"carrier|airline|lender|operator|provider))\b"
)
_WALK = 3  # sentences read back


def lower_prior(sentences: Sequence[str], index: int) -> str | None:
    """The firm a lower-case sentence's references mean (module doc), else None."""
    for back in range(_WALK):
        i = index - back
        if i < 0:
            return None
        opening = sentences[i].lstrip(" \"'\u201c")
        m = _OPENER.match(opening)
        if m is not None:
            return m.group("apposed") or m.group("rival") or m.group("name")
        if not _REFERS.match(opening):
            return None  # the chain of references breaks
    return None


# an antecedent the firm owns: "its network", "their stores" (after a figure or a verb)
ITS_THING = re.compile(r"(?:\d\S* |\b(?:on|in|of|to|at|from) )(?:its|their) [a-z-]+$")
# a title ending a noun phrase, with the person's lower-case name in apposition after it
TITLED = re.compile(
    r"\b(?:chief executive|chief financial officer|finance director|managing director|boss|"
    r"chairman|chairwoman|chair|founder|president|ceo)$"
)
LOWER_NAME = re.compile(r"[a-z][a-z'-]+(?: [a-z][a-z'-]+){1,2}")
# a lower-case one- or two-word possessive before a measure that is no time ("last year's")
LOWER_POSSESSOR = re.compile(
    r"(?!(?:the |a |an )?(?:last|this|next|previous|year|month|week|quarter|today|yesterday|"
    r"world|country|nation|industry|market|sector)\b)[a-z][\w&-]+(?: [a-z][\w&-]+)?(?:'s|\u2019s)"
)
# lower case "its rival fibrenet": the rival named
RIVAL_OF = re.compile(
    r"^\s*(?:its|their) (?:rival|competitor|peer|parent|parent company|owner)s? "
    r"([a-z][\w&'-]+(?: [a-z][\w&'-]+)?)\s*$"
)


def lower_rival(text: str, phrase: str, measure: Callable[[str], object]) -> str | None:
    """The firm a lower-case story names as "its rival X" ("its rival fibrenet"), else None
    (capitalised text, or a measure: "its rival bid")."""
    m = RIVAL_OF.match(phrase)
    if m is None or has_capital(text[:300]) or measure(m.group(1)):
        return None
    return m.group(1)
