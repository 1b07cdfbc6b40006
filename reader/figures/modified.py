"""The noun a sum modifies: "a £14.5 million recovery plan", "a £500 million share sale".

A money figure written right before a lower-case noun phrase (a bracketed conversion aside:
"an $11bn (£5.7bn) accounting fraud") is the size of that thing: the phrase's head noun,
with one word before it that says which, names what the figure measures; what a thing built
costs ("the £23 million building": building cost) and what an agreement is worth ("a $265m
contract": contract value). The figure takes it
when the rules gave none, or when the rules named only its head ("plan" for "a £30bn national
plan"): the longer name holds the bare one, so a reader who wants the bare measure still finds
it. A head that is no measure word (``measure_words.measure_noun``: a tally, a status, a change), a
time ("a $5bn annual budget" keeps "budget") or a name ("a £177m EuroStar jackpot") is left.
One bounded look after each figure, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.measure_words import measure_noun
from reader.figures.premodified import verb_form
from reader.figures.refine import singular
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

# after the figure: a bracketed conversion, then one or two lower-case words and a boundary
_AFTER = re.compile(
    r"(?: \([^()]{0,40}\))? (?P<np>[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z])?)(?=[\s,.;:)]|$)"
)
_TIMES = frozenset(["annual", "annualised", "quarterly", "monthly", "yearly", "weekly", "daily",
                    "year", "month", "week", "day", "total", "overall", "combined", "extra",
                    "further", "additional", "new", "record", "initial", "final", "first",
                    "second", "third", "planned", "proposed", "expected", "estimated"])  # fmt: skip


# -ing words that link, not modify: "£18.2m including fees"
_LINKS = frozenset(["including", "excluding", "following", "according", "regarding",
                    "concerning", "compared", "against", "plus", "minus", "versus"])  # fmt: skip


# words written after a sum that are no thing it sizes
_NOT_SIZED = frozenset(["worth", "apiece", "each", "home", "abroad", "pounds", "dollars",
                        "euros", "range", "worse", "better", "more", "less", "one-way",
                        "upfront", "overall", "net", "gross", "cash"])  # fmt: skip
_OBJECTS = frozenset(["it", "them", "him", "her", "us", "me", "you"])
_END = re.compile(r"\s*(?:[,.;:)]|$|(?P<word>[a-z]+)\b)")


def _ends(text: str, at: int) -> bool:
    """Whether the noun phrase ends at ``at``: punctuation, the end, or a function word that
    is no verb's object ("£6 leaves it": a verb)."""
    m = _END.match(text, at)
    if m is None:
        return False
    word = m.group("word")
    return (
        word is None
        or (word in sumy_stop_words() and word not in _OBJECTS)
        or (word.endswith("ed") and len(word) > 4)
    )


def modified_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum written before the noun phrase it sizes takes that phrase as its metric
    (module doc); other figures unchanged, order kept."""
    return [_modified(f) or f for f in figures]


def _modified(f: Figure) -> Figure | None:
    if f.kind != "money":
        return None
    at = surface_at(f)
    if at < 0:
        return None
    bare = f.metric.lower() if f.metric and " " not in f.metric.strip() else None
    if f.metric and bare is None:
        return None  # the rules named more than one word: left as they are
    phrase = _sized(f.sentence, at + len(f.surface), bare)
    if phrase is None:
        return None
    head = phrase.split()[-1]
    # a thing built or an agreement is sized by what it costs or is worth: "the £23 million
    # building" costs that, "a $265m contract" is worth it
    suffix = " cost" if head in _WORKS else " value" if head in _AGREEMENTS else ""
    if bare is not None and (
        singular(bare) != singular(head) or (" " not in phrase and not suffix)
    ):
        return None  # the rules named another measure, or this one already
    return replace(f, metric=phrase + suffix, measure=f.measure or f.metric)


# things built or rebuilt, whose size in money is their cost (not a "facility", a "line" or an
# "extension", which a lender or a contract has too)
_WORKS = frozenset(
    ["building", "buildings", "stadium", "arena", "plant", "factory", "bridge", "tunnel", "road",
     "bypass", "terminal", "hospital", "school", "campus", "museum", "library", "theatre",
     "station", "depot", "warehouse", "pipeline", "expansion", "redevelopment",
     "refurbishment", "renovation", "upgrade", "rebuild", "overhaul", "wing", "complex",
     "centre", "center", "headquarters", "mill", "refinery", "smelter", "reservoir",
     "dam", "port", "berth", "runway", "railway", "tramway", "motorway", "highway"]
)  # fmt: skip


def _sized(text: str, end: int, bare: str | None) -> str | None:
    """The noun phrase written right after the figure (module doc), or None; a head the
    rules named (``bare``) is a measure whatever its word."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    words = m.group("np").split()
    stop = sumy_stop_words()
    if words[0] in stop or words[0] in _LINKS:
        return None

    def noun(word: str) -> bool:
        named = bare is not None and singular(word) == singular(bare)
        return named or (measure_noun(word) and not verb_form(word) and word not in _TIMES)

    if len(words) == 2 and (words[1] in stop or not noun(words[1])):
        words = words[:1]  # "a $2m fine imposed ...": the noun is the first word
    head = words[-1]
    ended = head.endswith(("ly", "ing", "ed", "en")) and head not in _WORKS  # ("building")
    if not noun(head) or ended or head in _NOT_SIZED:
        return None
    after = m.start("np") + len(" ".join(words))
    if bare is None and not _ends(text, after):
        return None  # "the $8 trillion mortgage market", "£4bn tax cuts": a modifier
    if len(words) == 2 and (words[0] in _TIMES or words[0].endswith(("ly", "ed"))):
        words = words[1:]
    return " ".join(words)


# agreements a sum is the worth of: "a contract extension worth $265 million", "its rights
# deal, worth €600 million over four years" (the deal's value, not a deal)
_AGREEMENTS = frozenset(["deal", "contract", "agreement", "order", "sponsorship", "licence",
                         "license", "franchise", "partnership", "extension"])  # fmt: skip
# the hedges a sum's worth is written with ("worth about $265 million"; worth.py adds more)
WORTH_HEDGES = (" an estimated", " an average of", " about", " around", " some", " nearly",
                " almost", " more than", " over", " roughly", " up to", " as much as")  # fmt: skip
_WORTH = re.compile(rf"\bworth(?:{'|'.join(WORTH_HEDGES)})? $")


def worth_values(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum an agreement is worth ("a contract worth $265m": ``_WORTH`` after a metric
    that names an agreement) measures the agreement's value; other figures unchanged."""
    out: list[Figure] = []
    for f in figures:
        at = surface_at(f) if f.kind == "money" and f.metric else -1
        head = (f.metric or "").lower().split()[-1:] if at > 0 else []
        if head and head[0] in _AGREEMENTS and _WORTH.search(f.sentence, max(0, at - 30), at):
            f = replace(f, metric=f"{f.metric} value", measure=f.measure or f.metric)
        out.append(f)
    return out
