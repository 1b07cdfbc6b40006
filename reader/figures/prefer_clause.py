"""The name rules' owner against the clause parse's (``whose.subject_of``): a clause's own
named subject beats a name that is only a speaker, a source ("According to Kantar,", "IDC said
Apple shipped ..."), an aside (", its studio X said,") or a possessor set off before it
("Kinross's city rivals, Forthside,"); and a capitalised sentence opener the story knows as a
name is one.
"""

from __future__ import annotations

import re

from reader.figures.clause import PERSON, REF, joined_clause
from reader.figures.clause_openers import OPENING_PREPOSITION
from reader.figures.coreference import SAID
from reader.figures.letters import CAP
from reader.figures.names import PLACES, is_person
from reader.figures.openers import MEASURE_MODIFIERS, MEASURE_SPANS

TIME_WORDS = frozenset(
    ["year", "week", "month", "quarter", "today", "yesterday", "day", "season", "decade",
     "tomorrow", "night", "weekend", "world", "country", "nation", "industry", "region"]
)  # fmt: skip


_POSSESSIVE_OPENER = re.compile(rf"{CAP}[a-z]{{2,}}(?:'s|\u2019s) [a-z]")


# an apposition describing the opener as a firm: "its closest rival", "the UK's biggest grocer"
_DESCRIBED_OPENER = re.compile(r"(?:its|their|the|a|an) [^,]{1,50}, [a-z]")


def _sentence_name(text: str, clause: str | None, names: frozenset[str]) -> bool:
    """A capitalised sentence opener the story knows as a name (and never writes lower-case)."""
    if not clause or clause in (REF, PERSON) or not clause[:1].isupper():
        return False
    words = clause.split()
    first = words[0]
    if first.lower() in MEASURE_MODIFIERS:
        return False  # "Gross domestic product fell": a measure (openers.py), not a name
    if first.lower() in MEASURE_SPANS and len(words) > 1 and all(w.islower() for w in words[1:]):
        return False  # "Average daily print circulation fell": a measure, not a name
    if first in names:
        return first.lower() not in names
    if text.startswith(clause + ", ") and _DESCRIBED_OPENER.match(text, len(clause) + 2):
        return first.lower() not in names  # "Brenton, its closest rival, grew sales by 6%"
    return (
        _POSSESSIVE_OPENER.match(text) is not None
        and text.startswith(first + "'s")
        and (first.lower() not in names and first.lower() not in TIME_WORDS)
    )  # "France's wine harvest will fall": a possessive opener names its owner


_ACCORDING_LEAD = re.compile(r"According to [^,]{1,60}, ")
_SAYS = re.compile(r" (?:said|says|estimates|estimated|reported)(?: that)? ")


def _proper(phrase: str) -> bool:
    """A name of a few capitalised words ("Apple", "Bank of Ostrava"), not a phrase."""
    words = phrase.split()
    return len(words) <= 4 and all(w[:1].isupper() or w in ("of", "&", "and") for w in words)


# a person foreseeing a measure written as a noun phrase ("expects a profit of", "forecasts
# revenue of"), not their own ("expects his pay to", "expects to earn")
_FORESEES_NOUN = re.compile(
    r" (?:now |also |still )?(?:expects|forecasts|predicts|projects|sees|targets) "
    r"(?!to\b|his\b|her\b|him\b)(?:a |an |the |its |their )?[a-z][\w-]* (?:of|at|in|to)\b"
)


# a lower-case subject set in a named place: "bakery in Kendal", "animal sanctuary near Alnwick"
_PLACED = re.compile(
    rf"([a-z][\w'-]*(?: [a-z][\w'-]*)?) (?:in|near|outside) {CAP}[\w'-]*(?: {CAP}[\w'-]*)*"
)


def _placed_actor(text: str, clause: str) -> bool:
    """The sentence opens by introducing someone new set in a named place, its clause's
    subject ("A bakery in Kendal has won a £250,000 grant"): the newcomer owns the figure,
    not the place (a name found there is only the place)."""
    if not text.startswith(("A ", "An ")):
        return False
    m = _PLACED.fullmatch(clause)
    return (
        m is not None
        and text.startswith(clause, text.index(" ") + 1)
        and m.group(1).split()[0] not in MEASURE_MODIFIERS
    )


def _surname(base: str, person: str | None) -> bool:
    """ "Rinaldi" written for the story's last-named person "Matteo Rinaldi"."""
    return person is not None and " " in person and base == person.split()[-1]


def prefer_clause(
    text: str,
    start: int,
    base: str | None,
    clause: str | None,
    person: str | None,
    main: str | None,
    names: frozenset[str],
) -> str | None:
    """The name rules' answer, unless the clause parse shows it is a speaker or an aside."""
    named = (
        clause is not None
        and clause not in (REF, PERSON)
        and clause[:1].isupper()
        and not text.startswith(clause.split()[0])
    ) or _sentence_name(text, clause, names)
    if clause and _placed_actor(text, clause) and (base is None or clause.endswith(" " + base)):
        return clause  # "A bakery in Kendal has won a £250,000 grant": the bakery's
    if base is None or (named and clause and base.split()[0] not in text):
        return clause if named else base  # a name in the clause beats one the story lends
    at = text.rfind(base.split()[0], 0, start)
    if named and clause and base not in clause and 0 <= at < (joined_clause(text, start) or 0):
        return clause  # "Germany's DAX lost 0.3%, and the Nikkei fell 0.2%": the Nikkei's
    if named and clause and base not in clause and _apposed_to_possession(text, at, base, clause):
        return clause  # "Kinross's city rivals, Forthside, reported turnover of £48.2m"
    if named and clause and base not in clause and _behind_opening_phrase(text, at, clause, start):
        return clause  # "On the Calama route, which serves the mines, Cordillera now runs"
    source = _ACCORDING_LEAD.match(text)
    if named and clause and source is not None and 0 <= at < source.end():
        return clause  # "According to Kantar, Harrowby's sales grew 5%": Harrowby's
    spoken = at >= 0 and SAID.search(text, at, start) is not None
    one = base == person or is_person(base, names) or _surname(base, person)
    if one and spoken:
        return clause if named else main  # what a person said is not their figure
    if one and main and _FORESEES_NOUN.match(text, at + len(base)):
        return main  # "Harker expects a profit of about £20m": the firm's profit, not his
    if named and clause and base not in clause and spoken and at >= 0:
        aside = re.search(r",[^,]{0,60}" + re.escape(base) + r"[^,]{0,20}\b(?:said|says),", text)
        if aside is not None:
            return clause  # ", its studio Marrowgate Pictures said,": an aside
        if _proper(clause) and clause not in PLACES and _SAYS.match(text, at + len(base)):
            return clause  # "IDC said Apple shipped 50 million iPhones": Apple's, not IDC's
    return base


def _behind_opening_phrase(text: str, at: int, clause: str, start: int) -> bool:
    """The name found (at ``at``) lies in a phrase a preposition opens the sentence with, set
    off by a comma before the clause's own subject: the subject's figure, not the scene's."""
    if at < 0 or OPENING_PREPOSITION.match(text) is None:
        return False
    subject = text.find(clause, at, start)
    return subject > at and "," in text[at:subject]


def _apposed_to_possession(text: str, at: int, base: str, clause: str) -> bool:
    """The clause's name is set off after what the name found possesses ("Kinross's city
    rivals, Forthside,"): the named thing, not its possessor (``base`` + "'s", 1-40 characters
    but a comma, then ", " + ``clause`` + "," at ``at``: no pattern compiled per name)."""
    own = at + len(base) + 3
    if at < 0 or not text.startswith(base, at) or text[own - 3 : own] not in ("'s ", "\u2019s "):
        return False
    comma = text.find(",", own, own + 41)  # (the first comma: the words before it hold none)
    return comma > own and text.startswith(f", {clause},", comma)
