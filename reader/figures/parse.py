"""Turn one sentence into unranked figures: find number tokens, read the words around them.

Why a token-then-context design: each number is located by a flat regex, then small fixed
windows of text before/after decide currency, unit, and whether it is a non-figure (year,
date, time, age, ordinal, model name, duration). Work per number is bounded, so the whole
pass is linear in the sentence length.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.figures.bare_numbers import carry_nouns, implied_currency
from reader.figures.carry import carried_status
from reader.figures.change import change_for
from reader.figures.compound import compound_near
from reader.figures.context import metric_for
from reader.figures.gate import led
from reader.figures.heads import (
    attributive_head,
    figure_clause,
    of_a_market,
    share_of_whom,
)
from reader.figures.hedge import hedge_for
from reader.figures.inherit import inherit_metrics
from reader.figures.label_units import labelled_units
from reader.figures.measured import changed_in, governing_head
from reader.figures.metrics import refine_metric
from reader.figures.names import story_names
from reader.figures.others_expect import others_expect
from reader.figures.prior_brackets import bracketed_priors
from reader.figures.raw import Raw
from reader.figures.raw_currency import settle_currencies
from reader.figures.scan import scan
from reader.figures.spelled import (
    SPELLED_WORDS,
)
from reader.figures.status import status_for
from reader.figures.vocabulary import metrics_in
from reader.figures.whose import subject_of
from reader.model import Change, Figure, FigureKind
from reader.text.excerpt import window

_OPEN_CONVERSION = frozenset(["(", "(about", "(around", "(or", "(roughly", "(approximately"])
# a rate written between a sum and its conversion: "cost ₹8,400 crore a year (about $950 million)"
_RATE_FIRST = re.compile(r"^(?:(?:a|an|per|each) (?:year|month|week|day|annum)|annually|yearly)\s*")
_MAX_SENTENCE = 20_000  # characters; longer "sentences" are not prose
# a figure needs a digit, a scale word or a number written in words (spelled.py's counts)
_CANDIDATE = re.compile(
    r"\d|illion|thousand|\b(?:" + "|".join(SPELLED_WORDS) + r")\b", re.IGNORECASE
)


def _own_period(
    change: Change | None,
    kind: FigureKind,
    text: str,
    prev_end: int | None,
    next_start: int | None,
) -> Change | None:
    """A change's period only when written between the figure's neighbours: in "shares, which
    have surged 50% so far this year, were up 3%", "so far this year" is the 50%'s."""
    if change is None or not change.period or kind != "percent":
        return change  # (a level's change is a neighbouring figure: its period is shared)
    start = text.find(change.amount or "", prev_end or 0) if change.amount else -1
    if start < 0:
        return change
    if change.period in text[start : next_start if next_start is not None else len(text)]:
        return change
    before = text[prev_end or 0 : start]
    at = before.rfind(change.period)
    if at >= 0 and "," not in before[at:]:
        return change  # "year-on-year growth of 5%"
    return replace(change, period=None)


# the level a move reached, written after it: "dropped 15% since January, to around $720"
_TO_LEVEL = re.compile(
    r"(?: (?:since|in|over|this|last) [^.;,\d]{1,25})?, to (?:about |around |some |almost |nearly )?"
)


_LONG_WORD = re.compile(r"[a-z]{4,}")
_LOWER_WORD = re.compile(r"[a-z]+")


_PRONOUNS = frozenset(["We", "I", "It", "They", "He", "She", "You", "This", "That"])


def _not_the_measure(subject: str | None, metric: str | None, firm: str | None) -> str | None:
    """A subject that is the measure itself ("Turnout was 58%", "nationally, values edged
    down"), or a clause of words opening on a pronoun ("We think it will sell 14 million"), is
    no owner: the firm the sentence refers to, if any (a pronoun alone is left to the passes
    that resolve it)."""
    if subject is not None and " " in subject and subject.split()[0] in _PRONOUNS:
        return firm
    if subject is None or metric is None:
        return subject
    stems = {w[:4] for w in _LONG_WORD.findall(metric.lower())}
    words = [w for w in _LOWER_WORD.findall(subject.lower()) if not w.endswith("ly")]
    if words and all(w[:4] in stems for w in words):
        return firm
    return subject


# a change in a period, not in a measure: "a 0.1% contraction in the final three months"
_IN_A_PERIOD = re.compile(
    r" [a-z]+ in (?:the |its |this |last |next )?(?:[a-z-]+ ){0,2}(?:quarter|half|years?|months?|"
    r"weeks?|days?|period|season|summer|winter|spring|autumn)\b"
)


def _governing(
    text: str, raw: Raw, tail: int, near: str | None, metric: str | None, names: frozenset[str]
) -> str | None:
    """The metric, or the head of the noun phrase governing the figure (``heads``) when the
    vocabulary names none in its clause: none at all, one from an earlier clause ("spent
    £11.2m on food, as donations fell by 12%"), or a measure's unit ("14,600 tonnes")."""
    if raw.kind == "count" and (metric is not None or raw.unit is not None):
        return metric
    if raw.kind == "percent" and of_a_market(text, tail, raw.start):
        return "market share"  # "captured 70% of the HBM market": whatever else the clause names
    if raw.kind == "percent" and metric is None:
        metric = share_of_whom(text, tail)  # "about 45% of fares"
        if metric is not None:
            return metric
    unit_noun = raw.kind == "other" and metric is not None and metric == (raw.unit or "").lower()
    if metric == "growth":  # "crowds grew 8%": what grew, when the clause says
        return governing_head(text, raw.start, tail, raw.kind, names) or metric
    if metric is not None and raw.kind in ("money", "percent"):
        moved = changed_in(text, raw.start, tail)
        if (
            moved is not None
            and metric not in metrics_in(text, tail, tail + 40)
            and not _IN_A_PERIOD.match(text, tail)
        ):
            # "Revenue rose to £612m, driven by a 22% jump in commercial income": what the
            # change written as a noun is in, not the clause's other measure
            return moved
    if metric is not None and not unit_noun:
        lo = figure_clause(text, raw.start)
        earlier = metric == near and near in metrics_in(text, max(0, lo - 160), lo)
        if not earlier or near in metrics_in(text, lo, tail + 60):
            return metric
    head = governing_head(text, raw.start, tail, raw.kind, names)
    if head is not None and _MOVE_VERB_END.search(head):
        # "The average two-year fixed mortgage rate fell to 4.61%": the phrase's verb is no
        # part of its measure ("mortgage rate", not "mortgage rate fell")
        head = _MOVE_VERB_END.sub("", head) or None
    return head or metric


# a move's verb a phrase's head may end on when an earlier word read as the verb ("fixed")
_MOVE_VERB_END = re.compile(
    r" (?:fell|rose|grew|climbed|dropped|slipped|jumped|declined|increased|decreased|eased|"
    r"edged|slid|surged|soared|tumbled|plunged|dipped|gained|shrank)$"
)
_DIGIT = re.compile(r"\d")
_WORD_RUN = re.compile(r"\w+")
_SPELLED = frozenset(SPELLED_WORDS)
# the spelled numbers no other one is part of: one of them is in a text exactly when one of
# SPELLED_WORDS is ("seventeen" holds "seven"), with fewer searches
_SPELLED_CORES = tuple(w for w in SPELLED_WORDS if not any(v != w and v in w for v in _SPELLED))


def may_hold_figures(sentence: str) -> bool:
    """False when ``parse_sentence`` finds nothing for sure: no digit and no scale word."""
    text = sentence[:_MAX_SENTENCE]
    if not text.isascii():  # (case-insensitive matching pairs a few non-ASCII letters too)
        return _CANDIDATE.search(text) is not None
    # _CANDIDATE on ASCII text, without its slow case-insensitive word alternation
    if _DIGIT.search(text) is not None:
        return True
    low = text.lower()
    if "illion" in low or "thousand" in low:
        return True
    # a spelled number is a word of the text: none of them in it at all, no word run is one
    return any(w in low for w in _SPELLED_CORES) and not _SPELLED.isdisjoint(_WORD_RUN.findall(low))


def parse_sentence(
    sentence: str,
    *,
    story: str = "",
    names: frozenset[str] | None = None,
    currency: str | None = None,
    main: str | None = None,
    prior: str | None = None,
    person: str | None = None,
) -> list[Figure]:
    """All figures in one sentence, in text order, with metric/subject/change/conversion.

    ``story`` (the whole text, optional) settles currency names shared by several countries;
    ``names`` (``story_names`` of the story) tells a sentence-initial name from a capitalised
    common word. Without it the sentence's own mid-sentence capitals are used. ``currency``
    is the story's currency so far (the last one written before this sentence): it is the
    unit of money written without one ("Revenue fell to 2.95 billion") and says whose
    "dollars" and "cents" these are. ``main`` (the story's main company) and ``prior`` (the
    name that opened the previous sentence) say whom "the company" and "it" mean; ``person``
    (the story's last-named person) whom "he", "she" and "her" mean.
    """
    if not may_hold_figures(sentence):
        return []
    if names is None:
        names = story_names(sentence[:_MAX_SENTENCE])
    raws = numbers_in(sentence, story, currency)
    return figures_of(
        sentence, raws, names=names, currency=currency, main=main, prior=prior, person=person
    )


def numbers_in(sentence: str, story: str = "", currency: str | None = None) -> list[Raw]:
    """The number tokens ``parse_sentence`` reads in ``sentence`` (a candidate: see
    ``may_hold_figures``), with their currencies settled. None found: the sentence holds no
    figure, so a caller may skip what ``figures_of`` would need (the previous sentence's
    firm)."""
    text = sentence[:_MAX_SENTENCE]
    raws = settle_currencies(scan(text), text, story[:_MAX_SENTENCE], currency)
    labelled_units(text, raws, currency, story[:_MAX_SENTENCE])  # "Revenue, PLN m: 1,462.3"
    bracketed_priors(text, raws)  # "SEK 9,416 million (8,817)": the year before
    return raws


def figures_of(
    sentence: str,
    raws: list[Raw],
    *,
    names: frozenset[str],
    currency: str | None = None,
    main: str | None = None,
    prior: str | None = None,
    person: str | None = None,
    sentence_index: int = -1,
) -> list[Figure]:
    """``parse_sentence``'s figures from the sentence's ``numbers_in`` (the same arguments),
    each with ``sentence_index`` (the sentence's place in its story: -1, unknown)."""
    if not raws:
        return []
    text = sentence[:_MAX_SENTENCE]
    implied_currency(text, raws, currency)
    carried = carry_nouns(text, raws)
    figures: list[Figure] = []
    skip: set[int] = set()
    for i, raw in enumerate(raws):
        if i in skip:
            continue
        converted = None
        if raw.kind == "money" and i + 1 < len(raws):
            nxt = raws[i + 1]
            gap = text[raw.end : nxt.start]
            # (a bracket in the same currency is no conversion: a prior period, "1,462.3
            # (1,098.6)" in a results table)
            opening = _RATE_FIRST.sub("", gap.strip())  # "₹8,400 crore a year (about $950m)"
            if nxt.kind == "money" and opening in _OPEN_CONVERSION and nxt.unit != raw.unit:
                j = i + 1
                # "($7.4bn; £3.9bn)": every money figure up to the closing bracket is tied
                while (
                    j + 1 < len(raws)
                    and raws[j + 1].kind == "money"
                    and text[raws[j].end : raws[j + 1].start].strip()
                    in (";", ",", "/", "or", "-", "–", "to")
                ):
                    j += 1
                if text.find(")", raws[j].end, raws[j].end + 3) != -1:
                    converted = text[nxt.start : raws[j].end]
                    skip.update(range(i + 1, j + 1))
        # a tied conversion sits between the figure and what follows it: "(US$5.8bn), up 14%"
        tail = raw.end
        if converted is not None:
            close = text.find(")", raws[max(skip)].end, raws[max(skip)].end + 3)
            tail = close + 1 if close != -1 else raws[max(skip)].end
        neighbours = [r for k, r in enumerate(raws) if k != i and k not in skip]
        prev_end = max((r.end for r in neighbours if r.end <= raw.start), default=None)
        next_start = min((r.start for r in neighbours if r.start >= tail), default=None)
        near = metric_for(text, raw.start, raw.kind, raw.unit, tail, prev_end, next_start)
        metric = refine_metric(text, raw.start, tail, raw.kind, raw.unit, near)
        if i in carried and figures and figures[-1].metric:
            metric = figures[-1].metric  # "sold 1.1 million vehicles, down from 1.3 million"
        governing = _governing(text, raw, tail, near, metric, names)
        bare = None  # the bare measure when the sentence says more of it
        if governing == near:  # "merchandise revenue", not just "revenue"
            governing = compound_near(text, raw.start, tail, near)
            bare = near if governing != near else None
        subject = _not_the_measure(
            subject_of(text, raw.start, names, main, prior, person), metric, prior or main
        )
        if figures and prev_end is not None and _TO_LEVEL.fullmatch(text, prev_end, raw.start):
            subject = figures[-1].subject  # "dropped about 15% since January, to around $720"
        if raw.kind == "money" and governing is None:
            governing, subject = attributive_head(text, tail, subject)
        figures.append(
            Figure(
                surface=text[raw.start : raw.end],
                kind=raw.kind,
                value=raw.value,
                unit=raw.unit,
                metric=governing,
                measure=bare,
                subject=subject,
                change=_own_period(
                    change_for(text, raw.start, tail, raw.kind),
                    raw.kind,
                    text,
                    prev_end,
                    next_start,
                ),
                sentence=window(sentence, raw.start, tail),
                sentence_index=sentence_index,
                converted=converted,
                status=status_for(text, raw.start, tail, prev_end, next_start),
                hedge=hedge_for(text, raw.start),
            )
        )
    return inherit_metrics(
        text, others_expect(text, carried_status(text, _range_status(text, figures)))
    )


# "fell from a peak of $120bn to $4.6bn": a move (not "up from its forecast of 3% to 4%")
_FROM_BEFORE = led(r"(?<!, up )(?<!, down )\bfrom\b[^,;\d]{0,25}$", re.I)


# an old range's far end, the range closed by when it held: "from 175,000 to 185,000 tonnes
# previously", "(from 2.6 to 2.8 earlier)"
_PREVIOUSLY = re.compile(r"(?: [a-z]+)?,? (?:previously|earlier|before)\b")


def _range_status(text: str, figures: list[Figure]) -> list[Figure]:
    """A range's far end has its near end's status ("its earlier forecast of 3% to 4%": both
    the old forecast), unless "from X to Y" is a move from an old level to a new one."""
    out: list[Figure] = []
    at = 0
    for fig in figures:
        a = text.find(fig.surface, at)
        prev = out[-1] if out else None
        moved = fig.status is None or (prev is not None and prev.status == "base")
        if prev is not None and a >= 0 and prev.status and fig.status != prev.status and moved:
            p = text.rfind(prev.surface, 0, a)
            gap = text[p + len(prev.surface) : a].strip() if p >= 0 else ""
            same = prev.kind == fig.kind and prev.unit == fig.unit
            if (
                same
                and gap in ("to", "-", "\u2013")
                and not _FROM_BEFORE.search(text, max(0, p - 30), p)
            ):
                fig = replace(fig, status=prev.status)
            elif (
                prev.status == "base"
                and prev.kind == fig.kind
                and gap in ("to", "-", "\u2013", "and")
                and _PREVIOUSLY.match(text, a + len(fig.surface))
            ):
                fig = replace(fig, status="base")  # "from 175,000 to 185,000 tonnes previously"
        out.append(fig)
        at = a + len(fig.surface) if a >= 0 else at
    return out
