"""A measure named by two nouns joined with "and": "cash and equivalents of $156 million",
"research and development spending rose 8%", "sales and marketing costs rose 12%". The rules
read the noun phrase next to the figure and keep only its last conjunct ("equivalents",
"development spending") or its first ("sales"); the measure is the whole coordination.

Read only where the coordination opens a noun phrase (the sentence's start, after "the",
"its", "their", a possessive, "of", "in", "on" or "for"), so a clause joined by "and"
("sales rose and profit fell 5%") is never taken for one measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.model import Figure

# what may stand right before a noun phrase's first word
_OPENS = re.compile(
    r"(?:^|[\s(\"\u201c](?:the|its|their|our|his|her|total|of|in|on|for|from)\s+|'s\s+|\u2019s\s+|^\s*)$",
    re.I,
)
# a conjunct: a lower-case noun, never a verb's past form, a number or a function word
_WORD = r"[a-z][a-z-]{2,}"
_NOT_NOUNS = frozenset(
    [
        "the",
        "and",
        "but",
        "for",
        "with",
        "from",
        "into",
        "than",
        "that",
        "this",
        "its",
        "their",
        "rose",
        "fell",
        "grew",
        "rise",
        "fall",
        "grow",
        "jumped",
        "dropped",
        "climbed",
        "slipped",
        "increased",
        "decreased",
        "declined",
        "gained",
        "lost",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "said",
        "says",
    ]
)
# the heads a measure named as "A and B <head>" ends in
_HEADS = frozenset(
    [
        "costs",
        "cost",
        "expenses",
        "expense",
        "spending",
        "revenue",
        "revenues",
        "sales",
        "income",
        "profit",
        "profits",
        "margin",
        "margins",
        "prices",
        "volumes",
        "assets",
        "liabilities",
        "equivalents",
        "investment",
        "investments",
    ]
)


def coordinated_metrics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """``figures`` whose metric is one conjunct of a coordinated measure given the whole."""
    out: list[Figure] = []
    for f in figures:
        if f.metric and " and " in f.sentence:
            whole = _whole(f.metric, f.sentence)
            if whole is not None:
                f = replace(f, metric=whole)
        out.append(f)
    return out


def _whole(metric: str, sentence: str) -> str | None:
    """The coordination ``metric`` is a conjunct of in ``sentence`` (module doc), else None."""
    low = sentence.lower()
    m = metric.lower()
    if " and " in m:
        return None
    # each search below needs the metric written right after (or before) " and " or " & ":
    # where it is not, the search is skipped (and its pattern, new for each metric, never
    # compiled), exactly as if it had found nothing
    tail = f" and {m}" in low or f" & {m}" in low
    head = f"{m} and " in low or f"{m} & " in low
    # "cash and [cash] equivalents" / "research and development spending": metric is the tail
    for hit in re.finditer(rf"\b({_WORD}) (?:and|&) {re.escape(m)}\b", low) if tail else ():
        first = hit.group(1)
        if first in _HEADS and m in _HEADS:
            continue  # "revenue and profit rose 5% and 8%": two measures side by side
        if _capitalised(sentence, low, hit.start(1)):
            continue  # a name ending a phrase before "and": "410 people in Galway and reported
            # revenue of €126 million" is no measure "galway and reported revenue"
        if first not in _NOT_NOUNS and _OPENS.search(low[: hit.start()]):
            return f"{first} and {m}"
    # "sales and marketing costs": metric is the first conjunct, the head comes after
    for hit in (
        re.finditer(rf"\b{re.escape(m)} (?:and|&) ((?:{_WORD} ?){{1,3}})", low) if head else ()
    ):
        if not _OPENS.search(low[: hit.start()]):
            continue
        words = hit.group(1).split()
        for n in range(1, len(words) + 1):  # the shortest run that ends in a measure's head
            if words[n - 1] in _NOT_NOUNS:
                break
            if words[n - 1] in _HEADS:
                if n == 1 and m in _HEADS:
                    break  # two measures side by side ("revenue and profit")
                return f"{m} and {' '.join(words[:n])}"
    return None


def _capitalised(sentence: str, low: str, at: int) -> bool:
    """The word at ``at`` of ``low`` (``sentence`` lower-cased) is written with a capital in
    ``sentence`` and opens no sentence: a name, no conjunct of a measure. (Where lower-casing
    changed the text's length, positions do not line up, and nothing is read as a name.)"""
    if len(low) != len(sentence) or not sentence[at : at + 1].isupper():
        return False
    return bool(sentence[:at].strip())  # (the sentence's own first word is no name)
