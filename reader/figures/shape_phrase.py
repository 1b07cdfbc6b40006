"""The noun phrase a clause's shape names as a figure's measure (``shapes.py``): a plain
common-noun phrase whose head may name a measure ("overseas enrolments", "spending per
visitor"), never a name, pronoun, owner, tally, status or vague word ("rate", "shares"); and
the subject phrase that opens a clause, read past a preposition's phrase or an aside
("Stocks of copper in LME-registered warehouses have fallen", "Average daily traffic on its
busiest road, the ..., reached"). Work is per word of the bounded clause prefix.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from reader.figures.measure_words import gerund_noun, measure_noun
from reader.figures.vocabulary import METRIC_OF

_AUX = frozenset(["had", "has", "have", "was", "were", "is", "are", "will", "would", "could",
                  "may", "might", "to", "be", "been", "expected", "set", "likely", "also",
                  "almost", "nearly", "still", "further", "again", "then", "now", "only",
                  "just", "already", "sharply", "slightly", "steadily", "both", "each"])  # fmt: skip
# never the measure's own words: determiners, status and time-of-report words
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this",
                          "that", "these", "those", "total", "overall", "own", "estimated",
                          "expected", "reported", "planned", "proposed", "combined", "new",
                          "record", "previous", "current", "latest", "prior",
                          "existing"])  # fmt: skip
_PREPS = frozenset(["of", "on", "per"])  # "stocks of copper", "spending on eggs"
# words that end a subject noun phrase: a preposition or a pronoun
_STOPS = frozenset(["in", "at", "to", "for", "from", "with", "by", "across", "over", "under",
                    "into", "between", "among", "during", "since", "after", "before", "through",
                    "near", "around", "about", "without", "within", "against", "like", "last",
                    "this", "next", "year", "month", "week", "quarter", "day", "paid", "held",
                    "sold", "made", "spent", "owned", "run", "built", "taken", "given", "kept",
                    "lost", "won", "set", "now", "back", "down", "up", "out", "off", "one", "two",
                    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "times",
                    "much", "more", "less", "than", "when", "if", "and", "or"])  # fmt: skip
_PARTICIPLES = frozenset(["paid", "held", "sold", "made", "spent", "owned", "run", "built",
                          "taken", "given", "kept", "lost", "won", "set"])  # fmt: skip
_PRONOUNS = frozenset(["it", "they", "we", "he", "she", "you", "i", "this", "that", "which",
                       "who", "there", "these", "those", "one", "some", "others", "all",
                       "most", "many", "each", "both"])  # fmt: skip
# a head that names no one measure, or an owner rather than what it owns
_VAGUE = frozenset(["rate", "rates", "level", "levels", "figure", "figures", "number", "amount",
                    "total", "value", "shares", "share", "stock", "index", "economy",
                    "price", "prices", "cost", "costs", "company", "firm", "group", "business",
                    "market", "markets", "sector", "industry", "country", "city", "average",
                    "forecast", "target", "estimate", "outlook", "guidance", "units",
                    "percentage", "proportion"])  # fmt: skip
_STATUS_TAIL = frozenset(["forecast", "forecasts", "target", "targets", "guidance", "outlook",
                          "estimate", "estimates", "goal", "projection"])  # fmt: skip
_ABSTRACT = re.compile(r"(?:tion|ment|ance|ence|ity|age|ure|ing|cy)$")
_NOUNISH = re.compile(r"^[a-z][a-z-]*[a-z]$")
_TIME_LY = frozenset(["daily", "weekly", "monthly", "quarterly", "yearly"])


def plain(word: str) -> bool:
    return _NOUNISH.match(word) is not None and (not word.endswith("ly") or word in _TIME_LY)


def phrase(words: Sequence[str]) -> str | None:
    """A plain common-noun phrase of at most three words whose head may name a measure."""
    words = [w for w in words if w not in _DETERMINERS]
    if words and words[-1] in _STATUS_TAIL:
        return None  # "its average brent forecast": what is forecast is not said here
    if not words or len(words) > 4 or not all(plain(w) or w in _PREPS for w in words):
        return None
    head = words[-1] if len(words) < 3 or words[-2] not in _PREPS else words[-3]
    if words[0] in _PREPS or words[0] in _PRONOUNS or not (measure_noun(head) or gerund_noun(head)):
        return None
    if head in _VAGUE or head in _TIME_LY or head in _PRONOUNS:
        return None
    if any(w in _STOPS or w in _AUX or w in _PRONOUNS for w in words):
        return None
    if len(words) == 1 and not (head.endswith("s") or head in METRIC_OF or _ABSTRACT.search(head)):
        return None  # "while brisbane rose 1.1%": one word that may be a place's name
    return " ".join(words)


def subject_np(prefix: str, lower: Container[str]) -> str | None:
    """The noun phrase that opens a clause (``prefix``: the clause's words before its verb),
    lower-cased: its first plain nouns, with one "of/on/per NOUN" ("spending per visitor"),
    when only a preposition's phrase or an aside stands between it and the verb. ``lower``:
    the story's lower-case words (a capital that opens a sentence is no name when the story
    also writes the word in lower case)."""
    raw = prefix.split()
    if raw and raw[0].lower() == "that":
        raw = raw[1:]  # "said that sales rose"
    while raw and raw[-1].lower().strip(",") in _AUX:
        raw.pop()
    if raw and raw[0].lower() in _STOPS and any(w.endswith(",") for w in raw):
        raw = raw[next(i for i, w in enumerate(raw) if w.endswith(",")) + 1 :]  # "In May, ..."
    out: list[str] = []
    rest: list[str] = []
    for i, token in enumerate(raw):
        word = token.strip(",")
        if i == 0 and word[:1].isupper() and word[1:].islower() and word.lower() in lower:
            word = word.lower()  # the sentence's capital, not a name's
        if word in _PREPS and out:
            after = raw[i + 1].strip(",") if i + 2 == len(raw) else ""
            if plain(after) and after not in _DETERMINERS:
                out += [word, after]
                rest = []
            else:
                rest = raw[i:]
            break
        if not plain(word) or (word.endswith("ed") and out) or word in _STOPS or word in _AUX:
            rest = raw[i:]
            break
        out.append(word)
        if token.endswith(","):
            rest = raw[i + 1 :]
            break
    aside = bool(rest) and rest[-1].endswith(",")
    if (len(rest) > 6 and not aside) or any(c.isdigit() for w in rest for c in w):
        return None  # a long way from its verb, or past another figure: not surely its subject
    if rest and not (
        rest[0].lower() in _PP
        or rest[0].lower() in _AUX
        or raw[len(raw) - len(rest) - 1].endswith(",")
        or rest[0].lower() in _PARTICIPLES
    ):
        return None  # "Fashion entrepreneur Sofia Lind climbed": a name follows, not a phrase
    return phrase(out) if out and len(out) <= 4 else None


_PP = frozenset(["in", "at", "to", "for", "from", "with", "by", "across", "over", "under", "into",
                 "between", "among", "during", "since", "after", "before", "through", "near",
                 "around", "about", "without", "within", "against", "like", "of", "on", "per"])  # fmt: skip


class StoryLower:
    """Whether the story writes a word in lower case, as a whole word (read only when a
    sentence's capital is asked about; one ``str.find`` walk a word, kept for the story)."""

    def __init__(self, sentences: Sequence[str]) -> None:
        self._sentences = sentences
        self._text: str | None = None
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        if word not in self._known:
            self._known[word] = self._written(word)
        return self._known[word]

    def _written(self, word: str) -> bool:
        if self._text is None:
            self._text = " ".join(self._sentences)
        text = self._text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "'")) and (
                end == len(text) or not text[end].isalnum()
            ):
                return True
            at = text.find(word, end)
        return False
