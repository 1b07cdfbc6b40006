"""A figure whose measure its clause leaves out because the clause before in the same sentence
named it: "prices in Leeds slipped 0.3%, while York rose 1.1%" (York's 1.1% is a price too),
"the basket cost £41.36 at one chain and £57.90 at another", "two approaches, at 180p and
195p".

The figure takes the measure of the nearest figure before it in its sentence, of its kind (and
unit, for money), when the words between join the two (a coordinating word: "and", "or",
"while", "but", "whereas", "against", "compared with") and name no measure of their own, and
no clause break (";", ":", a dash) or relative clause ("which", "who") parts them.

A measure named again in short takes the fuller name its sentence gave it before: "house
prices rose 3.7%, with prices in Oslo up 6.4%" (house prices), "an operating margin of 1% to
2%, though analysts expect a margin of just 0.5%" (operating margin), "underlying operating
profit of £63.4m, up 9%" (the 9% is underlying operating profit too). One bounded look per
figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.measure_words import counted_people
from reader.figures.names import PLACES
from reader.figures.premodified import inside
from reader.figures.refine import singular
from reader.figures.sentence_groups import sentence_of
from reader.figures.surface import surface_at
from reader.figures.vocabulary import METRIC_RE
from reader.model import Figure

_MAX_GAP = 90  # characters between the two figures
_JOINED = re.compile(r"\b(?:and|or|while|whereas|but|against|compared with|versus|vs)\b", re.I)
# a clause break, or a relative clause whose figure is its own ("its loyalty programme,
# which has 8.4 million members, contributed C$310 million")
_BREAK = re.compile(r"[;:()\u2014]| - | \u2013 |[.!?] |\b(?:which|who|whose)\b")
# the figure before sits in a relative clause that a comma closes before this one: "The
# index, which rose 2.2%, and its rival gained 0.8%"
_IN_RELATIVE = re.compile(r", (?:which|who|whose)\b[^,]*$")


# one price in several currencies, each after the one before with at most the place it is
# charged in: "will cost $229 in the United States, £209 in Britain and €239 in the euro
# zone", "$299, £269 and €309"
_CURRENCY_LIST = re.compile(
    r"(?: (?:in|for) (?:the )?[A-Za-z][\w'.-]*(?: [A-Za-z][\w'.-]*){0,2})?(?:,| and|, and) "
)


def _joined(before: str, between: str) -> bool:
    """Whether the words between two figures join two clauses that share a measure
    (``before``: the words before the first figure)."""
    if "," in between and _IN_RELATIVE.search(before[-80:]) is not None:
        return False
    return (
        len(between) <= _MAX_GAP
        and _JOINED.search(between) is not None
        and _BREAK.search(between) is None
        and METRIC_RE.search(between) is None
    )


def parallel_metrics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure with no measure, given the measure of the figure before it in a joined
    clause of its sentence (module doc)."""
    spans: dict[int, list[tuple[int, int, Figure]]] = {}
    for f in figures:
        text = sentence_of(f, sentences)
        at = surface_at(f, text)
        if at >= 0:
            spans.setdefault(f.sentence_index, []).append((at, at + len(f.surface), f))
    out: list[Figure] = []
    for f in figures:
        if f.metric is not None or f.kind not in ("money", "percent"):
            out.append(f)
            continue
        mine = spans.get(f.sentence_index, [])
        at = next((a for a, _, g in mine if g is f), -1)
        before = [(a, end, g) for a, end, g in mine if end <= at and g.metric and g.kind == f.kind]
        if at < 0 or not before:
            out.append(f)
            continue
        start, end, g = max(before, key=lambda p: p[1])
        text = sentences[f.sentence_index]
        if f.kind == "money" and g.unit != f.unit:
            if _CURRENCY_LIST.fullmatch(text, end, at):  # "$229 in the US, £209 in Britain"
                named = replace(f, metric=g.metric)
                # (the next currency in the list follows this one: "... and €239")
                mine[:] = [(a, e, named if h is f else h) for a, e, h in mine]
                f = named
        elif _joined(text[:start], text[end:at]):
            f = replace(f, metric=g.metric)
        out.append(f)
    return out


def _words(metric: str) -> list[str]:
    return [singular(w) for w in metric.lower().split()]


def _fuller(short: list[str], full: str, same_kind: bool, text: str) -> bool:
    """Whether ``full`` names in full the measure ``short`` names: longer, the same last
    word, every short word in it; the words it adds say which measure (not a time or degree:
    "peak debt", "full-year revenue"; nor a place or a name, as written in the sentence
    ``text``: "BMW-brand sales ..., while sales of Mini models"); a share or ratio ("share of
    sales") only for a figure of its own kind."""
    words = _words(full)
    if len(words) <= len(short) or not short or words[-1] != short[-1]:
        return False
    added = set(words) - set(short)
    if not set(short) <= set(words) or any(inside(w) or w in _DEGREE for w in added):
        return False
    if any(_named(w, text) for w in full.split() if singular(w.lower()) in added):
        return False  # a place or a name says whose, not which ("US sales", "Oslo prices")
    return same_kind or not _LINKED & set(words)


def _named(word: str, text: str) -> bool:
    """Whether a metric's word is a place or is written as a name in its sentence: an
    upper-case letter past its first, or a capital anywhere but the sentence's start."""
    if word.istitle() or word in PLACES or word.title() in PLACES:
        return True
    at = text.lower().find(word.lower())
    written = text[at : at + len(word)] if at >= 0 else ""
    return any(c.isupper() for c in written[1:]) or (at > 0 and written[:1].isupper())


_LINKED = frozenset(["of", "to", "per"])
_DEGREE = frozenset(["peak", "maximum", "minimum"])  # "a peak of $35bn": no kind of debt


def fuller_names(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Each figure whose metric is a shorter name of a measure the same sentence named in
    full for an earlier figure (``_fuller``), given the full name (module doc); a count of
    its own noun keeps it ("Twelve of its 40 stores are loss-making": all 40 are stores)."""
    where: dict[int, list[tuple[int, Figure]]] = {}
    for f in figures:
        text = sentence_of(f, sentences)
        at = surface_at(f, text)
        if at >= 0 and f.metric:
            where.setdefault(f.sentence_index, []).append((at, f))
    out: list[Figure] = []
    for f in figures:
        mine = where.get(f.sentence_index, []) if not (f.kind == "count" and f.unit) else []
        at = next((a for a, g in mine if g is f), -1)
        short = _words(f.metric or "")
        fuller = [
            (a, g.metric)
            for a, g in mine
            if a < at
            and g.metric
            and _fuller(short, g.metric, g.kind == f.kind, sentences[f.sentence_index])
        ]
        if fuller:
            full = max(fuller)[1]
            f = replace(f, metric=full, measure=f.measure or f.metric)
        out.append(f)
    return out


def _noun(f: Figure) -> str:
    return singular(f.unit.split()[-1].lower()) if f.kind == "count" and f.unit else ""


_PERSONS = frozenset(["people", "persons", "residents", "civilians", "children", "adults"])


def _people(noun: str) -> bool:
    return noun.lower() in _PERSONS or counted_people(noun.lower())


def counted_alike(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """A count measured only by its own noun takes the one measure the story's other counts
    of that noun were given ("shipped 42.3 million phones" ... "the top spot with 61.2 million
    phones": shipments too); two measures for one noun leave it, and so does a measure that
    only says what was done to the noun ("stores opened": not every count of stores) or a
    count of people ("members" who voted: not every count of members). Only a count that no
    word of its clause governs takes it (``_LOOSE``: after "with", "and", "between", a comma),
    not one a verb or a noun acts on ("makes 130,000 cars", "delivery of 100 planes")."""
    named: dict[str, set[str]] = {}
    for f in figures:
        noun = _noun(f)
        said = {singular(w) for w in (f.metric or "").lower().split()}
        if noun and f.metric and noun not in said and not _people((f.unit or "").split()[-1]):
            named.setdefault(noun, set()).add(f.metric)
    out: list[Figure] = []
    for f in figures:
        noun = _noun(f)
        alike = named.get(noun, set()) if noun else set()
        if len(alike) == 1 and (f.metric is None or singular(f.metric.lower()) == noun):
            text = sentence_of(f, sentences)
            at = surface_at(f, text)
            if at >= 0 and _LOOSE.search(text, max(0, at - 60), at) is not None:
                f = replace(f, metric=next(iter(alike)), measure=f.measure or f.metric)
        out.append(f)
    return out


# what stands before a count no word of its clause governs: "the top spot with 61.2 million
# phones", "between 1.75 million and 1.8 million vehicles"
_LOOSE = re.compile(
    r"(?:^|[,;(]|\b(?:with|and|or|between))"
    r"(?: (?:about|around|some|nearly|almost|roughly|more than|over|just|only|at least))* ?$"
)
