"""A figure still without a metric after every rule takes the one of the figure it continues.

``inherit.py`` carries a metric along a sentence while it is parsed, before the later rules
(the learned chooser, the clause's shape, the noun phrase around a figure) have named the
figure before; by then the first figure may have no metric yet, so the change or base after
it keeps none ("earned C$164 million, down 7%": the 7% measures what the C$164 million
measures). ``continued_metrics`` runs once all of them have, with the same test of
continuation. A quantity whose metric is only its unit of measure ("down from 1.31 million
tonnes" read as "tonnes") counts as one without a metric.

``previous_sentence_metrics`` reads across a sentence break: a figure that opens the figures
of a sentence naming no measure of its own carries on the measure of the last figure of its
kind in the sentence before ("Analysts expected profit to recover to about £45 million.
Without the tariff it would be well over £50 million.", "That was up from 3.1%"): money and
counts of a like size (within ten times) with no verb of their own saying what they are
("bought for $9.4bn", "exported £16.9bn"), percentages only in a sentence that opens with a
pronoun or a demonstrative.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.inherit import continues, qualifier
from reader.figures.np_metric import phrase_metric
from reader.figures.sentence_groups import by_sentence, places_by_sentence
from reader.figures.surface import surface_at
from reader.figures.vocabulary import phrases_in
from reader.model import Figure


def continued_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure without a metric takes the metric of the figure before it in its sentence
    when it continues it (``inherit.continues``); other figures are unchanged, order kept."""
    if all(f.metric and not _unit_only(f) for f in figures):
        return _levels(list(figures))
    out = list(figures)
    for ks in places_by_sentence(figures).values():
        if len(ks) < 2 or all(figures[k].metric and not _unit_only(figures[k]) for k in ks):
            continue
        sentence = figures[ks[0]].sentence
        ordered = sorted(ks, key=lambda k: _place(sentence, figures[k]))
        prev: Figure | None = None
        last_of: dict[str, Figure] = {}  # the last figure of each kind with a metric
        for k in ordered:
            fig = out[k]
            bare = fig.metric is None or _unit_only(fig)
            if bare and prev and prev.metric and _carried(sentence, prev, fig):
                fig = out[k] = replace(fig, metric=prev.metric)
            same = last_of.get(fig.kind)
            if same is not None and (
                (fig.metric is None and _compared(sentence, fig))
                or (_unit_only(fig) and same.unit == fig.unit and _moved_from(sentence, fig))
            ):
                fig = out[k] = replace(fig, metric=same.metric)
            if not qualifier(sentence, fig):
                prev = fig
                if fig.metric:
                    last_of[fig.kind] = fig
    return _levels(out)


def _levels(out: list[Figure]) -> list[Figure]:
    """``_moved_to`` over each sentence's figures; ``out`` changed in place and returned."""
    for ks in places_by_sentence(out, kinds=("percent", "money")).values():
        if len(ks) > 1:
            _moved_to(out, [k for k in ks if out[k].kind == "percent" and _bare(out[k])], ks)
    return out


# a move written right before the level it reached: "jumped 27% to 398p", "closed 1.4% lower
# at 141p"
_TO_LEVEL = re.compile(r" (?:higher |lower |up |down )?(?:to|at) (?:about |around )?")


_SCALED = re.compile(r"\d\s?(?:m|mn|bn|b|tn|k)\b|\b(?:thousand|million|billion|trillion)\b", re.I)


def _bare(fig: Figure) -> bool:
    """A figure with no metric, or only its owner's name for one ("tarrant metals")."""
    return fig.metric is None or fig.metric.lower() == (fig.subject or "").lower()


def _named_only(fig: Figure) -> bool:
    """A figure with no metric, or only words of its owner's name ("regional lender westbay
    bancorp" for the owner "among decliners, regional lender westbay bancorp")."""
    return fig.metric is None or fig.metric.lower() in (fig.subject or "").lower()


def _moved_to(out: list[Figure], moves: list[int], ks: list[int]) -> None:
    """Each percentage move (``moves``) written right before the level it reached takes that
    level's metric ("jumped 27% to 398p": the share price the 398p is); in place."""
    for k in moves:
        fig = out[k]
        at = surface_at(fig)
        to = _TO_LEVEL.match(fig.sentence, at + len(fig.surface)) if at >= 0 else None
        if to is None or fig.sentence.endswith(" by", 0, at - 1):
            continue  # "boost government income by 6.1% to": the verb's object is measured
        level = next(
            (out[j] for j in ks if out[j].kind == "money" and not _named_only(out[j])
             and fig.sentence.startswith(out[j].surface, to.end())),
            None,
        )  # fmt: skip
        # a percentage named by its owner's name only takes a share price ("R&D spending
        # rising 37% to 705m rupees" read as "R&D" keeps it)
        if level is not None and (fig.metric is None or level.metric == "share price"):
            out[k] = replace(fig, metric=level.metric)
    for k in ks:  # a share price's move to an unscaled sum: the sum is the price reached
        fig = out[k]
        at = surface_at(fig)
        to = _TO_LEVEL.match(fig.sentence, at + len(fig.surface)) if at >= 0 else None
        if fig.kind != "percent" or fig.metric != "share price" or to is None:
            continue
        for j in ks:
            g = out[j]
            if (
                g.kind == "money"
                and _named_only(g)
                and not _SCALED.search(g.surface)
                and (fig.sentence.startswith(g.surface, to.end()))
            ):
                out[j] = replace(g, metric="share price")


def _carried(sentence: str, prev: Figure, fig: Figure) -> bool:
    """Whether ``fig`` continues ``prev`` and ``prev`` names a measure it does not."""
    return not _unit_only(prev) and prev.metric != fig.metric and continues(sentence, prev, fig)


# what a quantity in a unit of measure may be called that says only that it was sold: the
# name counted things get (the learned chooser gives it to "down from 2.6 million tonnes" after
# "sold 2.2 million tonnes of nickel"), not what was measured
_SOLD_ONLY = frozenset(["units sold"])


def _unit_only(fig: Figure) -> bool:
    """Whether a quantity's metric is only its unit of measure ("720,000 tonnes" read as
    "tonnes") or the name of counted things sold ("units sold" for tonnes): a unit says how a
    thing is measured, not what."""
    if fig.kind != "other" or not fig.metric:
        return False
    return fig.metric == (fig.unit or "").lower() or fig.metric in _SOLD_ONLY


# "..., compared with 11.8% in Spain": the same measure somewhere or some time else ("more
# than", "less than": a hedge, not a comparison)
_COMPARED = re.compile(
    r"\b(?:compared with|compared to|against|versus|(?<!more )(?<!less )(?<!fewer )than)"
    r"(?: about| around| just| some)? $"
)


def _compared(sentence: str, fig: Figure) -> bool:
    """Whether ``fig`` is written as what a figure before it is compared with."""
    return _led_by(sentence, fig, _COMPARED, 30)


def _led_by(sentence: str, fig: Figure, words: re.Pattern[str], width: int) -> bool:
    """Whether ``words`` end the ``width`` characters of ``sentence`` right before ``fig``."""
    at = sentence.find(fig.surface)
    return at > 0 and words.search(sentence[max(0, at - width) : at]) is not None


# "248,600 barrels a day, up 11 per cent from 224,000": the earlier level of the same measure
_FROM = re.compile(r"\bfrom (?:about |around |roughly )?$")


def _moved_from(sentence: str, fig: Figure) -> bool:
    return _led_by(sentence, fig, _FROM, 20)


def _place(sentence: str, fig: Figure) -> int:
    at = sentence.find(fig.surface)
    return at if at >= 0 else len(sentence)


def previous_sentence_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """A figure without a metric that opens the figures of a sentence naming no measure
    takes the metric of the last figure of its kind in the sentence before, when it carries
    that measure on (``_carries_on``); other figures are unchanged, order kept."""
    if all(f.metric for f in figures):
        return list(figures)
    grouped = by_sentence(figures)
    out: list[Figure] = []
    for f in figures:
        if f.metric is None:
            mine = grouped[f.sentence_index]
            own = min(mine, key=lambda g: _place(f.sentence, g))
            previous = grouped.get(f.sentence_index - 1, [])
            before = [
                g
                for g in previous
                if g.kind == f.kind and g.metric and (g.unit == f.unit or f.kind != "money")
            ]
            if own is not f and _OPENS.match(f.sentence) is not None:
                # a sentence carrying the one before on ("That was up 8.2% from €319,000 a year
                # earlier"): its first figure of each kind carries that kind's measure
                same = [g for g in mine if g.kind == f.kind]
                own = min(same, key=lambda g: _place(f.sentence, g))
            if not before and f.kind == "percent" and f.change is not None:
                # its move is the move of the figure before ("The median price was €345,000.
                # That was up 8.2% ..."): the last figure of the sentence before with a measure
                before = [g for g in previous if g.kind != "percent" and g.metric]
            if own is f and before and not phrases_in(f.sentence):
                last = max(before, key=lambda g: _place(g.sentence, g))
                if _carries_on(last, f):
                    f = replace(f, metric=last.metric)
        out.append(f)
    return out


# a sentence that goes on about the one before: "That was up from ...", "It compares with"
_OPENS = re.compile(
    r"^(?:It|That|This|These|Those|They|The figure|The total|The number)"
    r"(?: (?:also|later|then|now|still|only|already))? (?:was|is|were|are|had been|has been|"
    r"have been|will be|would be|compares|compared|stood|stands|reached|rose|fell|grew|"
    r"climbed|dropped|jumped|slipped|edged|(?:has|have|had) (?:risen|fallen|gained|lost|climbed|"
    r"dropped|slipped|jumped|grown|shed|added))\b"
    # ... or a name ranked after the one before: "South Korea's Norvik was second with 19.1%",
    # "Lieferfix held 36%" (a share of what the sentence before measured)
    r"|^[A-Z][\w'\u2019.&-]*(?: [A-Z][\w'\u2019.&-]*){0,3}"
    r" (?:was|came|ranked|finished) (?:second|third|fourth|fifth|next|last)\b"
    r"|^[A-Z][\w'\u2019.&-]*(?: [A-Z][\w'\u2019.&-]*){0,3} (?:held|took|had|kept|won|captured)"
    r" (?:about |around |nearly |almost |roughly |just )?\d"
)
# a verb of its own before the figure that says what it is ("bought for $9.4bn", "exported")
_OWN_VERB = re.compile(
    r"\b(?:bought|buy|buying|sold|sell|selling|paid|pay|paying|spent|spend|spending|invested|"
    r"invest|exported|imported|generated|allocated|raised|earned|made|won|gave|lent|borrowed|"
    r"donated|bid|charged|cost|costs|costing)\b[^\d$\u00a3\u20ac\u00a5]{0,30}$"
)


def _carries_on(prev: Figure, fig: Figure) -> bool:
    """Whether ``fig`` carries on the measure of ``prev``, the last figure of its kind in the
    sentence before: a percentage in a sentence opening with a pronoun or a demonstrative
    stating its level ("That was up from 3%", "It rose 2%"; not "It cut its forecast by 2%"); money or a count of a like size (within ten times) with no verb of
    its own before it saying what it is ("bought for $9.4bn")."""
    if fig.kind == "percent":
        return _OPENS.match(fig.sentence) is not None
    lo, hi = sorted((abs(prev.value), abs(fig.value)))
    if lo <= 0 or hi / lo > 10:
        return False
    at = surface_at(fig)
    if at < 0 or _OWN_VERB.search(fig.sentence[max(0, at - 60) : at]) is not None:
        return False
    # (nor a noun phrase of its own tied to it: "nurse vacancies, now at 1,240")
    return phrase_metric(fig.sentence, at) is None
