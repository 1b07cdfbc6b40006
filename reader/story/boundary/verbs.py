"""The verb of a paragraph's first sentence: does it open a story, or report inside one?

A news lede says what has just happened or is about to, in the tense of news: the present
perfect ("A craft brewer has recalled…", "Plans for a depot have been approved"), "is to"
("The council is to sell…") or the present progressive ("Drinkers are buying more…", "Horse
owners are being urged…"). The paragraphs after it tell the story in the past tense, and many
open by naming who said so: a short subject, then the reporting verb ("The trade body said…",
"Families said…", "Managing director Jo Hart said…"). A story's lede almost never opens so:
its attribution, when it has one, comes at the end ("…, the regulator said on Thursday").

``news_tense`` and ``reported_opening`` read these in one sentence; ``lede.lede_features``
gives them for the first sentence of the paragraph after each gap. On BBC articles the lede's
first sentence is in news tense about four times as often as a body paragraph's, and opens
with a reporting clause about a seventh as often.
"""

from __future__ import annotations

import re

# Words between a subject and its reporting verb: at most five ("Operations manager Sasha
# Ilić said", "The council's highways officers said").
_REPORTED = re.compile(
    r"^[\"“‘']?(?:[\w'’&.,-]+\s+){1,5}?(?:said|says|told|added|explained|insisted)\b",
    re.IGNORECASE,
)
# Where the main clause has ended: a reported or subordinate clause begins.
_CLAUSE_END = re.compile(
    r"\b(?:said|says|told|that|which|who|whose|after|because|when|while|if|since|before|"
    r"although|though)\b",
    re.IGNORECASE,
)
# A relative clause set off by commas ("The trust, which owns the pier, is to…") leaves the main
# clause going on after it.
_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,]*,", re.IGNORECASE)
# "has"/"have" + a participle (not possession: "has a", "have two", nor "has to")
_NOT_PARTICIPLE = (
    r"(?:a|an|the|no|some|any|its|their|his|her|our|my|your|this|that|these|those|more|less|"
    r"much|many|few|to|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:not|now|also|already|just|recently|finally|again)\s+)*"
    rf"(?!{_NOT_PARTICIPLE})[a-z][a-z'-]+\b",
    re.IGNORECASE,
)
# "is to close", "are set to", "is being turned", "are buying"
_PRESENT = re.compile(
    r"\b(?:is|are)\s+(?:(?:now|also|still|already)\s+)?"
    r"(?:(?:set\s+)?to\s+[a-z]+|being\s+[a-z]+|[a-z]{2,}ing)\b",
    re.IGNORECASE,
)


# A sentence that opens by pointing back or setting a scene ("It has…", "His firm has…", "In
# the meantime, shares have…", "Many have…") goes on a story even in a lede's tense.
_OPENS_BACK = re.compile(
    r"^[\"“‘']?(?:this|that|these|those|it|its|he|she|they|his|her|their|we|our|many|some|"
    r"but|and|however|also|meanwhile|over|in|on|at|for|with|by|from|since|after|as|until)\b",
    re.IGNORECASE,
)


def opens_back(sentence: str) -> bool:
    """The sentence opens with a pronoun, a connective, a preposition or "many"/"some": it
    continues what came before or sets a scene, rather than naming a new subject."""
    return _OPENS_BACK.match(sentence.strip()) is not None


def reported_opening(sentence: str) -> bool:
    """The sentence opens with a short subject and a reporting verb ("The council said…",
    "Families said…"), not a perfect one ("X has said" is a lede's)."""
    m = _REPORTED.match(sentence.strip())
    return m is not None and re.search(r"\b(?:has|have|had)\s+\S+$", m.group(0)) is None


# a name's appositive set off by commas at the sentence's start ("Charzo, a Jamshedpur start-up
# that runs battery-swapping stations, has raised ..."): the main clause goes on after it
_APPOSITIVE = re.compile(r"^([\"“‘']?[A-Z][^,]{0,60}),\s*(?:a|an|the|one of)\s[^,]{3,120},", re.I)


def news_tense(sentence: str) -> bool:
    """The sentence's main clause (up to a reporting verb or a subordinate clause) is in the
    tense of a news lede: present perfect, "is to" or present progressive. A name's appositive
    ("Charzo, a Jamshedpur start-up that runs ..., has raised") is no part of it."""
    sentence = _APPOSITIVE.sub(r"\1", sentence, count=1)
    clause = _CLAUSE_END.split(_ASIDE.sub(",", sentence), maxsplit=1)[0]
    return _PERFECT.search(clause) is not None or _PRESENT.search(clause) is not None


# A new subject: an indefinite or counted noun phrase ("A landlord", "Two men", "Three local
# firms") that a relative clause defines, with no commas; its main verb follows the clause.
_NEW_DEFINED = re.compile(
    r"^[\"“‘']?(?:(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w'’&.-]+\s+){1,4}?|anyone\s+|everyone\s+)(?:who|whose)\s+",
    re.IGNORECASE,
)


def introduces_defined(sentence: str) -> bool:
    """A brief's lede shape: a new subject defined by a relative clause, then the main verb in
    the tense of news ("A woman who stole perfume has been given a community order", "Two men
    who dumped rubbish have been fined", "Anyone who was in the emergency department ... is
    being asked to watch for symptoms"). The relative clause's own verb ("who has lived here
    …") is not the main one."""
    text = sentence.strip()
    if (m := _NEW_DEFINED.match(text)) is None:
        return False
    rest = text[m.end() :]
    if (own := _PERFECT.match(rest) or _PRESENT.match(rest)) is not None:
        rest = rest[own.end() :]
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    return _PERFECT.search(clause) is not None or _PRESENT.search(clause) is not None
