"""A one-word metric the rules gave, made whole by the words around the figure that say which
one: "loss" → "net loss" ("a net loss of £31.4m"), "debt" → "net debt", "price" → "hammer
price", "unemployment" → "youth unemployment", "jobs" → "jobs cut" ("will cut 3,500 jobs"),
"banks" → "food banks" (the counted noun phrase "410 food banks").

The longer phrase comes from the figure's own noun phrase only: the noun phrase that governs
it (``measured.governing_head``), the noun it is "of" ("a funding gap of £31m"), a count's
own noun phrase, the verb right before it (``metric_verbs``). It replaces the rule's word
only when it holds that word (singular and plural alike) and adds nothing but words that
say which measure: no time ("annual", "third-quarter"), no verb ("expects", "pay"), no
figure, hedge or determiner, no name. So a reader who wants the bare measure still finds it
in the longer one. Each look is one bounded window, so the work per figure is constant.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.classes import noun_class
from reader.figures.compound import VERBS, WHICH_ING
from reader.figures.measure_words import measure_word
from reader.figures.measured import governing_head
from reader.figures.memo import per_story
from reader.figures.metric_verbs import verb_metric
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

_WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")
_TIME = re.compile(
    r"(?:^|-)(?:year|years|quarter|quarterly|half|month|monthly|week|weekly|day|daily|annual|"
    r"annually|yearly|date|time|season|term|period|full|first|second|third|fourth|last|next|"
    r"previous|prior|current|latest|record|total|overall|combined|expected|estimated|"
    r"reported|said|planned|proposed|new|old|more|less|extra|further|same|other|own)(?:-|$)"
)
# words a verb or a hedge, never which measure ("expects revenue", "pay fees")
_NOT_WHICH = frozenset(["expects", "expect", "pay", "pays", "paid", "say", "says", "see",
                        "sees", "saw", "rise", "rose", "fell", "fall", "cut", "raise", "hit",
                        "make", "made", "take", "took", "get", "got", "give", "gave", "put",
                        "set", "keep", "kept", "hold", "held", "reach", "reached", "live",
                        "lives", "about", "around", "almost", "nearly", "some", "roughly",
                        "just", "only", "than", "worth", "per", "cent", "percent", "average",
                        "typical", "median", "high", "low", "peak", "rate", "level", "value",
                        "figure", "number", "amount", "sum", "part", "share", "half", "back",
                        "due", "off", "out", "up", "down", "away", "over"])  # fmt: skip
_FOLD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def _words(metric: str) -> list[str]:
    return _FOLD.findall(metric.lower())


def singular(word: str) -> str:
    """A word's number folded ("costs" and "cost"), as a reader takes them as one measure."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def refinable(fig: Figure) -> bool:
    """A figure whose rules' metric is one plain word that a longer phrase may say more of."""
    metric = fig.metric or ""
    return bool(_WORD.match(metric)) and (fig.kind != "other" or metric.lower() != (fig.unit or ""))


def _which(word: str, text: str = "", after: bool = False) -> bool:
    """A word added to the rules' metric that says which measure (module doc): not a verb
    ("posted revenue", "seeking damages"; a noun after the measure may look like one: "price
    cap"), but a participle or gerund that a determiner opens in ``text`` modifies it ("its
    adjusted net income", "an operating loss"), as does an -ing noun of a trade ("selling")."""
    if not _may_say(word, after):
        return False
    if word.endswith(("ed", "en", "ing")) and word not in WHICH_ING:
        return _opened(word, text)
    return True


def _may_say(word: str, after: bool) -> bool:
    """``_which`` without the look at what opens a participle (the cheap part)."""
    return (
        _WORD.match(word) is not None
        and word not in _NOT_WHICH
        and word not in sumy_stop_words()
        and _TIME.search(word) is None
        and (after or (word not in VERBS and word.removesuffix("s") not in VERBS))
    )


# a determiner or a possessive right before a word: it opens a noun phrase
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                          "these", "those", "whose"])  # fmt: skip
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


@per_story
def _tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` in order, as written (kept for the story: its figures share
    their sentences)."""
    return tuple(_TOKEN.findall(text))


def _opened(word: str, text: str) -> bool:
    """``word`` written right after a determiner, a possessive or the sentence start."""
    words = _tokens(text)
    return any(
        w.lower() == word
        and (
            (k == 0 and text.lstrip(_QUOTES)[:1].isalpha())
            or words[k - 1].lower() in _DETERMINERS
            or words[k - 1].endswith(_POSSESSIVE)
        )
        for k, w in enumerate(words)
    )


_POSSESSIVE = ("'s", "\u2019s")


def extends(rule: str, longer: str, text: str, heads: bool = False) -> bool:
    """Whether ``longer`` holds the one-word ``rule`` as its head (its last word, as English
    compounds end: not "debt back", "profits due"; any word when ``longer`` is what the
    figure is "of" or the verb's measure: "a funding gap of £31m", "cut 3,500 jobs" → jobs
    cut) and adds only words that say which, each written in lower case in ``text`` (a
    capitalised word is a name: "Britannia Building Society members")."""
    if any(c.isdigit() for c in longer):
        return False
    words = _words(longer)
    base = singular(rule.lower())
    if len(words) < 2 or base not in {singular(w) for w in words}:
        return False
    if singular(words[-1]) != base and not heads:
        return False
    at = [singular(w) for w in words].index(base)
    return all(
        _which(w, text, after=k > at) and _written(w, text)
        for k, w in enumerate(words)
        if singular(w) != base
    )


def _written(word: str, text: str) -> bool:
    """``word`` written in lower case in ``text``, or capitalised as its first word only
    ("Youth unemployment remained high": a sentence's capital, not a name's)."""
    return word in _tokens(text) or text.lstrip(_QUOTES).startswith(word.capitalize() + " ")


_QUOTES = "\"'\u201c\u2018 "


def refined(fig: Figure, text: str, start: int, end: int) -> str | None:
    """The rules' metric made whole (module doc); unchanged when nothing says which."""
    rule = fig.metric
    if rule is None or not refinable(fig):
        return rule
    kind = str(fig.kind)
    verb = verb_metric(text, start, kind) if kind == "count" else None  # "cut 3,500 jobs"
    verbed = verb is not None and len(_words(verb)) > 1
    longer = (
        [verb] if verb and verbed and singular(rule.lower()) in map(singular, _words(verb)) else []
    )
    if _beside(rule, text[max(0, start - 120) : end + 60]):
        # what the figure is "of" and the phrase governing it name the measure; a count's
        # own noun phrase only qualifies it
        heads = [of_phrase(text, start), governing_head(text, start, end, kind)]
        longer += [o for o in heads if o and extends(rule, o, text, heads=True)]
        unit = fig.unit.lower() if fig.unit and kind in ("count", "other") else ""
        if " " in unit and extends(rule, unit, text):
            longer.append(unit)
    headed = _sum_headed(rule, text, start) if kind == "money" else None
    if headed is not None:
        longer.append(headed)  # "Rent arrears at the group, ..., rose to £14.8m"
    if not longer:
        return rule
    return max(longer, key=lambda o: len(_words(o)))


# nouns that name a sum of the measure written before them: "rent arrears", "tax receipts",
# "fee income", "repair backlog", "pension deficit"
_SUM_HEADS = (
    r"arrears|bills?|receipts|income|payments|debts?|backlog|gap|shortfall|deficit|surplus|"
    r"rebates?|refunds?|subsidy|subsidies"
)


# a noun of a sum after a space: every match of ``_sum_pattern`` holds one, so a sentence
# without it needs no pattern compiled for the rule's word
_ANY_SUM_HEAD = re.compile(rf" (?:{_SUM_HEADS})\b", re.I)


@functools.lru_cache(maxsize=256)
def _sum_pattern(word: str) -> re.Pattern[str]:
    """The rule's word (lower case), in either number, then the noun of a sum."""
    return re.compile(rf"\b{re.escape(word)}s? (?P<head>{_SUM_HEADS})\b", re.I)


def _sum_headed(rule: str, text: str, start: int) -> str | None:
    """The rule's one word with the noun of a sum right after it (``_SUM_HEADS``), written
    before the figure in its sentence, else None."""
    before = text[:start]
    if _ANY_SUM_HEAD.search(before) is None:
        return None
    found = list(_sum_pattern(rule.lower()).finditer(before))
    m = found[-1] if found else None
    if m is None or not _written(m.group("head").lower(), text):
        return None
    return f"{rule.lower()} {m.group('head').lower()}"


def _beside(rule: str, text: str) -> bool:
    """Whether ``text`` (the words around the figure) writes the rule's word with a word
    beside it that may say which measure (a cheap look before the noun phrases are parsed)."""
    base = singular(rule.lower())
    low = text.lower()
    at = low.find(base)
    while at >= 0:
        end = at + len(base)
        before = low[max(0, at - 30) : at].split()[-1:] if text[at - 1 : at] == " " else []
        tail = end + (low[end : end + 1] == "s")
        after = text[tail : tail + 30].split()[:1]
        if any(_may_say(w, False) for w in before) or any(_may_say(w, True) for w in after):
            return True
        at = low.find(base, end)
    return False


HEDGES = frozenset(["about", "around", "almost", "nearly", "some", "roughly", "just", "only",
                    "over", "under", "up", "to", "more", "than", "less", "a", "an", "the",
                    "further", "another", "extra", "estimated", "record", "total", "of"])  # fmt: skip
_NOUN = re.compile(r"^[a-z][a-z-]*[a-z]$")
# time words and the like: never what a figure measures ("next year", "last week")
_NOT_NOUNS = frozenset(["year", "years", "week", "weeks", "month", "months", "quarter",
                        "quarters", "day", "days", "time", "times", "season", "half", "period",
                        "record", "total", "cent", "percent", "per", "club-record", "estimated",
                        "reported", "worth", "extra", "further"])  # fmt: skip


def plain_noun(word: str) -> bool:
    """A lower-case word that may be a common noun of a measure."""
    return (
        _NOUN.match(word) is not None
        and word not in HEDGES
        and word not in _NOT_NOUNS
        and word not in sumy_stop_words()
    )


def noun_run(words: list[str]) -> str | None:
    """The last one or two plain nouns of ``words`` when the last may name a measure."""
    nouns: list[str] = []
    for w in reversed(words):
        if not plain_noun(w):
            break
        nouns.insert(0, w)
        if len(nouns) == 2:
            break
    if not nouns or not measure_word(nouns[-1]):
        return None
    if nouns[0] in TIMES_OF_DAY:
        nouns = nouns[1:]  # "reported this morning revenue of $412.6 million"
    return " ".join(nouns)


# a time of day, no word of a measure: "reported this morning revenue of $412.6 million"
TIMES_OF_DAY = frozenset(["morning", "afternoon", "evening", "today", "tonight", "yesterday"])


def of_phrase(text: str, start: int) -> str | None:
    """ "an estimate of £8m", "a funding gap of about £31m": the one or two nouns the figure
    at ``start`` is "of" (its hedge words skipped)."""
    words = of_words(text, start)
    return None if words is None else noun_run(words)


def of_words(text: str, start: int) -> list[str] | None:
    """The words before the "of" the figure at ``start`` is written after (its hedge words
    and a range's "between" skipped), or None when no "of" stands right before it."""
    before = text[max(0, start - 60) : start].split()
    # a range: "an impairment of between A$310m and A$340m" (both ends are its "of")
    if before and before[-1] == "and" and "between" in before[-6:-1]:
        cut = len(before) - 1 - before[::-1].index("between")
        if any(c.isdigit() for w in before[cut + 1 : -1] for c in w):
            before = before[: cut + 1]
    if before and before[-1] == "between":
        before.pop()
    while before and before[-1] in HEDGES and before[-1] != "of":
        before.pop()
    if not before or before[-1] != "of" or _of_preposition(before[:-1]):
        return None
    return before[:-1]


# words that make a preposition with "of" ("ahead of the 4.3% analysts expected", "short of",
# "upwards of"), alone or after "in"/"on"/"by" ("in excess of £5m", "on top of the $2bn", "in
# place of"): no noun the figure is "of" ("an excess of £250" on a policy still is one)
_OF_ALONE = frozenset(["ahead", "short", "shy", "upwards", "upward", "north", "south", "clear",
                       "inside", "outside", "instead", "because", "regardless", "irrespective",
                       "independent", "independently"])  # fmt: skip
_OF_AFTER_IN = frozenset(["excess", "place", "front", "spite", "favour", "favor", "terms",
                          "lieu", "top", "behalf", "view", "light", "respect", "way"])  # fmt: skip


def _of_preposition(words: list[str]) -> bool:
    """Whether ``words`` (those before an "of") end on the first words of a preposition."""
    if not words:
        return False
    last = words[-1].lower()
    if last in _OF_ALONE:
        return True
    return last in _OF_AFTER_IN and len(words) > 1 and words[-2].lower() in ("in", "on", "by")


def whole_metrics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure's one-word metric made whole (``refined``), then named by its class
    (``classes.noun_class``: "foreign overnight guests" are visitors)."""
    out: list[Figure] = []
    for f in figures:
        i = f.sentence_index
        text = sentences[i] if refinable(f) and 0 <= i < len(sentences) else ""
        at = surface_at(f, text)
        whole = refined(f, text, at, at + len(f.surface)) if at >= 0 else f.metric
        named = noun_class(whole)
        out.append(f if named == f.metric else replace(f, metric=named, measure=f.metric))
    return out
