"""Whose a figure is when a pronoun stands for its owner.

- ``pronoun_people``: "he" or "she" as the figure's clause subject is the person the story last
  named as a sentence's subject ("Halloran owns 37% of the company. He sold shares worth $420
  million ..."), or the speaker of "X said she ..."; a speech verb after the pronoun ("She said
  revenue rose 5%") reports the firm's figure, which stays.
- ``story_people``: names the story shows are people's (an age, a "he"/"she" after them), which
  "it" and "the company" never mean.
- ``it_owners``: "it"/"its" after an owned figure of the same sentence.
- ``rival_owners``: "while its rival's dropped to £58m" is the other firm compared.
- ``named_pronouns``: a bare "They"/"It"/"He"/"She" the clause parse left as an owner."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.memo import per_story
from reader.figures.names import PLACES
from reader.figures.people import last_person
from reader.figures.proper_nouns import names_in
from reader.figures.surface import surface_at
from reader.model import Figure

# "He sold ...", "..., and she earned ...": the pronoun opening the figure's clause
_PRONOUN = re.compile(
    r"(?:^|[,;] (?:and |but )?|\b(?:and|but|said|says|added|told [a-z]+) (?:that )?)([Hh]e|[Ss]he) "
    r"(?=[a-z])"
)
_REPORTS = re.compile(
    r"\b(?:said|says|told|added|expects?|expected|warned|estimated|believes?|thinks?|noted|"
    r"predicted|forecasts?|argued|claimed|insisted|reckons?|hopes?|wants?|estimates?|"
    r"denied|denies|admitted|admits|dismissed|would not discuss)\b"
)
# the last word of a body's name, which no person's name ends in
_BODY_HEADS = frozenset(
    ["Hospital", "Council", "Bank", "Group", "Ltd", "Inc", "Plc", "plc", "Association", "Trust",
     "University", "College", "School", "Department", "Ministry", "Party", "Bill", "Act",
     "Street", "Court", "Commission", "Agency", "Authority", "Office", "Company", "Corporation",
     "Holdings", "Foundation", "Institute", "Service", "Services", "Board", "Fund", "Club",
     "Committee", "Government", "Parliament", "Union", "Society", "Airlines", "Airways",
     "Motors", "Energy", "Capital", "Partners", "Research", "Index", "Exchange", "Times",
     "News", "Post", "Journal", "Police", "Army", "Navy", "Federation", "League"]
)  # fmt: skip
_NAME_WORD = re.compile(r"(?<![.!?] )\b[A-Z][a-z]+")
_SAID_PRONOUN = re.compile(r"\b(?:said|says|added|told [a-z]+)(?: that)? (?:he|she) ")
BACK = 3  # sentences read back for the person
# "Osei, 51, joined ...": a name given an age is a person's; so is the name opening a sentence
# that "He"/"She" opens the next ("Halloran owns 37%. He sold ..."). Each is found from its rare
# part (", 51, ", ". He ") and read back from there, not tried at every capital.
_AGE = re.compile(r", (?:1[89]|[2-9][0-9]), ")
_AGED_NAME = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")
# a name whose kin the story speaks of: "Orla Finnegan's son", "Mr Hale's widow"
_KIN_OF = re.compile(
    r"([A-Z][a-z]+)['\u2019]s (?:son|daughter|husband|wife|mother|father|partner|brother|"
    r"sister|widow|widower|grandson|granddaughter|mum|dad|parents|baby|children)\b"
)
_THEN_PRONOUN = re.compile(r"[.!?][\"\u201d]? (?:He|She) [a-z]")
_OPENING = re.compile(r"(?:[A-Z][a-z]+ )?([A-Z][a-z]+) [a-z]")
_NOT_PEOPLE = frozenset(["The", "This", "That", "These", "Those", "It", "Its", "But", "And", "In",
                         "On", "At", "A", "An", "Last", "Next", "Some", "Many"])  # fmt: skip
_PRONOUNS = ("He ", "he ", "She ", "she ")
_SENTENCE_GAP = re.compile(r"[.!?][\"\u201d]? |\n")


@per_story
def story_people(story: str) -> frozenset[str]:
    """Names the story shows to be people's by an age, their kin ("Finnegan's son") or a
    "he"/"she" after them: "it" and "the company" never mean them (read once a story: the main
    company and each sentence's prior ask)."""
    found: set[str] = set()
    for m in _AGE.finditer(story):
        if (name := _AGED_NAME.search(story, max(0, m.start() - 40), m.start())) is not None:
            found.add(name.group(1))
    if "'s " in story or "\u2019s " in story:
        for m in _KIN_OF.finditer(story):
            found.add(m.group(1))  # "When Orla Finnegan's son was referred": a mother
    if "He " in story or "She " in story:
        for m in _THEN_PRONOUN.finditer(story):
            lo = max(0, m.start() - 240)
            start = 0 if lo == 0 else -1  # (a sentence over 240 characters: none read)
            for gap in _SENTENCE_GAP.finditer(story, lo, m.start()):
                start = gap.end()
            opening = _OPENING.match(story, start, m.start()) if start >= 0 else None
            if opening is not None and opening.group(1) not in _NOT_PEOPLE:
                found.add(opening.group(1))
    return frozenset(found)


def _pronoun_leads(sentence: str, at: int) -> bool:
    """Whether "he"/"she" is the subject of the clause holding position ``at``: the last such
    pronoun before it, with no speech verb and no capitalised name between them."""
    head = sentence[:at]  # (a match's pronoun opens the text or follows a space)
    if not head.startswith(_PRONOUNS) and not any(" " + p in head for p in _PRONOUNS):
        return False
    last = None
    for m in _PRONOUN.finditer(sentence, 0, at):
        last = m
    if last is None:
        return False
    between = sentence[last.end() : at]
    if any(b in between for b in (" - ", "\u2014", "\u2013", ";", "(")):
        return False  # "whom he says he fathered - and just 14% voiced sympathy": a new clause
    return not _REPORTS.search(between) and not _NAME_WORD.search(between)


def _person_before(
    sentences: Sequence[str], i: int, names: frozenset[str], main: str | None
) -> str | None:
    """The person the sentences before ``i`` last named: a titled person ("chief executive Dana
    Whitlock") or a name opening a sentence that is not the story's firm."""
    firm = main.split()[0] if main else None
    for j in range(i - 1, max(-1, i - 1 - BACK), -1):
        text = sentences[j][:300]
        found = last_person(text) or _opening_name(text, names)
        if found and (firm is None or firm not in found.split()):
            return found
    return None


def _speaker(sentence: str, subject: str | None, names: frozenset[str]) -> str | None:
    """The person opening the figure's own sentence, whom its "he"/"she" means: the figure's
    subject when the sentence names it first, else the name opening the sentence."""
    if not _SAID_PRONOUN.search(sentence):
        return None  # "... and that she earned $1m": no speaker of this sentence is meant
    if subject and sentence.startswith(subject):
        return subject
    return last_person(sentence[:120]) or _opening_name(sentence, names)


def _opening_name(text: str, names: frozenset[str]) -> str | None:
    """The name opening a sentence as its subject (a person's too: "Halloran owns ..."),
    not a place."""
    found = names_in(text, 0, min(len(text), 120), names, strict=True)
    if not found or found[0][1] > 0 or found[0][0] in PLACES:
        return None
    if found[0][0].split()[-1] in _BODY_HEADS:
        return None  # "Great Ormond Street Hospital said ...": a body, not whom "he" means
    return found[0][0]


def pronoun_people(
    figures: Sequence[Figure], sentences: Sequence[str], names: frozenset[str], main: str | None
) -> list[Figure]:
    """Figures whose clause "he" or "she" leads, given to the person meant (module doc)."""
    out: list[Figure] = []
    for f in figures:
        i = f.sentence_index
        if 0 < i < len(sentences) and ("he " in sentences[i] or "He " in sentences[i]):
            sentence = sentences[i]
            at = sentence.find(f.surface)
            if at > 0 and _pronoun_leads(sentence, at):
                # the speaker of the figure's own sentence first ("Rekha Doshi, who runs the
                # last chemist in town, said she dispensed 9,000 items"), else the sentences before
                person = _speaker(sentence, f.subject, names) or _person_before(
                    sentences, i, names, main
                )
                if person is not None and person != f.subject:
                    f = replace(f, subject=person)
        out.append(f)
    return out


# "it", "its" or "the company" between two figures of one sentence: the second one's owner is
# the first one's ("shares in kestrel mining lost 4.3% after it cut its output forecast to
# 410,000 tonnes"), where nothing else named it (lower-case text above all)
_IT = re.compile(r"\b(?:it|its|the (?:company|group|firm))\b")


# a participle clause on the sentence's firm, right before the figure: "..., giving it a market
# value of roughly $5.4bn" (not the exchange the shares traded on; not "valuing the company at",
# which may value a deal's target: deals.py)
_HUNG_IT = re.compile(
    r", (?:giving|leaving) (?:it|the (?:company|group|firm))(?: a [a-z -]{1,30}? of| at)"
    r" (?:about |around |roughly |some |almost |nearly |just |more than |over )?$"
)


def it_owners(figures: Sequence[Figure]) -> list[Figure]:
    """Figures with no owner whose sentence says "it"/"its" after an earlier figure of the
    same sentence that has one: that owner; and so a figure an owned one's participle clause
    gives "it" (``_HUNG_IT``), whoever else its clause names."""
    # (sentence index, sentence) -> (position, owner) of its owned figures, read once
    owned: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for g in figures:
        if g.subject not in (None, "I", "We", "You"):
            at = surface_at(g)
            owned.setdefault((g.sentence_index, g.sentence), []).append((at, str(g.subject)))
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f)
        hung = at > 0 and _HUNG_IT.search(f.sentence, max(0, at - 80), at) is not None
        if (f.subject is None or hung) and ("it" in f.sentence or "the " in f.sentence):
            mine = owned.get((f.sentence_index, f.sentence), [])
            before = [(pos, s) for pos, s in mine if 0 <= pos < at]
            if before:
                pos, owner = max(before)
                if _IT.search(f.sentence, pos, at):
                    f = replace(f, subject=owner)
        elif f.subject and at > 0 and _AFTER_IT.search(f.sentence, 0, at):
            f = _nearest_it(f, at, owned.get((f.sentence_index, f.sentence), []))
        out.append(f)
    return out


# "while X gained 2.4% after it said bookings were running 8% ahead": "it" after a later
# owner's figure is that owner, not the sentence's first
_AFTER_IT = re.compile(r"\b(?:after|as|because|since|when) it (?:said|says|reported|posted)\b")


def _nearest_it(f: Figure, at: int, mine: list[tuple[int, str]]) -> Figure:
    """``f`` given the owner of the nearest owned figure before it, when that is another owner
    than its own, named after its own, and an "after it said" stands between (``_AFTER_IT``)."""
    before = [(pos, s) for pos, s in mine if 0 <= pos < at]
    if not before:
        return f
    pos, owner = max(before)
    mine_at = [p for p, s in before if s == f.subject]
    if owner == f.subject or not mine_at or max(mine_at) > pos:
        return f
    if _AFTER_IT.search(f.sentence, pos, at) is None:
        return f
    return replace(f, subject=owner)


# "while its rival's dropped to £58m": the figure is the other firm's, not its clause's "its"
_ITS_RIVAL = re.compile(r"\b(?:its|their) (?:main |closest |biggest |larger |smaller )?"
                        r"(?:rival|competitor)(?:'s|\u2019s)?\b")  # fmt: skip


def rival_owners(
    figures: Sequence[Figure], sentences: Sequence[str], names: frozenset[str]
) -> list[Figure]:
    """A figure whose clause says "its rival" (and no name after it) belongs to the other firm
    the story has been comparing: the last firm named in this or the previous sentences that is
    not the figure's current owner."""
    out: list[Figure] = []
    for f in figures:
        i = f.sentence_index
        rival = "rival" in f.sentence or "competitor" in f.sentence
        if f.subject and rival and 0 <= i < len(sentences):
            at = surface_at(f)
            said = list(_ITS_RIVAL.finditer(f.sentence, 0, max(at, 0)))
            between = f.sentence[said[-1].end() : at] if said else ""
            # (no name and no new clause between: "than its rival, valuing the company at")
            if said and "," not in between and not _NAME_WORD.search(between):
                other = _other_firm(sentences, i, f.subject, names)
                if other is not None:
                    f = replace(f, subject=other)
        out.append(f)
    return out


def _other_firm(
    sentences: Sequence[str], i: int, owner: str | None, names: frozenset[str]
) -> str | None:
    first = (owner or "").split()[0] if owner else ""
    for j in range(i, max(-1, i - 1 - BACK), -1):
        found = names_in(sentences[j], 0, min(len(sentences[j]), 2000), names, strict=True)
        for name, _, _ in reversed(found):
            if name.split()[0] != first and name not in PLACES:
                return name
    return None


_BARE = frozenset(
    ["They", "It", "He", "She", "they", "it", "he", "she"]
)  # ("we": a first-person piece's author)


# "We", or a clause's opener the parse kept with it ("For the full year we")
_WE = re.compile(r"(?:[A-Z][a-z]*(?: [a-z]+){0,4} )?[Ww]e")


def named_pronouns(
    figures: Sequence[Figure], sentences: Sequence[str], names: frozenset[str], main: str | None
) -> list[Figure]:
    """A figure whose owner the clause parse left as a bare pronoun ("They cut their price
    target to 2,600p") takes whom the pronoun means: a person for "he"/"she" (the person named
    before), else the last name the sentence before wrote (analysts at Harcourt Securities ...
    They ...) that is not a place; no owner rather than the pronoun. "We" in a story about a
    firm is the firm its executive speaks for ("We bought back 1.3 million shares")."""
    out: list[Figure] = []
    for f in figures:
        if f.subject and _WE.fullmatch(f.subject):
            # a firm's executive: "We bought back 1.3m shares"; with no firm, whoever the
            # story's later rules find (a letter's writer, the story's owner), never "We"
            f = replace(f, subject=main)
        elif f.subject in _BARE:
            i = f.sentence_index
            if f.subject.lower() in ("he", "she"):
                who = _person_before(sentences, i, names, main) if i > 0 else None
            else:
                who = _last_name_before(sentences, i, names)
            f = replace(f, subject=who)
        out.append(f)
    return out


def _last_name_before(sentences: Sequence[str], i: int, names: frozenset[str]) -> str | None:
    if i <= 0 or i > len(sentences):
        return None
    text = sentences[i - 1][:2000]
    found = [n for n, _, _ in names_in(text, 0, len(text), names, strict=True) if n not in PLACES]
    return found[-1] if found else None
