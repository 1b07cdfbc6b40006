"""What a figure measures, read from the noun phrase it sits in when no word of the metric
vocabulary says so; before the clause's verbs and subject (``heads.head_metric``):
- the noun it is "of": "a harvest of 12m tonnes", "prize money of A$1m", "a bill of £2,400"
  (its head and one attributive noun before it, not a verb: "students pay fees of £9,000");
- the noun it sizes, written between a determiner and it: "won a £50m grant", "bought a 12%
  holding" (not a change: "a 10% annual rise");
- what a change written as a noun is "in": "a 6% drop in footfall", "a fall of 3% in
  bookings".
Nouns that say how much ("a sum of", "a high of"), a status ("a target of"), people who act
and time words are never measures. Each look is one bounded window, so the work per figure is
constant.
"""

from __future__ import annotations

import re

from reader.figures.gate import led
from reader.figures.heads import attributive_head, head_metric
from reader.figures.measure_words import common_noun, gerund_noun, is_change, measure_noun
from reader.text.stop_words import sumy_stop_words


def governing_head(
    text: str, start: int, end: int, kind: str, names: frozenset[str] = frozenset()
) -> str | None:
    """The measure of the noun phrase the figure at ``start:end`` sits in (module doc), else
    the head of the phrase that governs it (``heads.head_metric``), else None."""
    return (
        of_head(text, start, names)
        or (sized_noun(text, start, end) if kind in ("money", "percent") else None)
        or (changed_in(text, start, end) if kind in ("money", "percent") else None)
        or (in_measure(text, end) if kind == "money" else None)
        or head_metric(text, start, end, kind, names)
    )


def changed_in(text: str, start: int, end: int) -> str | None:
    """ "a 6% drop in footfall", "a fall of 3% in bookings": what a change written as a noun
    is "in" (its first one or two common nouns)."""
    m = _CHANGE_IN.match(text, end)
    if m is None and _CHANGE_OF.search(text, max(0, start - 30), start):
        m = _IN_NP.match(text, end)  # "a fall of 3% in bookings"
    if m is None:
        return None
    first, second = m.group("a"), m.group("b")
    if not _sized(first):
        # a modifier before the measure: "a 9% rise in the minimum wage", "10% growth in
        # customer management revenue"
        if second == "of":
            return None  # "a 26% increase in the number of phones": not this reading's
        third = _NEXT_WORD.match(text, m.end()) if second else None
        if third is not None and _sized(third.group(1)):
            return f"{first} {second} {third.group(1)}"
        return f"{first} {second}" if second and _sized(second) else None
    return (
        f"{first} {second}"
        if second and _sized(second) and not _ADJECTIVE.search(second)
        else first
    )


_NEXT_WORD = re.compile(r" ([a-z][a-z-]*[a-z])\b")
_CHANGES_WRITTEN = (
    r"(?:rise|rises|fall|falls|drop|drops|increase|increases|decrease|decline|declines|jump|"
    r"cut|cuts|reduction|slump|surge|growth|gain|gains|slide|dip|hike|climb|contraction)"
)
_NP = (
    r" in (?:the |its |their |his |her |our |annual |monthly |weekly |overall |total )?"
    r"(?P<a>[a-z][a-z-]*[a-z])(?: (?P<b>[a-z][a-z-]*[a-z]))?"
)
_CHANGE_IN = re.compile(rf"(?: [a-z-]+)? {_CHANGES_WRITTEN}{_NP}")
_IN_NP = re.compile(_NP)
_CHANGE_OF = re.compile(
    rf"\b{_CHANGES_WRITTEN} of(?: about| around| almost| nearly| some| roughly| just| only|"
    r" more than| over| under| up to)? $"
)


def in_measure(text: str, end: int) -> str | None:
    """ "took home $55,000 in prize money", "paid £2m in fines": the measure money is "in"
    (its noun and one attributive noun before it)."""
    m = _IN_MEASURE.match(text, end)
    if m is None or not _of_measure(m.group("noun")) or m.group("noun") in _NOT_IN:
        return None
    attr, noun = m.group("attr"), m.group("noun")
    after = _NEXT_WORD.match(text, m.end())
    if attr in sumy_stop_words() or (after and after.group(1) not in sumy_stop_words()):
        return None  # "put £3m in the fund": a place; "in fresh financial backing": longer
    kept = attr and _of_measure(attr) and not _ADJECTIVE.search(attr) and attr not in _NOT_IN
    return f"{attr} {noun}" if kept else noun


# "in" and one or two lower-case words ending the phrase
_IN_MEASURE = re.compile(
    r" in (?:(?P<attr>[a-z][a-z-]*[a-z]) )?(?P<noun>[a-z][a-z-]*[a-z])(?=[\s,.;:)]|$)(?! of| [A-Z])"
    r"(?! [a-z]+ (?:to|from|for|by)\b)"
)
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# what money is "in" that is its form or a time, not what it is
_NOT_IN = frozenset(["cash", "stock", "shares", "total", "all", "value", "talks", "part",
                     "full", "advance", "person", "return", "addition", "exchange", "debt",
                     "losses", "private", "public", "line", "new", "fresh", "extra",
                     "additional", "further"])  # fmt: skip


def of_head(text: str, start: int, names: frozenset[str] = frozenset()) -> str | None:
    """ "a harvest of 12m tonnes", "prize money of A$1m", "a bill of £2,400": the noun the
    figure is "of" (its head and one attributive noun before it), when it names a measure."""
    m = _OF_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    head, attr = m.group("head"), m.group("attr")
    low = head.lower()
    if (head[:1].isupper() and not common_noun(head, names)) or not _of_measure(low):
        return None
    if (
        attr
        and attr.islower()
        and _of_measure(attr)
        and not attr.endswith(("s", "ed"))
        and attr not in _VERBS_BEFORE_OBJECT
        and not _INFINITIVE.search(text, max(0, m.start() - 12), m.start())
    ):
        return f"{attr} {low}"  # "prize money", "wage bill"
    return low


# "<noun> of [hedge] <figure>": the noun right before "of", one word before it that may be an
# attributive noun, and the figure's hedge words
_OF_BEFORE = re.compile(
    r"(?:\b(?P<attr>[a-z][a-z-]*) )?\b(?P<head>[A-Za-z][a-z-]*[a-z]) of"
    r"(?: about| around| almost| nearly| some| roughly| just| only| more than| over| under|"
    r" up to| as much as| at least| an estimated| a record)? $"
)
# verbs that take the noun a figure is "of" as their object: "students pay fees of £9,000"
_VERBS_BEFORE_OBJECT = frozenset(["pay", "charge", "face", "raise", "cut", "get", "receive",
                                  "earn", "owe", "seek", "want", "need", "make", "take", "give",
                                  "offer", "report", "post", "set", "see", "expect", "have",
                                  "win", "lose", "spend", "save", "hold", "keep", "put", "bring",
                                  "run", "add", "record", "forecast", "target", "book"])  # fmt: skip
_INFINITIVE = led(r"\b(?:to|will|would|could|can|may|might|must|should|they|we|you|i)"
                         r" $", re.I)  # fmt: skip
# nouns a figure is "of" that say how much, not of what: "a sum of £5m", "a high of 4%"
_QUANTITY_WORDS = frozenset(["sum", "sums", "maximum", "minimum", "average", "peak", "high",
                             "low", "record", "range", "tune", "excess", "fraction", "multiple",
                             "group", "series", "handful", "batch", "couple", "pair", "lot",
                             "lots", "set", "list", "majority", "minority", "part", "portion",
                             "proportion", "value", "worth", "rest", "top", "bottom", "end",
                             "start", "out", "instead", "because", "ahead", "cent"])  # fmt: skip


# a figure written between a determiner and a noun it sizes: "a £50m grant", "a 12% holding"
_SIZED_BY = led(
    r"\b(?:a|an|the|its|their|his|her|our|this|that)(?: (?:further|another|extra|record|"
    r"total|additional|new|proposed|planned|reported))? $",
    re.I,
)
_SIZED = re.compile(r" ([a-z][a-z-]*[a-z])(?: ([a-z][a-z-]*[a-z]))?(?=[\s,.;:)]|$)")
# adjectives that may stand before the noun a figure sizes: "a £5m annual payment"
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ern|ese|ish|ly|ed)$")


def sized_noun(text: str, start: int, end: int) -> str | None:
    """ "won a £50m grant", "bought a 12% holding", "a £2m bridging loan": the noun a figure
    written after a determiner sizes (one attributive noun before it kept); None for a change
    ("a 10% annual rise") or when no such noun follows."""
    if _SIZED_BY.search(text, max(0, start - 20), start) is None:
        return None
    if attributive_head(text, end, None)[0] is not None:
        return None  # "a £3bn Northern Powerhouse rail plan": that rule names it and its owner
    m = _SIZED.match(text, end)
    if m is None:
        return None
    first, second = m.group(1), m.group(2)
    if second is not None and is_change(second):
        return None  # "a 10% annual rise", "a 3% pay rise": the figure is a change
    if second is not None and _sized(second) and not second.endswith(("ing", "s")):
        # "a £2m bridging loan", "a £5m annual payment" (not "a £5m grant helps")
        return (
            second if _ADJECTIVE.search(first) else f"{first} {second}" if _sized(first) else None
        )
    return first if _sized(first) and not _ADJECTIVE.search(first) else None


def _sized(noun: str) -> bool:
    """A noun a figure may size: a measure word, a gerund noun ("holding") included."""
    return (gerund_noun(noun) or _of_measure(noun)) and noun not in _NOT_NOUNS


# words after a figure that are times or scales, not what it sizes
_NOT_NOUNS = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days",
                        "quarter", "season", "time", "times", "cent", "percent", "point",
                        "points"])  # fmt: skip


def _of_measure(noun: str) -> bool:
    return measure_noun(noun) and noun not in _QUANTITY_WORDS and noun not in sumy_stop_words()
