"""A shallow parse of the clause a figure sits in: who its subject is.

Works on words, not capitals, so lower-case text has subjects too. Within the figure's clause
(clause_split.py: it starts after the last boundary, "after", "as", "said", ";" ...):
- a relative clause (", which ...", ", who ...", ", whose shares ...") belongs to the noun
  phrase before its comma;
- else the subject is the noun phrase before the clause's first finite verb ("gold rose",
  "shares in dunmore energy fell", "the government's £2bn budget is meant to");
- the noun phrase is cleaned (noun_phrase.py), and a reference comes back as ``REF`` /
  ``PERSON`` for the caller to resolve.
Also here: whether a name stands in the clause only as a modifier ("The US carmaker's
deliveries").
"""

from __future__ import annotations

import re

from reader.figures.clause_split import VERB, clause_from, past_verb
from reader.figures.clause_split import clause_begin as clause_begin  # re-exported
from reader.figures.clause_split import has_verb as has_verb  # re-exported
from reader.figures.clause_split import is_verb as is_verb  # re-exported
from reader.figures.gate import Gated, led
from reader.figures.letters import CAP, has_capital
from reader.figures.lower_refs import ITS_THING, lower_rival
from reader.figures.noun_phrase import KIND_NOUNS, MEASURE_WORDS
from reader.figures.noun_phrase import PERSON as PERSON  # re-exported
from reader.figures.noun_phrase import REF as REF  # re-exported
from reader.figures.noun_phrase import clean_phrase as clean_phrase  # re-exported
from reader.figures.patterns import STOP_WORDS

_RELATIVE = re.compile(r",\s(?:which|who|whose)\s", re.I)
# a person named with their age, then an apposition before "whose" ("Mariam Diabaté, 52,
# founder of ..., whose"), and what only a person has after it
_AGED_BEFORE_WHOSE = re.compile(
    rf"({CAP}[\w'\u2019-]+(?: {CAP}[\w'\u2019-]+){{1,3}}), \d{{2}}, [^;:]{{0,80}}$"
)
_PERSONAL_AFTER = re.compile(r"(?:[a-z-]+ ){0,2}(?:fortune|wealth|net worth|salary|pay|bonus)\b")
_ASIDE = Gated(  # (gate.py: searched only when one of these words is there)
    re.compile(r",\s[^,]{1,60}?\s(?:said|says|reported|added|told [A-Za-z]+),\s", re.I),
    ("said", "says", "reported", "added", "told"),
)
# a name used only as a modifier of a kind noun, a venue or a possessive: "The US carmaker's
# deliveries", "the 27,500-seat Abbey Lane stadium", "the British brewer's exports" describe the
# story's firm; or a setting opening the sentence before the firm named as its subject ("In
# North America the film made"); the name is a place or a market, not the owner
_MOD_BEFORE = led(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his) (?:[a-z\d][\w,-]* ){0,2}$")
_MOD_AFTER = re.compile(
    r"(?: [a-z][\w-]*){0,2}? (?:(?:"
    + KIND_NOUNS
    + r"|stadium|ground|arena|plant|factory|refinery|mine|smelter|site|airport|terminal|store|"
    r"hotel|campus|warehouse|depot)\b|[a-z][\w-]*(?:'s|\u2019s))"
)
_SET_BEFORE = re.compile(r"(?:In|Across|Throughout|Outside) (?:the )?")
_SET_AFTER = re.compile(r",? (?:it|its|the (?:[a-z-]+ )?(?:" + KIND_NOUNS + r"))\b")
# a lower-case measure phrase that names its owner only as "its": "print circulation across
# its titles" (the firm's)
_OWN_TAIL = re.compile(r"^[a-z][\w-]*(?: [\w-]+){0,3} (?:its|their) ")
# a second predicate of a pronoun subject: "It currently serves 85,000 customers and has a
# take-up rate of 38%" (the verb before "and" is not one the parse knows)
_SHARED_SUBJECT = re.compile(r"(It|He|She) (?:[a-z]+ly )?[a-z]+s\b(?:[^,;]|,(?=\d)){0,60} and $")
_VALUES_FIRM = re.compile(
    r"(?:would |will |could )?(?:values?|valued) (?:the|its) (?:" + KIND_NOUNS + r")\b"
)


def clause_subject(text: str, start: int) -> str | None:
    """The noun phrase the figure's clause is about (module doc), ``REF``, ``PERSON`` or None."""
    lo, said = clause_from(text, start)
    head = _ASIDE.sub(" ", text[lo:start])
    rel = max(_RELATIVE.finditer(head), key=lambda m: m.start(), default=None)
    if rel is not None:
        if _VALUES_FIRM.match(head, rel.end()):
            return REF  # "its listing, which values the company at €6bn": the firm's value
        personal = _PERSONAL_AFTER.match(head, rel.end()) is not None
        aged = _AGED_BEFORE_WHOSE.search(head, 0, rel.start()) if personal else None
        if aged is not None:
            # "Mariam Diabaté, 52, founder of the payments firm PayLagune, whose fortune": the
            # person's fortune, not the firm an apposition names last
            return aged.group(1)
        closed = _closed_relative(head, rel.end())
        if closed is not None:
            return closed  # "On the Calama route, which serves the mines, Cordillera now runs"
        # the relative clause's antecedent: the phrase before its comma
        antecedent = _last_phrase(head[: rel.start()])
        if past_verb(antecedent) is not None:
            return None  # a whole clause ("Councillors voted 9-4 for the increase, which is
            # expected to raise $420,000"): an event, no owner
        if ITS_THING.search(antecedent):
            return REF  # "spend £1.1 billion on its network, which now passes 14 million homes"
        return lower_rival(text, antecedent, MEASURE_WORDS.search) or clean_phrase(antecedent)
    verb = VERB.search(head)
    if verb is None:
        verb = past_verb(head)  # (a short noun phrase only: "the utility admitted")
        if verb is not None and not _short_subject(head[: verb.start()]):
            verb = None
    if (verb is None or verb.start() == 0) and said is not None and said > 0:
        return clause_subject(text, said)  # the clause said has no subject: the speaker's
    if verb is None or verb.start() == 0:
        return None
    if _OWN_TAIL.match(head) and not has_capital(text[:300]):
        return REF  # lower-case "print circulation across its titles fell": the firm's measure
    shared = _SHARED_SUBJECT.match(head, 0, verb.start())
    if shared is not None:
        return REF if shared.group(1).lower() == "it" else PERSON  # "It serves 85,000 ... and has"
    # (an adverb between the subject and its verb says how, not who: "the club still owes")
    phrase = _TRAILING_ADVERBS.sub("", head[: verb.start()])
    phrase = _PARTICIPLE_OPENER.sub("", phrase, count=1)
    phrase = _HEADLINE_TO.sub("", phrase)  # a headline's "kestrel air to cut 300 jobs"
    return lower_rival(text, phrase, MEASURE_WORDS.search) or clean_phrase(phrase)


def _closed_relative(head: str, at: int) -> str | None:
    """The subject of a clause that follows a relative clause a comma has closed ("On the
    Santiago–Calama route, which serves the copper mines, Cordillera now runs 19 flights, up
    from 14": Cordillera's, not the route's): a capitalised noun phrase short enough to be a
    subject between a comma after the relative clause and a verb; None when no verb there has
    a subject of its own ("Acme, which sells cars, vans and trucks, earned $5m": the
    antecedent's)."""
    comma = head.find(", ", at)
    while comma >= 0:
        tail = head[comma + 2 :]
        verb = VERB.search(tail) or past_verb(tail)
        if verb is not None and verb.start() > 0:
            phrase = _TRAILING_ADVERBS.sub("", tail[: verb.start()]).strip()
            if phrase[:1].isupper() and _short_subject(phrase):
                return clean_phrase(phrase)
        comma = head.find(", ", comma + 2)
    return None


# the "to" of a headline's future before its verb: "Kestrel Air to cut 300 jobs"
_HEADLINE_TO = re.compile(r"\s+to\s*$")


# an opening participle phrase set off by a comma says how, not who: "Excluding items, the
# company earned", "Adjusted for inflation, wages fell"
_PARTICIPLE_OPENER = re.compile(r"^\s*[A-Z][a-z]+(?:ing|ed)\b[^,;]{0,40}, (?=\S)")


def _short_subject(phrase: str) -> bool:
    """A noun phrase short enough to be a past verb's subject: four words, or in lower-case
    text up to six names' words ("shropshire & marches county cricket club turned over")."""
    words = phrase.split()
    if len(words) <= 4:
        return True
    return (
        len(words) <= 6
        and not has_capital(phrase)
        and all(w in ("&", "and", "of") or (w.isalpha() and w not in STOP_WORDS) for w in words)
    )


_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:still|also|now|already|only|just|again|currently|recently|previously|then|"
    r"once|further|together|alone))+\s*$",
    re.I,
)


def _last_phrase(text: str) -> str:
    """The last comma-free stretch, and at most six words of it."""
    part = re.split(r"[,;(]", text)[-1]
    verbs = list(VERB.finditer(part))
    if verbs:
        part = part[verbs[-1].end() :]  # "One bright spot was its business unit, which"
    return " ".join(part.split()[-6:])


def modifier_only(text: str, start: int, name: str) -> bool:
    """Whether ``name`` stands in the figure's clause only as the modifier of a kind noun
    ("The US carmaker's deliveries fell 8%": US describes the carmaker, it owns nothing)."""
    if not name[:1].isupper():
        return False
    at = text.find(name, max(0, start - 300), start)  # every mention before the figure
    if at < 0:
        return False
    while 0 <= at < start:
        end = at + len(name)
        modifies = _MOD_BEFORE.search(text, max(0, at - 40), at) and _MOD_AFTER.match(text, end)
        sets = _SET_BEFORE.fullmatch(text, 0, at) and _SET_AFTER.match(text, end)
        if not (modifies or sets):
            return False
        at = text.find(name, end, start)
    return True


# the joins after which a clause has a subject of its own ("The DAX lost 0.3%, and the Nikkei
# fell 0.2%")
_JOINED = (", and ", " and ", ", while ", ", but ", ", whereas ", "; ")


def joined_clause(text: str, start: int) -> int | None:
    """Where the figure's clause starts when it is the second of two joined clauses, each
    with its own subject; None otherwise."""
    lo = clause_begin(text, start)
    return lo if lo > 0 and text[:lo].endswith(_JOINED) else None
