"""Whose a figure is when the text speaks as "we": the writer's.

A letter to families, a school's newsletter, a crowdfunding update, a firm's own blog post speak
in the first person plural ("we raised", "our wage bill grew by 11%"): the figures of those
sentences are the writer's. The writer is named once at most (a headline, a salutation: "Dear
residents, families and friends of Beechcroft House"), too seldom to be the story's owner
(``owner.story_owner``: the name the story mentions most). In a text that speaks as "we" in at
least ``MIN_SENTENCES`` sentences, and ``MIN_SHARE`` of its sentences of ``PROSE_WORDS`` or more words, outside quotation marks, the first
name of the headline, else of the opening sentences, that is no person's, no place's and no
month's is the writer's; the figures no rule gave an owner, in sentences that speak as "we"
outside quotation marks, take it.
What someone quoted says as "we" ("'Our members have had one pay rise of 2%,' said …") is the
speaker's and stays as the rules left it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.common_words import is_common_word
from reader.figures.name_words import not_name
from reader.figures.names import PLACES, is_person, name_runs
from reader.model import Figure

# a text is the writer's own when this many of its sentences, and this share of them, speak
# as "we" outside quotation marks (a news story quotes a spokesman's "we" in a sentence or two;
# a letter, a newsletter, an update speak so in half of theirs)
MIN_SENTENCES = 3
MIN_SHARE = 0.4
# the share counts sentences of at least this many words: a letter's salutation, sign-off and
# signature lines ("With best wishes,", "Registered Manager") say nothing either way
PROSE_WORDS = 4
# the opening sentences read for the writer's name when the headline names none
OPENING = 2
# (case kept: "US" is a country)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us)\b")
_PRONOUNS = frozenset(["We", "we", "Our", "our", "Us", "us"])
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]|\u2018[^\u2019]*\u2019(?!\w)")


def speaks_as_we(sentence: str) -> bool:
    """Whether the sentence says "we", "our" or "us" outside quotation marks."""
    return _WE.search(_QUOTED.sub(" ", sentence)) is not None


def writer(title: str | None, sentences: Sequence[str], names: frozenset[str]) -> str | None:
    """The writer's name in a text that speaks as "we" (module doc), or None."""
    we = sum(speaks_as_we(s) for s in sentences)
    prose = sum(len(s.split()) >= PROSE_WORDS for s in sentences)
    if we < MIN_SENTENCES or we < MIN_SHARE * prose:
        return None
    for text in ([title] if title else []) + list(sentences[:OPENING]):
        for name, _, _ in name_runs(text, names):
            first = name.split()[0]
            if name in PLACES or not_name(first) or is_person(name, names):
                continue
            if " " not in name and is_common_word(name.lower()):
                continue  # "Spring", "Update": a word, not the writer's name
            return name
    return None


def first_person_owners(
    figures: Sequence[Figure], sentences: Sequence[str], title: str | None, names: frozenset[str]
) -> list[Figure]:
    """Figures without an owner (or with "We" for one) in sentences that speak as "we" take
    the writer's name."""
    ownerless = [f.subject is None or f.subject in _PRONOUNS for f in figures]
    places = {f.sentence_index for f, o in zip(figures, ownerless, strict=True) if o}
    as_we = {i for i in places if 0 <= i < len(sentences) and speaks_as_we(sentences[i])}
    # (the whole story is read only when a "we" sentence holds such a figure)
    who = writer(title, sentences, names) if as_we else None
    if who is None:
        return list(figures)
    return [
        replace(f, subject=who) if o and f.sentence_index in as_we else f
        for f, o in zip(figures, ownerless, strict=True)
    ]
