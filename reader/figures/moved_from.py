"""A level a measure moved from measures what the level it moved to measures: "Broadcast income
rose to £9.6 million from £8.1 million, helped by a new league television deal" (the £8.1
million is broadcast income, not the deal named after it), "collected C$1.1 billion in potash
royalties ..., down from C$2.4 billion in 2022, when prices spiked".

The base is written "from" right after the level (a few words apart, or ", up from" / ", down
from"), with only a hedge between "from" and it: a base with a noun phrase of its own ("down
from a loss of £3.1 million") keeps what it names. The level is the figure just before, of the
same kind and unit, not a base itself, with a measure; the base takes it when its own differs
and is not written before the level, after the figure before it ("peak sales of the drug of $6.5 billion, down from $9
billion": the base's "sales" may be right where the level's is astray). One bounded look per
figure.

``point_levels``: a percentage a move in points reached measures what the move measures: "Its
load factor, the share of seats filled, rose 2.4 percentage points to 86.7%" (the load factor,
not the share the aside names), "fell 6 basis points to 4.18%"; only a measure written before
the move, so one no word names (a market's) does not spread.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.sentence_groups import places_by_sentence
from reader.figures.surface import surface_at
from reader.model import Figure

# what joins a level to the base after it: "to £9.6 million from", "£2.2m last year, down
# from", "C$1.1 billion in potash royalties and taxes last year, down from"
_FROM = re.compile(
    r"^(?: (?:in|of) (?:[a-z]+ (?:and |or )?){0,3}[a-z]+(?=[ ,]))?"  # "in potash royalties"
    r"(?: (?:in|on|for|at|by|this|last|the|a|an|[a-z]+ly|[A-Z][a-z]+|\d{4}|year|quarter|"
    r"month|week|season|period|half|first|second|third|fourth|full|financial|fiscal)\b){0,4}"
    r"(?:,? (?:up|down|higher|lower|rising|falling|increasing|decreasing))?,? from "
    r"(?:about |around |roughly |some |nearly |almost |just |only |over |under |"
    r"more than |less than )?$"
)


def level_bases(figures: Sequence[Figure]) -> list[Figure]:
    """Each base written "from" right after its level takes the level's measure (module doc);
    other figures unchanged, order kept."""
    out = list(figures)
    for placed in _placed(out):
        for n, ((at0, j), (at1, k)) in enumerate(itertools.pairwise(placed)):
            level, base = out[j], out[k]
            if at0 < 0 or at1 < 0 or base.status != "base" or level.status == "base":
                continue
            if not level.metric or base.metric == level.metric:
                continue
            if (level.kind, level.unit) != (base.kind, base.unit):
                continue
            between = level.sentence[at0 + len(level.surface) : at1]
            if len(between) > 60 or not _FROM.match(between):
                continue
            lo = placed[n - 1][0] + len(out[placed[n - 1][1]].surface) if n else 0
            if base.metric and _written(base.metric, level.sentence[lo:at0]):
                continue  # "peak sales of the drug of $6.5 billion, down from $9 billion"
            out[k] = replace(base, metric=level.metric, measure=base.measure or base.metric)
    return out


def _placed(out: Sequence[Figure]) -> list[list[tuple[int, int]]]:
    """For each sentence, its figures with a surface as (offset in the sentence, index in
    ``out``), in the order they are written."""
    return [
        sorted((surface_at(out[k]), k) for k in ks if out[k].surface)
        for ks in places_by_sentence(out).values()
    ]


def _written(metric: str, before: str) -> bool:
    """Whether the base's own measure is written in the level's stretch (its last word, any
    number): then it may be the level's too, and the level's metric the one astray."""
    head = metric.lower().split()[-1].rstrip("s")
    return bool(re.search(rf"\b{re.escape(head)}", before.lower()))


# a move in points written right before the level it reached: "rose 2.4 percentage points to"
_TO_LEVEL = re.compile(r"^ (?:higher |lower |up |down )?(?:to|at) (?:about |around |some )?$")


def point_levels(figures: Sequence[Figure]) -> list[Figure]:
    """Each percentage right after a move in percentage or basis points ("rose 2.4 percentage
    points to 86.7%") takes the move's measure (module doc); others unchanged, order kept."""
    out = list(figures)
    for placed in _placed(out):
        for (at0, j), (at1, k) in itertools.pairwise(placed):
            move, level = out[j], out[k]
            if at0 < 0 or move.unit not in ("pp", "basis points") or not move.metric:
                continue
            if level.kind != "percent" or level.unit != "%" or level.metric == move.metric:
                continue
            if not _written(move.metric, move.sentence[:at0]):
                continue  # a measure no word before the move writes (a market's) may be astray
            if _TO_LEVEL.match(move.sentence[at0 + len(move.surface) : at1]):
                out[k] = replace(level, metric=move.metric, measure=level.measure or level.metric)
    return out
