"""String scans that answer as a pattern built around one word would.

Words that change with every call ("Tarnwick", "TEUs") made a pattern per call: compiling it
cost more than the search, and the new patterns pushed the module-level ones out of ``re``'s
cache (512 entries). Each scan here says which pattern it stands for.
"""

from __future__ import annotations

import re


def is_word_char(ch: str) -> bool:
    """``\\w`` in a str pattern: a character ``str.isalnum`` accepts, or "_"."""
    return ch.isalnum() or ch == "_"


def joins(ch: str) -> bool:
    """``[\\w-]`` for one character."""
    return ch.isalnum() or ch in "_-"


def occurrences(needle: str, text: str) -> list[int]:
    """Every offset where ``needle`` (not empty) starts in ``text``, overlapping ones
    included."""
    found = []
    at = text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def standing_alone(word: str, text: str) -> bool:
    """``re.search(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text) is not None``."""
    size = len(text)
    for at in occurrences(word, text):
        stop = at + len(word)
        if (at == 0 or not joins(text[at - 1])) and (stop == size or not joins(text[stop])):
            return True
    return False


def count_whole_word(word: str, text: str) -> int:
    """``len(re.findall(rf"\\b{re.escape(word)}\\b", text))``. For a word of word characters
    only (two such matches cannot overlap); any other word asks the pattern."""
    if not word or not all(is_word_char(ch) for ch in word):
        return len(re.findall(rf"\b{re.escape(word)}\b", text))
    size = len(text)
    count = 0
    for at in occurrences(word, text):
        stop = at + len(word)
        if (at == 0 or not is_word_char(text[at - 1])) and (
            stop == size or not is_word_char(text[stop])
        ):
            count += 1
    return count
