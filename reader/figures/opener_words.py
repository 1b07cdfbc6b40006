"""A capitalised word the story only ever writes at the start of a sentence or a line
("Output grew 1.2%", "Monthly active users: 96 million", a subhead "Aggregates"): nothing
shows it is a name, so it is no firm that "it" or "the company" in the next sentence can mean.
A one-word name the story also writes mid-sentence ("shares in Tarnwick", "said Tarnwick"),
introduces with an apposition ("Tarnwick, the bus operator", "Tarnwick (LSE: TRN)"), writes
with a possessive ("Denmark's government") or in its headline, or a known place, is evidence
enough."""

from __future__ import annotations

import re

from reader.figures.name_words import PLACES


def opener_only(word: str, story: str, title: str | None) -> bool:
    """Whether ``word`` (one word) is written capitalised only where a sentence or line opens:
    never after a small letter, a comma or a semicolon and a space, nor in the headline."""
    if " " in word or not word[:1].isupper():
        return False
    if word in PLACES or f"{word}'s" in story or f"{word}\u2019s" in story:
        return False  # a known place, or a possessive ("Denmark's government"): a name
    if title and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", title):
        return False
    if re.search(rf"{re.escape(word)}(?:, (?:the|a|an|which|whose) | \()", story):
        return False  # "Fjellmat, the country's biggest grocer": introduced as a name
    # (its first letter in either case: "EBay" opening a sentence is "eBay" mid-sentence)
    either = f"[{word[0]}{word[0].lower()}]{re.escape(word[1:])}"
    return re.search(rf"(?<=[a-z,;] ){either}(?![\w-])", story) is None
