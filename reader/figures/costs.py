"""What a thing costs, named by the thing: the object a verb of making or keeping acts on
before "at a cost of" ("plans to open a factory in Durban next year at a cost of R850 million":
factory cost; "to keep the Orchard Road library open, at a cost of £240,000 a year": library
cost), and the noun phrase that is the subject of "cost" ("Adult social care alone will cost
us £121m": adult social care cost). A pronoun, a clause ("Sending that waste to be burned cost
it") or a thing a comma interrupts names nothing; the figure keeps its measure then.

Only a figure whose measure is the bare "cost" (or none) changes. One bounded look per figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.compound import modifier_form
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_HEDGE = (
    r"(?:\s(?:about|around|some|nearly|almost|roughly|more than|over|up to|as much as|"
    r"an estimated|a further|another))?"
)
_AT_A_COST = re.compile(
    r"\bat (?:a|an)(?: total| combined| estimated| annual| projected)? cost of" + _HEDGE + r"\s$",
    re.I,
)
# verbs that make, keep or change a thing (whose cost the sum then is)
_MAKING = (
    r"(?:open|opens|opening|opened|build|builds|building|built|keep|keeps|keeping|kept|run|"
    r"runs|running|add|adds|adding|added|refurbish|refurbished|upgrade|upgrades|upgrading|"
    r"upgraded|expand|expanded|replace|replaced|replacing|install|installed|installing|"
    r"restore|restored|repair|repaired|renovate|renovated|construct|constructed|create|"
    r"created|develop|developed|launch|launched|convert|converted|move|moved|rebuild|"
    r"rebuilt|reopen|reopened)"
)
# the verb, its object's determiner, capitalised names and up to one lower-case modifier, the
# head noun, then a place, time or complement word or a comma
_OBJECT = re.compile(
    r"\b" + _MAKING + r"\s+(?:a|an|the|its|their|his|her|our|two|three|new|second)\s+"
    r"(?:new\s+)?(?:[A-Z][\w'-]*\s+)*(?:[a-z][a-z-]+\s+)?"
    r"(?!(?:open|running|closed|shut|going|afloat)\b)(?P<noun>[a-z][a-z-]+[a-z])"
    r"(?=,|\s(?:in|at|on|near|for|open|running|next|this|by|from|to|over|within)\b)"
)
# the subject of "cost": a clause's first words then an optional modal and object
_SUBJECT_COST = re.compile(
    r"(?:^|[.;:\"\u201c]\s*)[\"\u201c]?(?:the |its |their |our )?"
    r"(?P<np>[A-Za-z][a-z-]*(?: [a-z][a-z-]*){0,3}?)"
    r"(?: alone| also| itself)?(?: (?:will|would|could|may|might|is expected to|is set to|"
    r"is likely to))? cost(?:s)?(?: (?:us|it|them|the council|the club|the company))?"
    + _HEDGE
    + r"\s$",
    re.I,
)
_NOT_THING = frozenset(
    ["it", "that", "this", "which", "what", "these", "those", "they", "he", "she", "we", "year"]
)
_TIME_NOUNS = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days"])


def _good_noun(noun: str) -> bool:
    return (
        noun.lower() not in sumy_stop_words()
        and noun.lower() not in _TIME_NOUNS
        and not noun.endswith(("ly", "ing", "ed"))
    )


def _thing(head: str) -> str | None:
    """The thing whose cost the figure right after ``head`` is, or None."""
    at_cost = _AT_A_COST.search(head)
    if at_cost is not None:
        clause = re.split(r"[;:.!?]\s", head[: at_cost.start()])[-1]
        objects = list(_OBJECT.finditer(clause))
        if objects and _good_noun(objects[-1].group("noun")):
            return modifier_form(objects[-1].group("noun"))
        return None
    subject = _SUBJECT_COST.search(head)
    if subject is None:
        return None
    words = subject.group("np").lower().split()
    if words[0] in _NOT_THING or not all(_good_noun(w) for w in words):
        return None
    return " ".join([*words[:-1], modifier_form(words[-1])])


def cost_things(figures: Sequence[Figure]) -> list[Figure]:
    """Each money figure measured as a bare cost takes the thing it costs (module doc), and a
    base its sentence gives for it after it ("up from £108m") the same; other figures
    unchanged, order kept."""
    named: dict[str, tuple[int, str]] = {}  # sentence -> where its named cost is, the name
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f) if f.kind == "money" else -1
        if at > 0 and f.metric in ("cost", "costs", None):
            thing = _thing(f.sentence[:at])
            if thing is not None:
                f = replace(f, metric=f"{thing} cost", measure=f.measure or "cost")
                named.setdefault(f.sentence, (at, f.metric or ""))
        out.append(f)
    for i, f in enumerate(out):
        first = named.get(f.sentence)
        if first is None or f.status != "base" or f.metric not in ("cost", "costs"):
            continue
        if surface_at(f) > first[0]:
            out[i] = replace(f, metric=first[1], measure=f.measure or "cost")
    return out
