"""Whose a figure is in lower-case text (no capitals to read names from): the clause's noun
phrase ("gold rose 1.4%", "shares in dunmore energy fell 11%"), whom a reference means ("it",
"the company": the story's firm, or the firm that says the sentence: "kraken forge said in
october that the game had cost 800 million crowns"), a firm named in apposition to its kind
("kestrel power, the utility that supplies ..."), and no one for people who only speak of a
figure ("analysts") or a change ("the increase would add c$11.40"). Called by
``whose.subject_of``.
"""

from __future__ import annotations

import re

from reader.figures.actors import NO_ONE, average_of
from reader.figures.clause import PERSON, REF, clause_begin, clean_phrase
from reader.figures.coreference import APPOSED_KIND, ref_target, without_description
from reader.figures.groups import lower_group

# a change as a clause's subject ("the increase would add c$11.40"), never its owner
_CHANGE = re.compile(
    r"(?:the |this |that |a |an )?(?:[a-z]+ )?(?:increase|rise|hike|cut|fall|drop|decline|jump|"
    r"change|reduction|freeze|move)s?"
)
_LOWER_SPEAKERS = re.compile(
    r"\b(?:analysts|economists|traders|brokers|strategists|forecasters|observers|experts)"
    r"(?: (?:at|from|with|(?:polled|surveyed|questioned) by)(?: the)? [a-z][\w&' -]{1,40})?$"
)


def lower_case_owner(
    text: str,
    start: int,
    clause: str | None,
    main: str | None,
    prior: str | None,
    person: str | None,
) -> str | None:
    """In lower-case text (no names to go by) the clause's subject, whom a reference means, or
    the story's firm."""
    if place := average_of(text, clause_begin(text, start)):  # actors.py
        return place  # "the average uk home cost £298,400": the uk's
    if clause not in (REF, PERSON) and (measured := _market_measure(text, start, main, clause)):
        return measured  # "the yield on the 10-year treasury note rose 7 basis points"
    if clause == REF:
        # "kraken forge said that the game had cost 800 million crowns": the speaker's game
        return _lower_speaker(text, start) or ref_target(text, start, prior, main)
    if clause == PERSON:
        return person or main  # "its chief executive said she expects prices to rise 4%"
    apposed = APPOSED_KIND.match(text)
    if apposed is not None and clause_begin(text, start) <= text.find(",", apposed.end()):
        return apposed.group(1)  # "kestrel power, the utility that supplies ..., asked"
    if clause and _LOWER_SPEAKERS.search(clause):
        return main  # "wall st analysts had pencilled in 2.9m": people who speak of it
    if clause and (NO_ONE.match(clause) or _CHANGE.fullmatch(clause)):
        # "many of them locked in below 2%", "cheaper deals would help", "the increase would
        # add c$11.40": no one, or a change of the story's firm
        return prior or main if clause and _CHANGE.fullmatch(clause) else main
    return without_description(clause) if clause else main  # not "uk lender ..."


# a lower-case sentence opened by who says it: "kraken forge said in october that ..."
_LOWER_SAID = re.compile(
    r"(?!(?:it|they|he|she|we|i|you|this|that|there)\b)([a-z][\w&-]+(?: [a-z][\w&-]+){0,2})"
    r" (?:said|says)\b"
)


def _lower_speaker(text: str, start: int) -> str | None:
    """The firm opening a lower-case sentence as its speaker, before the figure (not a
    reference, a person or a group that only speaks: "analysts said")."""
    m = _LOWER_SAID.match(text, 0, start)
    if m is None:
        return None
    phrase = clean_phrase(m.group(1))
    if phrase in (None, REF, PERSON) or lower_group(phrase) or _LOWER_SPEAKERS.search(phrase):
        return None
    return phrase


_MOVES = (
    r"(?:rose|fell|climbed|jumped|dropped|slipped|eased|gained|grew|shrank|increased|"
    r"decreased|declined|edged (?:up|down|higher|lower)|was (?:up|down)|were (?:up|down))"
)
# what a market or an economy's measure is of, opening its clause: "the yield on the benchmark
# 10-year treasury note rose", "u.s. retail sales grew 0.9%"
_MARKET_MEASURE = re.compile(
    r"(?:^|\b(?:showed|show|shows|that|after|as|while|and) )(?:the )?(?:"
    r"(?:yield|yields|rate) on (?:the )?(?:benchmark )?(?P<bond>[\w.-]+(?: [a-z.-]+){0,3}?)"
    r"|(?P<indicator>(?:[a-z.]{2,5} )?(?:retail sales|industrial (?:output|production)|"
    r"factory output|consumer prices|producer prices|house prices|home sales|housing starts|"
    r"nonfarm payrolls|payrolls|gdp|jobless claims|durable goods orders|regular pay|"
    r"average (?:weekly )?earnings|wage growth)))"
    r" " + _MOVES + r"\b[^,;]*$"
)


def _market_measure(text: str, start: int, main: str | None, clause: str | None) -> str | None:
    """The bond whose yield, or the economic measure itself (when the clause parse found no
    owner, in a story with no firm of its own: a retailer's "retail sales" are its own), that
    opens the figure's clause in lower-case text (``_MARKET_MEASURE``), else None."""
    m = _MARKET_MEASURE.search(text[clause_begin(text, start) : start])
    if m is None:
        return None
    if m.group("bond"):
        return m.group("bond")  # (the clause parse reads "yield on the benchmark gilt")
    return m.group("indicator") if main is None and clause is None else None
