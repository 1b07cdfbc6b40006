"""A capitalised word the story only ever writes at the start of a sentence or a line
("Output grew 1.2%", "Monthly active users: 96 million", a subhead "Aggregates"): nothing
shows it is a name, so it is no firm that "it" or "the company" in the next sentence can mean.
A one-word name the story also writes mid-sentence ("shares in Tarnwick", "said Tarnwick"),
introduces with an apposition ("Tarnwick, the bus operator", "Tarnwick (LSE: TRN)"), writes
with a possessive ("Denmark's government") or in its headline, or a known place, is evidence
enough.

The word changes with every call, so the tests are string scans, not patterns: a pattern per
word cost more to compile than to search and pushed the module-level patterns out of ``re``'s
cache. Each scan answers as the pattern it replaces (kept in the comments and in the tests).
"""

from __future__ import annotations

import re

from reader.figures.name_words import PLACES
from reader.figures.word_scan import joins, occurrences, standing_alone

# "Fjellmat, the country's biggest grocer", "Tarnwick (LSE: TRN)": introduced as a name
_INTRODUCED = (", the ", ", a ", ", an ", ", which ", ", whose ", " (")


def introduced(word: str, text: str) -> bool:
    """``re.search(rf"{re.escape(word)}(?:, (?:the|a|an|which|whose) | \\()", text)``."""
    end = len(word)
    return any(text.startswith(_INTRODUCED, at + end) for at in occurrences(word, text))


def mid_sentence(word: str, text: str) -> bool:
    """``re.search(rf"(?<=[a-z,;] )[Ww]ord(?![\\w-])", text)`` (its first letter in either
    case) as a scan."""
    first, low, rest = word[0], word[0].lower(), word[1:]
    if len(low) != 1:
        either = f"[{first}{low}]{re.escape(rest)}"
        return re.search(rf"(?<=[a-z,;] ){either}(?![\w-])", text) is not None
    for lead in {first, low}:
        needle = lead + rest
        end = len(needle)
        for at in occurrences(needle, text):
            if at < 2 or text[at - 1] != " " or text[at - 2] not in "abcdefghijklmnopqrstuvwxyz,;":
                continue
            stop = at + end
            if stop == len(text) or not joins(text[stop]):
                return True
    return False


def opener_only(word: str, story: str, title: str | None) -> bool:
    """Whether ``word`` (one word) is written capitalised only where a sentence or line opens:
    never after a small letter, a comma or a semicolon and a space, nor in the headline."""
    if " " in word or not word[:1].isupper():
        return False
    if word in PLACES or f"{word}'s" in story or f"{word}\u2019s" in story:
        return False  # a known place, or a possessive ("Denmark's government"): a name
    if title and standing_alone(word, title):
        return False
    if introduced(word, story):
        return False  # "Fjellmat, the country's biggest grocer": introduced as a name
    # (its first letter in either case: "EBay" opening a sentence is "eBay" mid-sentence)
    return not mid_sentence(word, story)
