"""The metric a figure takes when its own words name none.

Rules of general news English, each within the figure's sentence (bounded windows):
- a figure left without a metric takes the metric of the figure before it in the sentence
  when it continues it: a change or a base ("$22.8m, a drop of 54%", "up from £6.1m"), a
  bare count after a counted one ("taking its total to 287 million"), or a parallel
  figure of the same kind ("ahead of rival Vidora with 17%");
- the story's subject sets a default for money left without one: a film's takings at the
  box office, a rich list's wealth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.bases import BRACKETED_PRIOR
from reader.figures.name_words import is_person
from reader.figures.surface import surface_at
from reader.figures.topics import FILM
from reader.model import Figure

_OF_TOTAL = re.compile(r" (?:of|of the|of its|of their) (?:group |overall |combined )?total\b")
# "took about $390m in its launch week": takings, read as revenue outside a film story
_TOOK = re.compile(
    r"\b(?:took|takes|taken|taking|brought in|pulled in|raked in)(?: in)?(?: about| around|"
    r" some| nearly| almost| more than| over| roughly| just over| an estimated)? ?$",
    re.I,
)
_TOOK_TAIL = re.compile(r"^ (?:in|over|during) (?:its|their|the|his|her) (?:first|opening|launch|"
                        r"debut)\b", re.I)  # fmt: skip
# cheap substring checks before the word-boundary regexes
_FILM_WORDS = ("box office", "box-office", "cinema", "movie", "film", "opening weekend",
               "sequel", "thriller", "blockbuster", "studio")  # fmt: skip
_RICH_WORDS = ("rich list", "richest", "billionaire", "net worth")
# ("richest" of people, not of a thing: "the richest pitching contract in baseball history",
# "the league's richest prize" are no rich list)
_RICH = re.compile(
    r"\b(?:rich list|billionaires?|net worth"
    r"|richest(?!(?: [\w-]+)? (?:contracts?|deals?|prizes?|purses?|races?|pay|package|transfers?"
    r"|sponsorships?|offers?|events?|tournaments?|clubs?|leagues?|teams?|franchises?|funds?"
    r"|rounds?|sales?|bids?|awards?|grants?|seams?|deposits?|reserves?|fields?|veins?)\b))\b",
    re.I,
)


def continues(sentence: str, prev: Figure, fig: Figure) -> bool:
    """Whether ``fig`` continues ``prev``: a change, a base, a running total, or a parallel
    figure of the same kind (written after it, with no new metric between)."""
    a = sentence.find(prev.surface)
    b = sentence.find(fig.surface, a + len(prev.surface)) if a >= 0 else -1
    if a < 0 or b < 0:
        return False
    gap = sentence[a + len(prev.surface) : b]
    if fig.kind == prev.kind and BRACKETED_PRIOR.fullmatch(gap.lstrip()):
        return True  # "Earnings per share of QR 0.61 (2025: QR 0.55)": the prior period's
    if len(gap) > 90 or re.search(r"[;:]|\bwhile\b|\bbut\b", gap):
        return False
    if fig.kind == "percent" and prev.kind in ("money", "count", "other"):
        return (
            fig.change is not None
            or bool(re.search(r"\b(?:drop|rise|fall|up|down|gain|below|above|higher|lower)\b", gap))
            or _RESTATED.fullmatch(gap) is not None  # "cut 1,500 jobs, or about 6%"
            or (  # "$118 million was 6% below the same weekend last year"
                _LINKED.fullmatch(gap) is not None
                and _COMPARED_AFTER.match(sentence, b + len(fig.surface)) is not None
            )
        )
    if fig.kind != prev.kind:
        return False
    if _MAY_RISE.fullmatch(gap):
        return True  # "a fee of £58m, which could rise to £65m"
    # a base, a bare running total, a range, or a figure joined without a verb of its own
    return (
        fig.status in ("base", "expected")
        or _PARALLEL.search(gap) is not None
        or (fig.kind == "count" and fig.unit is None)
        or gap.strip() in ("-", "\u2013", "to", "and", "or")
        or bool(re.fullmatch(r",? (?:or|and|with|versus|vs\.?|against)(?: [a-z]+){0,3} ", gap))
    )


_PARALLEL = re.compile(
    r"\b(?:ahead of|behind|followed by|trailing|compared with)\b[^;]{0,40}\bwith"
    r"(?: about| almost| nearly| just)? $"
)
# a percentage that restates the figure before it ("1,500 office jobs, or about 6%"), or that
# its linking verb compares with another time ("was 6% below", "is 4% higher than")
_HEDGED = r"(?: about| around| roughly| nearly| almost| some| just)? "
_RESTATED = re.compile(r",? or" + _HEDGED)
_LINKED = re.compile(r" (?:was|is|were|are|stood|stands)" + _HEDGED)
_COMPARED_AFTER = re.compile(r" (?:below|above|higher|lower|up|down|more|less)\b")
_MAY_RISE = re.compile(
    r",? (?:which|that) (?:could|would|may|might|will|can)? ?(?:rise|climb|increase|grow|go up|"
    r"fall|drop)s? to "
)
_QUALIFIER_BEFORE = re.compile(r"\b(?:from|in|across|at|over) (?:about |some |around )?$")


def qualifier(sentence: str, fig: Figure) -> bool:
    """A count that qualifies another figure ("$31.5m from 3,850 cinemas"): not the figure a
    later change continues."""
    if fig.kind != "count" or not fig.unit:
        return False
    at = sentence.find(fig.surface)
    return at > 0 and _QUALIFIER_BEFORE.search(sentence, max(0, at - 20), at) is not None


def _share_of(metric: str) -> str:
    return metric if metric.startswith("share of") else f"share of {metric}"


def _same_measure(sentence: str, prev: Figure, fig: Figure) -> bool:
    """A bare "growth" of a percentage that follows a percentage change of a named measure in
    the same clause chain ("sales rose 6.1% ..., beating the 4% growth analysts expected")."""
    if prev.kind != "percent" or prev.change is None or prev.metric in _RATES:
        return False
    a = sentence.find(prev.surface)
    b = sentence.find(fig.surface, a + len(prev.surface)) if a >= 0 else -1
    return 0 <= a < b and b - a < 140 and not re.search(r"[;:]", sentence[a:b])


_RATES = frozenset(["growth", "inflation", "unemployment", "interest rate", "market share",
                    "policy rate", "base rate"])  # fmt: skip


def inherit_metrics(sentence: str, figures: Sequence[Figure]) -> list[Figure]:
    """Figures without a metric take the one of the figure they continue (module doc)."""
    out: list[Figure] = []
    prev: Figure | None = None  # the last figure that is not a qualifying count
    last_of: dict[str, Figure] = {}  # the last such figure of each kind
    for fig in figures:
        same = last_of.get(fig.kind)
        if (
            fig.metric is None
            and same is not None
            and same is not prev
            and _base_of(sentence, same, fig)
        ):
            fig = replace(fig, metric=same.metric)  # "reached 33.2m, up 14% from 29.1m"
        if prev is not None and prev.metric and fig.kind == "percent" and "total" in sentence:
            at = sentence.find(fig.surface)
            if at >= 0 and _OF_TOTAL.match(sentence, at + len(fig.surface)):
                fig = replace(fig, metric=_share_of(prev.metric))  # "make up 38% of the total"
        generic = fig.metric == "growth" and fig.kind == "percent"
        if (
            (fig.metric is None or generic)
            and prev is not None
            and prev.metric
            and prev.metric != fig.metric
            and (continues(sentence, prev, fig) or (generic and _same_measure(sentence, prev, fig)))
        ):
            fig = replace(fig, metric=prev.metric)  # "beating the 4% growth analysts expected"
        out.append(fig)
        if not qualifier(sentence, fig):
            prev = fig
            last_of[fig.kind] = fig
    return out


def _base_of(sentence: str, earlier: Figure, fig: Figure) -> bool:
    """A base written after a change of an earlier figure of its kind ("Arrivals reached 33.2
    million, up 14% from 29.1 million"): the earlier figure's measure, a period before."""
    if not earlier.metric or fig.status != "base" or fig.unit not in (None, earlier.unit):
        return False
    a = sentence.find(earlier.surface)
    b = sentence.find(fig.surface, a + len(earlier.surface)) if a >= 0 else -1
    return 0 <= a < b and b - a < 120 and not re.search(r"[;:]|\bwhile\b|\bbut\b", sentence[a:b])


def story_default(story: str) -> str | None:
    """The metric money figures without one take in this story (module doc), if any."""
    low = story[:3000].lower()
    if sum(low.count(w) for w in _FILM_WORDS) >= 2 and len(FILM.findall(low)) >= 2:
        return "box office"
    if any(w in low for w in _RICH_WORDS) and _RICH.search(low):
        return "wealth"
    return None


def _took(f: Figure) -> bool:
    """ "took about $390m in its launch week": what a product took (outside a film story)."""
    at = surface_at(f)
    return (
        at > 0
        and _TOOK.search(f.sentence, max(0, at - 40), at) is not None
        and _TOOK_TAIL.match(f.sentence[at + len(f.surface) : at + len(f.surface) + 40]) is not None
    )


def with_default(figures: Sequence[Figure], default: str | None) -> list[Figure]:
    if default is None:
        return [
            replace(f, metric="revenue")
            if f.kind == "money" and f.metric is None and _took(f)
            else f
            for f in figures
        ]
    return [
        replace(f, metric=default)
        if f.metric is None
        and (f.kind == "money" or (f.kind == "percent" and f.change))
        and not _given(f)
        else f
        for f in figures
    ]


# a verb of giving before a sum: a grant or a gift, not what the story's subject took ("the
# screen agency gave NZ$850,000"); "worth" is no giving ("is now worth $14.3 billion")
_GIVEN = re.compile(
    r"\b(?:gave|gives|give|given|giving|provided|provides|provide|granted|grants|donated|"
    r"donates|awarded|awards|pledged|pledges|contributed|contributes|sponsored)\b"
    r"[^,;.]{0,40}$"
)


def figure_default(f: Figure, default: str | None) -> str | None:
    """The story's default metric (``story_default``) as one money figure may take it: none
    for a sum given ("the screen agency gave NZ$850,000" in a film story)."""
    return None if default is None or _given(f) else default


def _given(f: Figure) -> bool:
    """Whether a verb of giving comes right before the sum (``_GIVEN``)."""
    at = surface_at(f)
    return at > 0 and _GIVEN.search(f.sentence, max(0, at - 60), at) is not None


def story_owner_fill(figures: Sequence[Figure], names: frozenset[str], story: str) -> list[Figure]:
    """A figure its sentence gives no owner belongs to the owner the story's figures name most
    often when the figure before it in the story is that owner's too: the story is still about
    it ("Harvest was 98% complete" after Iowa's crop figures). Not when that owner holds less
    than half of the story's owned figures, is a person, or is a word the story also writes in
    lower case ("Cyclists ... The fastest cyclist": a group, no name); ``actors.ownerless``,
    read after it, still takes the owner from a whole market's or a country's standing
    figures."""
    counts: dict[str, int] = {}
    for f in figures:
        if f.subject and not _common_noun(f.subject):  # (it names no other owner)
            counts[f.subject] = counts.get(f.subject, 0) + 1
    if not counts:
        return list(figures)
    top = max(counts, key=lambda s: (counts[s], -_first_index(figures, s)))
    if is_person(top, names) or 2 * counts[top] < sum(counts.values()):
        return list(figures)
    if " " not in top and top.lower().rstrip("s") in story.lower():
        return list(figures)
    order = sorted(range(len(figures)), key=lambda k: figures[k].sentence_index)
    out = list(figures)
    before: str | None = None
    for k in order:
        f = out[k]
        if f.subject is None and before == top:
            out[k] = replace(f, subject=top)
        if not _common_noun(out[k].subject):
            before = out[k].subject  # (a common noun's figure keeps the owner's run going)
    return out


def _common_noun(subject: str | None) -> bool:
    """An owner written in lower case: a common noun ("the metro's 98,000 households"), no
    name."""
    return subject is not None and subject[:1].islower()


def _first_index(figures: Sequence[Figure], subject: str) -> int:
    return min(f.sentence_index for f in figures if f.subject == subject)
