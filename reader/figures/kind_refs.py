"""Whom "the bureau", "the guild", "the utility" mean: a clause opened by "the" and one lower-case
noun, then its verb ("The bureau cut its forecast from 29.8 million tonnes", "the utility
earned c$1.02 billion"), is about the body the story last named with that noun: a name holding
it ("the Bureau of Farm Outlook", "the National Pharmacy Guild"), a name it described
("consumer group Fair Basket") or a name it stood beside ("northvale hydro, the utility that
supplies ...", "Harewood House, the children's hospice in Stockport"). Nothing changes when no
earlier name carries the noun, when the figure's owner already holds it, when the rules gave
the figure an owner and the noun is a firm's kind ("the bank", "the utility": the story's own
firm more often than the last "X Bank"), or when the noun is "company", "firm", "group" and the
name is not in this sentence or the one before.

``companies_not_bodies`` reads one more case: "The company was fined £120,000" in a story whose
owner came out a public body (an agency's release about a firm it prosecuted) is the registered
company the story named before ("his company Whitcombe Skip Hire Ltd").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reader.figures.body_nouns import FIRM_KINDS, GENERIC_KINDS
from reader.figures.clause_split import clause_begin, is_verb
from reader.figures.letters import CAP
from reader.figures.noun_phrase import REF, clean_phrase
from reader.figures.resubject import resubject
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.calendar import MONTH_NAMES, WEEKDAY_NAMES

# "The bureau cut", "the utility expects": "the", one lower-case noun and a verb
_KIND_OPENS = re.compile(r"\s*[Tt]he ([a-z]{4,}) (?:also |now |then |still )?([a-z]+)\b")
# nouns that name no body: "The world's richest countries", "the year's biggest deal"
_NO_BODY = frozenset(
    ["world", "year", "week", "month", "country", "nation", "region", "industry", "market",
     "sector", "economy", "season", "decade", "quarter", "increase", "rise", "change", "price"]
)  # fmt: skip
_CALENDAR = frozenset([*WEEKDAY_NAMES, *MONTH_NAMES])
_KIND_POSSESSIVE = re.compile(r"[Tt]he ([a-z]{4,})(?:'s|\u2019s) ")
_LOOK_BACK = 12  # sentences
_NAME = rf"{CAP}[\w&'\u2019.-]*(?: (?:of|for|and|&|{CAP}[\w&'\u2019.-]*))*"
_NAME_RE = re.compile(_NAME)
# a public body, which "the company" never means
_PUBLIC_BODY = re.compile(
    r"\b(?:Agency|Council|Authority|Office|Department|Ministry|Commission|Police|Court|"
    r"Service|Executive|Inspectorate|Regulator|Ombudsman|Tribunal|Government|Parliament|Board)$"
)
# what "the ..." calls a firm, never a public body: "the company", "the bank", "the utility"
_FIRM_NOUN = re.compile("|".join((*FIRM_KINDS, "utility")))
# a registered company's name: "Whitcombe Skip Hire Ltd", "Halden Foods plc"
_REGISTERED = re.compile(
    rf"\b({CAP}[\w&'\u2019.-]*(?: {CAP}[\w&'\u2019.-]*){{0,4}} (?:Ltd|Limited|plc|PLC|Inc|LLC|"
    r"LLP|GmbH|AG|SA|NV|BV|ASA|Corp|Corporation))\b"
)


def kind_referents(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure whose clause opens with "the NOUN" and a verb owned by the body the story
    last named with that noun (module doc); the others unchanged."""
    return resubject(figures, lambda f: _kind_target(f, sentences))


def companies_not_bodies(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure whose clause opens with "the company" (or "the firm") and a verb but whose
    owner is a public body (an agency's release: "The company was fined £120,000") owned by
    the registered company the story named before it ("his company Whitcombe Skip Hire
    Ltd"); the others unchanged."""
    return resubject(figures, lambda f: _company_target(f, sentences))


def _company_target(f: Figure, sentences: Sequence[str]) -> str | None:
    if not f.subject or _PUBLIC_BODY.search(f.subject) is None:
        return None
    i, text = f.sentence_index, f.sentence
    start = surface_at(f, text)
    if start < 0 or not 0 <= i < len(sentences):
        return None
    lo = clause_begin(text, start)
    m = _kind_opens(text, lo, start) or _KIND_POSSESSIVE.match(text, lo, start)
    if m is None or not _FIRM_NOUN.fullmatch(m.group(1)):
        return None
    noun = m.group(1)
    # (nearest first: this sentence before the clause, then the sentences before it; a name
    # the noun holds or describes, "Karoo Mutual Bank" for "the bank", before a registered one)
    for earlier in [text[: m.start()]] + [sentences[j] for j in range(i - 1, -1, -1)]:
        name = None if noun in GENERIC_KINDS else _named_with(earlier, noun)
        if name is not None and _PUBLIC_BODY.search(name) is None:
            return name
        found: list[str] = _REGISTERED.findall(earlier)
        if found:
            return found[-1]
    return None


def _kind_target(f: Figure, sentences: Sequence[str]) -> str | None:
    i, text = f.sentence_index, f.sentence
    start = surface_at(f, text)
    if start < 0 or not 0 <= i < len(sentences):
        return None
    m = _kind_opens(text, clause_begin(text, start), start)
    if m is None and f.subject is None:
        # an ownerless figure in a later clause of a sentence the body opens: "The bureau cut
        # its forecast ... and said wheat exports would fall to A$8.9 billion", "The guild's
        # chief executive said the sector needed £600m"
        m = _kind_opens(text, 0, start) or _KIND_POSSESSIVE.match(text, 0, start)
    if m is None or m.group(1) in _NO_BODY:
        return None
    noun = m.group(1)
    if f.subject and noun in f.subject.lower().split():
        return None  # "the council" in Ryburn District Council's story: already its own
    if f.subject and clean_phrase(f"the {noun}") == REF:
        # "the bank" the rules gave an owner is the story's firm more often than the last "X
        # Bank" of the sentences before, but not than an "X Bank" of its own sentence ("Kauri
        # Bank chief economist Mereana Pohatu said the bank had expected a deficit of $5.9bn")
        same = _named_with(text[: m.start()], noun)
        return None if same is None or same == f.subject else same
    # "the company" usually means the story's own firm, so only a name close by (body_nouns.py)
    back = 1 if noun in GENERIC_KINDS else _LOOK_BACK
    # this sentence before the clause, then the sentences before it, nearest first
    texts = [text[: m.start()]] + [sentences[j] for j in range(i - 1, max(-1, i - 1 - back), -1)]
    for earlier in texts:
        name = _named_with(earlier, noun)
        if name is not None:
            return None if name == f.subject else name
    return None


def _kind_opens(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """ "the NOUN" and a verb opening ``text[lo:hi]``, else None."""
    m = _KIND_OPENS.match(text, lo, hi)
    return m if m is not None and _verb(m.group(2)) else None


def _verb(word: str) -> bool:
    return is_verb(word) or word.endswith("ed")


def _named_with(text: str, noun: str) -> str | None:
    """The last name in ``text`` that holds ``noun`` ("Bureau of Farm Outlook"), that ``noun``
    describes ("consumer group Fair Basket") or that ``noun`` stands beside ("northvale hydro,
    the utility"), else None."""
    kind = noun.capitalize()
    found: list[tuple[int, str]] = []
    if kind in text:  # (each look-up only where its words are)
        for m in _NAME_RE.finditer(text):
            words = m.group(0).removesuffix("'s").removesuffix("\u2019s").split()
            if words[0] in ("The", "A", "An"):
                words = words[1:]
            while words and any(c.isdigit() for c in words[-1]):
                words.pop()  # ("fined Karoo Mutual Bank R48.5 million": a sum after the name)
            if kind in words and len(words) > 1 and _heads(words, kind):
                found.append((m.start(), " ".join(words).rstrip(".")))
    if noun + " " in text:
        for start, end in _named_after(text, noun):
            name = text[start:end].rstrip(".").removesuffix("'s").removesuffix("\u2019s")
            found.append((start, name))
    if ", the " + noun in text:
        for m in _beside(noun).finditer(text):
            found.append((m.start(1), m.group(1)))
    if ", the " in text and " " + noun in text:
        for m in _apposed(noun).finditer(text):
            if m.group(1).lower() not in _CALENDAR:  # "on Monday, the largest subsidy"
                found.append((m.start(1), m.group(1)))
    return max(found)[1] if found else None


def _heads(words: list[str], kind: str) -> bool:
    """``kind`` names what the name is: not a word before a public body's last word ("Nova
    Scotia Utility and Review Board" is a board, no utility)."""
    return words[-1] == kind or _PUBLIC_BODY.search(words[-1]) is None


def _named_after(text: str, noun: str) -> list[tuple[int, int]]:
    """The spans of the names ``noun`` describes: each match of the group of
    ``re.finditer(rf"\\b{noun} ({_NAME})", text)``, found with ``_NAME_RE`` at each place the
    noun stands, without compiling a pattern for each noun (``noun`` is lower-case letters)."""
    spans: list[tuple[int, int]] = []
    at = text.find(noun + " ")
    while at != -1:
        before = text[at - 1] if at else ""
        if not (before.isalnum() or before == "_"):  # \b before the noun (a word letter)
            m = _NAME_RE.match(text, at + len(noun) + 1)
            if m is not None:
                spans.append(m.span())
                at = text.find(noun + " ", m.end())
                continue
        at = text.find(noun + " ", at + 1)
    return spans


@lru_cache(maxsize=256)
def _beside(noun: str) -> re.Pattern[str]:
    """ "northvale hydro, the utility": the lower-case name ``noun`` stands beside."""
    return re.compile(rf"(?:^|[.;] )((?:[a-z][\w&'-]* ){{0,3}}[a-z][\w&'-]*), the {noun}\b")


@lru_cache(maxsize=256)
def _apposed(noun: str) -> re.Pattern[str]:
    """ "Harewood House, the children's hospice in Stockport,": the name an apposition calls
    by ``noun``, one or two words before it allowed, closed by a comma (not "According to
    reports from Interfax, the deal should ...": a clause)."""
    return re.compile(rf"({_NAME}), the (?:[\w'\u2019-]+ ){{0,2}}{noun}\b[^,.;:]{{0,40}},")
