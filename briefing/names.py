"""Names in a story: capitalised runs and tickers, the words that are not names left out."""

from __future__ import annotations

import re

from reader.model import Story

NAME_PATTERN = re.compile(r"\b(?:[A-Z][a-zA-Z&]+(?:\s+[A-Z][a-zA-Z&]+)*|[A-Z]{2,6})\b")
NAME_STOP_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "But",
        "And",
        "This",
        "That",
        "For",
        "As",
        "If",
        "With",
        "By",
        "Of",
        "To",
        "Its",
        "Their",
        "His",
        "Her",
        "Mr",
        "Ms",
        "Mrs",
        "However",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "CEO",
        "Group",
        "Holdings",
        "Inc",
        "Corp",
        "Company",
        "Limited",
        "Ltd",
        "US",
        "UK",
        "AI",
    ]
)
_STOPS = '.!?:"“'
# how far back a sentence end is looked for
_BACK = 8


def _after_stop(m: re.Match[str]) -> bool:
    """True when the match follows a sentence end and whitespace within ``_BACK`` characters
    (as ``[.!?:"“]\\s*$`` searched in that window): walked back, not a regex per name."""
    text, at = m.string, m.start()
    low = max(0, at - _BACK)
    i = at
    while i > low and text[i - 1].isspace():
        i -= 1
    return i > low and text[i - 1] in _STOPS


def entities(story: Story) -> set[str]:
    """Lower-cased names: capitalised runs and tickers, plus their words.

    A single capitalised word at the start of a sentence ("Despite", "Shares") counts only
    if the story also capitalises it mid-sentence, so ordinary words do not pass as names.
    """
    found: set[str] = set()
    texts = [story.title, *story.paragraphs[:6]]
    matches = [m for text in texts for m in NAME_PATTERN.finditer(text)]
    midsentence = {m.group(0) for m in matches if m.start() > 0 and not _after_stop(m)}
    for m in matches:
        name = m.group(0)
        if " " not in name and name not in midsentence:
            continue
        if name not in NAME_STOP_WORDS and len(name) > 1:
            found.add(name.lower())
            # parts of a name count too: "Alibaba Group" and "Alibaba" are the same firm
            found.update(w.lower() for w in name.split() if w not in NAME_STOP_WORDS and len(w) > 2)
    return found
