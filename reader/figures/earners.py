"""What a part of a business brought in: a sum whose clause opens with a plain noun phrase
that earns it names that part with its measure.

"Scratch cards brought in C$410 million in sales" is scratch card sales, "Retailers earned
C$84 million in commissions" retailer commissions, "car parking brought in another £9.2
million" car parking revenue (a verb of bringing in with no measure written is revenue). The
earner is the clause's subject, written right before the verb: lower-case common nouns (a
sentence's first capital and acronyms aside: "NHS work"), never a name, a pronoun, a
determiner's phrase ("the company") or a firm's word ("group", "bank"), which say whose money
it is, not which. A change or base of the sum in its sentence that continues it measures the
same ("..., down 4%").

One bounded look back per figure, so the work per figure is constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.compound import modifier_form
from reader.figures.inherit import continues
from reader.figures.measure_words import ACTORS
from reader.figures.qualify import OWNED
from reader.figures.surface import surface_at
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

# the earner, its verb and the hedges before the sum, at the start of a clause
_EARNED = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:while|and|but|whereas)\s+|\b(?:while|whereas)\s+)"
    r"(?P<np>[A-Za-z][\w&'-]*(?: [a-z][\w'-]*){0,2}) (?:now |also |alone |together )?"
    r"(?:brought in|brings in|bring in|took|takes|take|earned|earns|earn|generated|generates|"
    r"generate|made|makes|make)"
    r"(?: another| a further| an extra| about| around| some| nearly| almost| more than| over|"
    r" roughly| just over| just under)? $"
)
# a measure written right after the sum: "C$410 million in sales"
_IN_MEASURE = re.compile(r" in (?P<measure>[a-z]+)\b")
# measures a part of a business brings in (the one a verb of bringing in names is revenue)
_MEASURES = frozenset(["sales", "revenue", "revenues", "commissions", "fees", "income",
                       "royalties", "takings", "profit", "profits", "earnings"])  # fmt: skip
_BRINGING = ("brought in", "brings in", "bring in", "generated", "generates", "generate")
_NOT_EARNERS = frozenset(["it", "they", "we", "he", "she", "this", "that", "which", "who",
                          "others", "each", "all", "both"])  # fmt: skip


def earner_metrics(figures: Sequence[Figure]) -> list[Figure]:
    """Each sum a plain noun phrase brought in, named with it (module doc); its change or base
    in the sentence with it; other figures unchanged, order kept."""
    out = list(figures)
    for k, f in enumerate(out):
        metric = _earned(f)
        if metric is None:
            continue
        old = f.metric
        out[k] = replace(f, metric=metric, measure=f.measure or old)
        for j, g in enumerate(out):
            same = j != k and g.sentence_index == f.sentence_index and g.metric in (None, old)
            if same and continues(g.sentence, f, g):
                out[j] = replace(g, metric=metric, measure=g.measure or g.metric)
    return out


def _earned(f: Figure) -> str | None:
    if f.kind != "money":
        return None
    at = surface_at(f)
    m = _EARNED.search(f.sentence, max(0, at - 80), at) if at > 0 else None
    if m is None:
        return None
    words = m.group("np").split()
    if words[-1].lower() in _MEASURES and all(w.lower() not in _NOT_EARNERS for w in words):
        # the phrase is itself the measure: "Sales brought in €16.1 million", "Ticket sales
        # brought in" (not "sale sales", "ticket sale revenue")
        return " ".join(w.lower() for w in words)
    earner = _earner(words, m.start("np") == 0)
    if earner is None:
        return None
    after = _IN_MEASURE.match(f.sentence, at + len(f.surface))
    if after is not None and after.group("measure") in _MEASURES and " " not in (f.metric or ""):
        measure = after.group("measure")
    elif f.metric in _MEASURES:
        measure = f.metric or ""
    elif any(f" {verb} " in f" {m.group(0)}" for verb in _BRINGING):
        measure = "revenue"  # (over a measure carried from another clause: "while ...")
    else:
        return None
    return f"{earner} {measure}"


def _earner(words: list[str], opens: bool) -> str | None:
    """The earner as a modifier ("Scratch cards" → "scratch card"), or None for a name, a
    pronoun, a function word or a firm's word."""
    first = words[0]
    capital = first[:1].isupper() and not first.isupper()
    if capital:
        if not opens or (len(words) > 1 and any(w[:1].isupper() for w in words[1:])):
            return None  # a capital mid-sentence is a name
        words = [first.lower(), *words[1:]]
    low = [w if w.isupper() else w.lower() for w in words]
    if any(w.lower() in sumy_stop_words() or w.lower() in _NOT_EARNERS for w in low):
        return None
    if low[-1] in ACTORS:  # "Investors took $2bn out of funds": who acts, not which part
        return None
    if low[-1] in OWNED or low[-1].endswith(("'s", "\u2019s")):
        return None
    if capital and len(low) == 1 and not low[0].endswith("s"):
        return None  # "Acme made": one capitalised singular word may be a name
    return " ".join([*low[:-1], modifier_form(low[-1])])
