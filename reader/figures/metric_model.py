"""What a figure measures when the rules name nothing: learned weights choose among the
metrics its sentence offers.

The rules (``context.metric_for``, ``metrics.refine_metric``, ``heads.head_metric``, the
inheritance of ``inherit.py``) were tuned round by round on the labelled sets and leave many
figures of new text without a metric. For such a figure every metric the words around it
propose is a candidate: the vocabulary phrases near it (with where they sit: before or after
it, how far, in its clause or past another figure), the phrase it is "of" ("a low estimate
of £8m"), the noun after it, its counted noun, the verb before it ("stole $230m" - theft),
the metrics of its sentence's other figures and of the figure before, the story's default
(box office, wealth), and the noun phrase it sits in (``measured.governing_head``: "prize money
of A$1m", "a £50m grant", "footfall fell 4%"). Each candidate is described by binary features; a linear score with
learned weights (a conditional logit: softmax over the figure's candidates) picks one, and
the figure takes it only when its score reaches the weights' ``guess`` threshold (a wrong
metric misleads as much as a right one helps). A metric the rules gave is kept: in the
leave-one-round-out validation a model that also re-chose those did worse out of domain;
only a unit of measure the rules named as the metric ("14,600 tonnes" → tonnes,
``weak_rule``) is open to the model, which may keep it.

The weights ship as ``metric_weights.json`` beside this module and are rebuilt by
``python -m reader.eval.train_metric`` from the labelled rounds; nothing is downloaded. The
work is a few bounded windows per figure without a metric and one vocabulary pass per such
figure's sentence, so extraction stays linear in the story's length.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from reader.figures.inherit import figure_default, story_default
from reader.figures.jobs import JOB_NOUNS
from reader.figures.measured import governing_head
from reader.figures.metric_verbs import verb_metric
from reader.figures.refine import noun_run, of_phrase, plain_noun
from reader.figures.sentence_groups import by_sentence, sentence_of
from reader.figures.surface import surface_at
from reader.figures.vocabulary import METRIC_OF, phrases_in
from reader.model import Figure

WEIGHTS = Path(__file__).with_name("metric_weights.json")
TOLERANCE = 1e-6  # the weights and the threshold are written to six decimals
WINDOW = 160  # characters each side of the figure that candidates are read from
_BREAK = re.compile(r"[;:,]|\b(?:and|but|while|as|which|after|before)\b")
_GENERIC = frozenset(["growth", "shares", "price", "index", "deal", "order", "contract"])


@dataclass(slots=True)
class Candidate:
    """One metric a figure may take, with the names of its active features."""

    metric: str
    features: set[str]


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a figure sits in its sentence, and its neighbours' ends."""

    text: str
    start: int
    end: int
    prev_end: int | None
    next_start: int | None


@dataclass(frozen=True, slots=True)
class Signals:
    """What the rules say of one figure: their final metric, the parts they are built from
    (the vocabulary phrase governing it, the refining rules), the story's default metric for
    money (``inherit.story_default``) and the vocabulary phrases near it (start, end, metric).
    Training may read these from an earlier version of the rules (``train_metric``)."""

    rule: str | None
    story: str | None = None
    vocab: tuple[tuple[int, int, str], ...] = ()


def vocabulary_in(text: str) -> list[tuple[int, int, str]]:
    """The vocabulary phrases of a sentence: start, end, metric (one pass per sentence)."""
    return [(a, b, METRIC_OF[p]) for a, b, p in phrases_in(text)]


def near(
    phrases: Sequence[tuple[int, int, str]], start: int, end: int
) -> tuple[tuple[int, int, str], ...]:
    """The phrases (``vocabulary_in``) within ``WINDOW`` characters of ``start:end``."""
    lo = bisect_left(phrases, (start - WINDOW, -1, ""))
    hi = bisect_left(phrases, (end + WINDOW, -1, ""), lo)
    return tuple(p for p in phrases[lo:hi] if p[1] <= end + WINDOW)


def signals(
    fig: Figure, spot: Spot, story: str | None, phrases: Sequence[tuple[int, int, str]]
) -> Signals:
    """The rules' signals for ``fig`` at ``spot`` (today's rules); ``story`` is the story's
    default metric, ``phrases`` the vocabulary of the figure's sentence."""
    return Signals(
        rule=fig.metric,
        story=story if fig.kind == "money" else None,
        vocab=near(phrases, spot.start, spot.end),
    )


def _add(found: dict[str, Candidate], metric: str | None, *feats: str) -> None:
    if not metric:
        return
    key = " ".join(metric.lower().split())
    cand = found.get(key)
    if cand is None:
        found[key] = Candidate(metric, set(feats))
    else:
        cand.features.update(feats)


def _vocab(found: dict[str, Candidate], spot: Spot, sig: Signals, kind: str) -> None:
    """Each vocabulary phrase near the figure, with where it sits."""
    text, start, end = spot.text, spot.start, spot.end
    before = [v for v in sig.vocab if v[1] <= start]
    after = [v for v in sig.vocab if v[0] >= end]
    for n, (a, b, metric) in enumerate(reversed(before)):
        gap = text[b:start]
        feats = [f"voc_before_{min(n, 2)}", f"{kind}:voc_before", f"gap_b{_bucket(len(gap))}"]
        if _BREAK.search(gap) is None:
            feats.append("voc_before_same_clause")
        if spot.prev_end is not None and a < spot.prev_end:
            feats.append("voc_before_prev_fig")
        if n == 0:
            feats.append("voc_nearest_before")
        _add(found, metric, *feats)
    for n, (a, _, metric) in enumerate(after):
        gap = text[end:a]
        feats = [f"voc_after_{min(n, 2)}", f"{kind}:voc_after", f"gap_a{_bucket(len(gap))}"]
        if _BREAK.search(gap) is None:
            feats.append("voc_after_same_clause")
        if spot.next_start is not None and a > spot.next_start:
            feats.append("voc_after_next_fig")
        if n == 0:
            feats.append("voc_nearest_after")
        _add(found, metric, *feats)


def _bucket(n: int) -> int:
    return 0 if n <= 2 else 1 if n <= 12 else 2 if n <= 40 else 3


def _around(found: dict[str, Candidate], spot: Spot, kind: str) -> None:
    """Nouns written next to the figure: "an estimate of £8m" (the phrase the figure is "of"),
    "a £50m grant" (the noun right after it)."""
    text, start, end = spot.text, spot.start, spot.end
    _add(found, of_phrase(text, start), "of_np", f"{kind}:of_np")
    words: list[str] = []
    for w in text[end : end + 40].split()[:3]:
        if not plain_noun(w):
            break
        words.append(w)
    noun = noun_run(words)
    if noun is not None and noun.split()[-1] == words[-1]:
        _add(found, noun, "after_np", f"{kind}:after_np")


# the measures a verb names for a count of people at work, and the nouns such a count counts
_STAFF_METRICS = frozenset(["jobs added", "jobs cut", "employees"])
_STAFF_NOUNS = JOB_NOUNS | {
    "job",
    "nurses",
    "doctors",
    "teachers",
    "drivers",
    "officers",
    "apprentices",
    "graduates",
    "contractors",
    "paramedics",
    "pilots",
    "crew",
    "personnel",
    "firefighters",
    "carers",
    "cleaners",
    "miners",
}


def _verb(found: dict[str, Candidate], spot: Spot, kind: str, unit: str | None) -> None:
    metric = verb_metric(spot.text, spot.start, kind)
    if metric in _STAFF_METRICS and unit and unit.split()[-1].lower() not in _STAFF_NOUNS:
        return  # "will add 20 aircraft": the verb names jobs only for a count of people or jobs
    _add(found, metric, "verb", f"{kind}:verb")


def candidates(
    fig: Figure, spot: Spot, sig: Signals, siblings: Sequence[Figure] = ()
) -> list[Candidate]:
    """Every metric the rules' ``sig`` and the words around ``fig`` propose; ``siblings``
    are the other figures of its sentence and the last one before (with the rules' metrics)."""
    kind = str(fig.kind)
    weak = bool(sig.rule) and weak_rule(replace(fig, metric=sig.rule))
    found: dict[str, Candidate] = {}
    _add(found, sig.rule, "rule", f"{kind}:rule")
    if fig.unit and kind in ("count", "other"):
        noun = fig.unit.split()[-1].lower()
        _add(found, noun, "unit_noun", f"{kind}:unit_noun")
        if " " in fig.unit:
            _add(found, fig.unit.lower(), "unit_phrase", f"{kind}:unit_phrase")
    _add(found, sig.story, "story", f"{kind}:story")
    _vocab(found, spot, sig, kind)
    _around(found, spot, kind)
    _verb(found, spot, kind, fig.unit)
    _add(found, governing_head(spot.text, spot.start, spot.end, kind), "head", f"{kind}:head")
    for sib in siblings:
        if sib is fig or not sib.metric:
            continue
        where = "same" if sib.sentence_index == fig.sentence_index else "prev"
        same_kind = "kind" if sib.kind == fig.kind else "other"
        _add(found, sib.metric, f"sib_{where}_{same_kind}", f"{kind}:sib_{where}")
    # an owner's name is no measure ("the nasdaq composite gained 0.9% ... and the dow jones
    # industrial average added 0.1%": the 0.1% is no "nasdaq composite")
    owners = {f.subject.lower() for f in (fig, *siblings) if f.subject}
    for metric in [m for m in found if m in owners]:  # (the keys are lower case already)
        del found[metric]
    for cand in found.values():
        low = cand.metric.lower()
        cand.features.add("bias")
        cand.features.add(f"{kind}:bias")
        if low in _GENERIC:
            cand.features.add(f"{kind}:generic")
        if low in _KNOWN:
            cand.features.add(f"{kind}:known")
        if " " in low:
            cand.features.add("multiword")
        if not sig.rule:
            cand.features.add("rule_none")
            cand.features.update([f"{f}|none" for f in cand.features if f in _SOURCES])
        elif weak:
            cand.features.add("rule_weak")
            cand.features.update([f"{f}|weak" for f in cand.features if f in _WEAK_SOURCES])
    return list(found.values())


def weak_rule(fig: Figure) -> bool:
    """Whether the rules' metric is only the figure's unit of measure ("14,600 tonnes" →
    tonnes, "126 kilometres" → kilometres): a unit names no measure, so the model may replace
    it (a count's noun often is the measure: "twenty complainants")."""
    if not fig.metric or not fig.unit or fig.kind != "other":
        return False
    unit = fig.unit.lower()
    return fig.metric.lower() in (unit, unit.split()[-1])


_KNOWN = frozenset(m.lower() for m in METRIC_OF.values())
_WEAK_SOURCES = frozenset(["rule", "head", "verb", "of_np", "after_np", "sib_same_kind",
                           "sib_prev_kind", "voc_nearest_before", "voc_nearest_after"])  # fmt: skip
_SOURCES = frozenset(["story", "verb", "head", "unit_noun", "unit_phrase", "of_np",
                      "after_np", "sib_same_kind", "sib_same_other", "sib_prev_kind",
                      "sib_prev_other", "voc_nearest_before", "voc_nearest_after"])  # fmt: skip


@dataclass(frozen=True, slots=True)
class Weights:
    """Feature weights, and the least score a candidate needs to give a metric to a figure
    the rules left without one (below it, no metric beats a likely wrong one)."""

    weights: dict[str, float]
    guess: float = 0.0

    def score(self, cand: Candidate) -> float:
        """The sum of the candidate's feature weights, added in sorted order (a set's order
        varies with the hash seed, and so would the last bits of the sum)."""
        return sum(self.weights.get(f, 0.0) for f in sorted(cand.features))

    def sure(self, cand: Candidate) -> bool:
        """Whether the candidate's score reaches ``guess``; the threshold is the score of a
        training candidate, written rounded, so a hair below it still reaches it."""
        return self.score(cand) >= self.guess - TOLERANCE


@cache
def load_weights(path: Path = WEIGHTS) -> Weights | None:
    """The shipped weights, or None when the file is missing or unreadable (rules only)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return Weights(weights, float(data.get("guess", 0.0)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def spots(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Spot | None]:
    """Each figure's place in its sentence (figures of one sentence found left to right);
    None when its surface cannot be found there."""
    out: list[Spot | None] = []
    at: dict[int, int] = {}
    located: list[tuple[int, int, int] | None] = []
    for f in figures:
        i = f.sentence_index
        text = sentence_of(f, sentences)
        a = surface_at(f, text, at.get(i, 0))
        if a < 0 and f.surface:
            a = text.find(f.surface)
        if a < 0:
            located.append(None)
            continue
        at[i] = a + len(f.surface)
        located.append((i, a, a + len(f.surface)))
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for loc in located:
        if loc is not None:
            by_sentence.setdefault(loc[0], []).append((loc[1], loc[2]))
    for loc in located:
        if loc is None:
            out.append(None)
            continue
        i, a, b = loc
        others = by_sentence[i]
        prev_end = max((e for s, e in others if e <= a), default=None)
        next_start = min((s for s, e in others if s >= b), default=None)
        out.append(Spot(sentences[i], a, b, prev_end, next_start))
    return out


Recorder = Callable[[Figure, Spot, Signals, list[Figure]], None]
# training (``reader.eval.train_metric``) sets this: it sees each figure's candidates, and the
# figures keep the rules' metrics
RECORDER: ContextVar[Recorder | None] = ContextVar("metric_recorder", default=None)


def learned_metrics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """Figures the rules left without a metric take the candidate the shipped weights score
    highest, when it reaches their ``guess`` threshold (module doc); unchanged when no
    weights ship."""
    record = RECORDER.get()
    model = None if record is not None else load_weights()
    if (model is None and record is None) or not any(_open(f) for f in figures):
        return list(figures)
    out: list[Figure] = []
    default: list[str | None] = []  # the story's default metric, read when first needed
    grouped = by_sentence(figures)
    phrases: dict[int, list[tuple[int, int, str]]] = {}
    # only the sentences that hold a figure to decide are placed (with all their figures)
    wanted = {f.sentence_index for f in figures if record is not None or _open(f)}
    picked = [k for k, f in enumerate(figures) if f.sentence_index in wanted]
    placed = spots([figures[k] for k in picked], sentences)
    where = dict(zip(picked, placed, strict=True))
    for k, fig in enumerate(figures):
        spot = where.get(k)
        if spot is None or (not _open(fig) and record is None):
            out.append(fig)
            continue
        i = fig.sentence_index
        siblings = grouped.get(i, []) + grouped.get(i - 1, [])[-1:]
        if i not in phrases:
            phrases[i] = vocabulary_in(spot.text)
        if not default:
            default.append(story_default("\n".join(sentences)))
        sig = signals(fig, spot, figure_default(fig, default[0]), phrases[i])
        if record is not None:
            record(fig, spot, sig, siblings)
        elif model is not None:
            fig = _chosen(fig, candidates(fig, spot, sig, siblings), model)
        out.append(fig)
    return out


def _open(fig: Figure) -> bool:
    """A figure the model decides: no metric from the rules, or only its unit's name."""
    return not fig.metric or weak_rule(fig)


def _chosen(fig: Figure, cands: Sequence[Candidate], model: Weights) -> Figure:
    if not cands:
        return fig
    best = max(cands, key=model.score)
    return replace(fig, metric=best.metric) if model.sure(best) else fig
