"""The measure a figure is "of": "against a surplus of £4.2m", "the 3.4% rate of food
inflation", "a take-up rate of 38%".

- "a <measure> of N": the noun (with one word before it that says which) a sum or a
  percentage is written as the "of" of (``refine.of_phrase``) names what it measures, when it
  is a measure word (``measure_words.measure_noun``; not a tally, a status, a change, a bound or a
  part: "a total of", "an average of", "a high of", "a third of"; a rate or a value only
  with a word that says which: "a take-up rate of 38%");
- "N% rate of <measure>": a percentage written before "rate of" is the rate of what follows
  ("the 2.6% rate of inflation in shop prices").

The figure takes that measure when the rules gave it none, or a measure written in its
sentence but not in that phrase (another figure's, or the clause's subject further back:
"It expects a deficit of £38.6m ..., against a surplus of £4.2m"); a measure no word of the
sentence writes (a class, a synonym) or one that already holds the noun stays. One bounded
look per figure, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.measure_words import measure_noun
from reader.figures.refine import noun_run, of_phrase, of_words, singular
from reader.figures.surface import surface_at
from reader.figures.vocabulary import METRIC_OF
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

# measure words that say no measure when a figure is their "of": a bound, a part, a point
_NOT_OF = frozenset(["average", "maximum", "minimum", "high", "low", "peak", "record", "value",
                     "sum", "range", "half", "third", "quarter", "fifth", "tenth", "rate",
                     "rates", "mark", "band", "scale", "tune", "order", "region", "excess",
                     "upwards", "return", "returns"])  # fmt: skip
# vague alone, a measure once a word says which: "a take-up rate of 38%", "a book value of"
_SAID_WHICH = frozenset(["rate", "value"])
_RATE_OF = re.compile(r" rate of (?:the |its )?(?P<np>[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z])?)")
_WORD = re.compile(r"[a-z]+")


def of_measures(figures: Sequence[Figure]) -> list[Figure]:
    """Each money or percent figure written as a measure's "of" (or before "rate of") with
    that measure (module doc); other figures unchanged, order kept."""
    return [_of_measure(f) or f for f in figures]


def _of_measure(f: Figure) -> Figure | None:
    if f.kind not in ("money", "percent"):
        return None
    at = surface_at(f)
    if at <= 0:
        return None
    noun = _measure_of(f.sentence, at, at + len(f.surface), f.kind == "percent")
    if noun is None:
        return None
    whole = f.metric is not None and noun.startswith(f"{f.metric} ")  # "property tax" increase
    if f.metric and not whole and not _elsewhere(f.metric, f.sentence, noun):
        return None
    return replace(f, metric=noun, measure=None)


def _measure_of(text: str, start: int, end: int, percent: bool) -> str | None:
    """The measure phrase the figure is "of" (or, for a percentage, the "rate of")."""
    if percent:
        m = _RATE_OF.match(text, end)
        if m is not None:
            words = m.group("np").split()
            kept = [w for w in words if measure_noun(w) or w == words[0]]
            if words and measure_noun(words[-1]) and kept == words:
                return " ".join(words)
    if _attributive(text, end):
        return None
    changed = _changed_measure(text, start)
    if changed is not None:
        return changed
    phrase = of_phrase(text, start)
    if phrase is None:
        return None
    if phrase.split()[0] in _TIMES:
        phrase = phrase.split()[-1]  # "an annual rate of 1.6%": a time, not which rate
    head = phrase.split()[-1]
    said = " " in phrase and head in _SAID_WHICH  # "a take-up rate of 38%", not "a rate of"
    if (head in _NOT_OF and not said) or not measure_noun(head):
        return None
    if not _opened(text[max(0, start - 80) : start], phrase):
        return None  # "ahead of", "short of", "part of", "bands of": no noun phrase opened
    return phrase


# a change a measure's noun names before its "of": "tax increases of between 4 and 6 per
# cent", "an overall fare increase of 5.4%", "a rent cut of £50"
_CHANGE_NOUNS = {"increase": "increase", "increases": "increase", "rise": "rise",
                 "rises": "rise", "hike": "hike", "hikes": "hike", "cut": "cut", "cuts": "cut",
                 "reduction": "reduction", "reductions": "reduction"}  # fmt: skip


def _changed_measure(text: str, start: int) -> str | None:
    """ "<measure> <change> of N": the measure and its change ("tax increase"), else None."""
    words = of_words(text, start)
    if not words or len(words) < 2 or words[-1] not in _CHANGE_NOUNS:
        return None
    measure = noun_run(words[:-1])
    if measure is None or measure.split()[-1] in _NOT_OF:
        return None
    if " " in measure and measure not in METRIC_OF:
        measure = measure.split()[-1]  # "faces tax increases of": a verb, not "property tax"
    return f"{measure} {_CHANGE_NOUNS[words[-1]]}"


_TIMES = frozenset(["annual", "annualised", "annualized", "quarterly", "monthly", "yearly",
                    "weekly", "daily", "average"])  # fmt: skip
# after the figure (a bracketed conversion aside): its own "of" or "in" phrase, or a noun
_NEXT = re.compile(r"(?: \([^()]{0,40}\))? (?:(?:of|in) [a-z]|(?P<word>[a-z][a-z-]+)\b)")


def _attributive(text: str, end: int) -> bool:
    """Whether the figure modifies the noun after it ("the discovery of an $11bn accounting
    fraud", "the terms of a $600m loan") or measures what its own "of" or "in" names ("the
    sale of 11bn euros of bonds", "a bill of $27bn in back taxes"): then the noun before is
    not its measure."""
    m = _NEXT.match(text, end)
    if m is None:
        return False
    word = m.group("word")
    return word is None or word not in sumy_stop_words()


_OPENERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that",
                      "two", "three", "four", "five", "six", "ten"])  # fmt: skip


def _opened(head: str, phrase: str) -> bool:
    """Whether a determiner, a possessive or a number opens the phrase in ``head`` (the
    words before the figure): "a surplus of", "the club's wage bill of", "two jackpots of"."""
    words = head.split()
    at = len(words) - 1  # "of"
    while at > 0 and words[at - 1].lower() != phrase.split()[0]:
        at -= 1
    for before in words[max(0, at - 4) : at - 1][::-1]:  # back over names: "two Lotto Max"
        low = before.lower()
        if low in _OPENERS or low.endswith(("'s", "\u2019s")) or low[:1].isdigit():
            return True
        if not before[:1].isupper():
            return False
    return False


def _elsewhere(metric: str, text: str, noun: str) -> bool:
    """Whether the rules' metric is written in the sentence (its head word) and is not the
    noun the figure is "of" (nor one holding it)."""
    words = _WORD.findall(metric.lower())
    if not words:
        return False
    head = singular(words[-1])
    stems = {w[:4] for w in words}
    if any(w[:4] in stems for w in noun.split()):
        return False  # "a funding gap of £31m", "earnings of 92 cents a share": the rules'
        # measure holds the phrase's own word
    low = text.lower()
    return re.search(rf"\b{re.escape(head)}", low) is not None
