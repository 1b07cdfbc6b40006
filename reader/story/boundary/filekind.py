"""One article or several? A file-level decision made before a file is cut into stories.

The boundary scorer's odds, decoded alone (``decode.cut_by_odds``), find the stories in a paste
of short items far better than the lexical search does, but in a single article written one
sentence a line they find stories too: a mid-article "X has …" sentence on a line of its own
reads as a lede. One pasted article is the commonest file a user has, so the odds decide only
in files a logistic model over the whole file judges to hold several articles: how many
strong cuts the odds give and how strong, how many lines read as headlines, bylines, stamps or
datelines, how many headings read as a headline's clause (``heading.is_clause``), whether the
names change for good across the strongest cut and between the file's halves, how far the
cohesion dips, how much the paragraph lengths vary. Other files keep the
lexical search. The model, the judgement's threshold, the shortest story and a log-odds shift
for the odds decoding are fitted on generated files (single BBC articles in every rendering
against pastes of 2-6 short articles in every layout) by
``python -m reader.eval.train_filekind BBC_DIR`` into ``filekind.json``; nothing is hand-set.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from reader.story.boundary.decode import cut_by_odds
from reader.story.boundary.features import FEATURES, JUNK_KINDS, META_KINDS, names_in
from reader.story.paragraph import Paragraph, one_sentence

MODEL_FILE = "filekind.json"
CLIP = 3.0
# A file of longer paragraphs (its gate under this; the judgement is fitted on files from 0.5
# on, ``train_filekind.GATE_FROM``) parted by sub-headings (this many or more) is one
# sectioned article, not judged: a long read with numbered sections or "Part one" heads has
# the strong cuts a paste has (without this, applied from gate 0: development singles 925 ->
# 922 of 974, held-out singles 26 -> 25 of 32; with it none lost, session 50)
SECTIONED_BELOW = 0.5
SECTIONED_HEADINGS = 2

FILE_FEATURES: tuple[str, ...] = (
    "bias",
    "paragraphs",  # log of the paragraph count
    "gate",  # the short-paragraph gate (lede.short_gate) of the file
    "one_sentence",  # share of paragraphs that are one sentence
    "cuts",  # log(1 + cuts the odds alone give, stories of 3+ paragraphs)
    "cut_odds",  # the mean log-odds at those cuts
    "cuts_short",  # log(1 + cuts with stories of 2+ paragraphs)
    "top_odds",  # the highest log-odds of any gap
    "second_odds",  # the second highest
    "likely",  # share of gaps with p > 0.5
    "titles",  # log(1 + paragraphs with a headline before them)
    "meta",  # log(1 + paragraphs with a byline, stamp or standfirst before them)
    "junk",  # log(1 + junk lines between paragraphs)
    "datelines",  # share of paragraphs opening with a dateline
    "names_carry",  # share of the names after the strongest cut that the text before used
    "halves_names",  # Jaccard overlap of the names of the file's two halves
    "cohesion_dip",  # the lowest cohesion relative to the file's usual
    "length_spread",  # standard deviation of the log paragraph lengths
    "lede_new",  # mean of the gated new-full-name lede feature over the gaps
    "clause_heads",  # log(1 + gaps under a heading that reads as a headline's clause)
)

_COL = {
    name: FEATURES.index(name)
    for name in ("dateline", "cohesion_rel", "full_name_new", "heading_clause")
}
_GATE = FEATURES.index("short_bias")


def _clip(v: float, lo: float = -8.0, hi: float = 8.0) -> float:
    return max(lo, min(hi, v))


def _names_carry(names: Sequence[frozenset[str]], log_odds: Sequence[float]) -> float:
    """Share of the names in the 3 paragraphs after the gap of highest log-odds that the text
    before it named (0.5 when there are none)."""
    at = max(range(1, len(log_odds)), key=lambda i: log_odds[i])
    before = frozenset().union(*names[:at])
    after = frozenset().union(*names[at : at + 3])
    return len(after & before) / len(after) if after else 0.5


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.5


def file_features(
    paras: Sequence[Paragraph], rows: Sequence[Sequence[float]], log_odds: Sequence[float]
) -> list[float]:
    """FILE_FEATURES of a file of at least two paragraphs, from its paragraphs, their boundary
    feature rows (``features.boundary_features``) and the scorer's log-odds at each."""
    n = len(paras)
    gaps = sorted(log_odds[1:], reverse=True)
    cuts = cut_by_odds(log_odds, 3)
    lengths = [max(1, len(p.text.split())) for p in paras]
    logs = [math.log(v) for v in lengths]
    mean_log = sum(logs) / n
    names = [names_in(p.text) for p in paras]
    half = n // 2
    heads = [ln.kind for p in paras for ln in p.head]
    between = [ln.kind for p in paras for ln in (*p.head, *p.trail)]
    return [
        1.0,
        math.log(n),
        rows[1][_GATE],
        sum(one_sentence(p.text) for p in paras) / n,
        math.log1p(len(cuts)),
        sum(_clip(log_odds[i]) for i in cuts) / len(cuts) if cuts else 0.0,
        math.log1p(len(cut_by_odds(log_odds, 2))),
        _clip(gaps[0]),
        _clip(gaps[1]) if len(gaps) > 1 else -8.0,
        sum(v > 0 for v in gaps) / len(gaps),
        math.log1p(sum(any(ln.kind == "title" for ln in p.head) for p in paras)),
        math.log1p(sum(k in META_KINDS for k in heads)),
        math.log1p(sum(k in JUNK_KINDS for k in between)),
        sum(r[_COL["dateline"]] for r in rows[1:]) / n,
        _names_carry(names, log_odds),
        _jaccard(frozenset().union(*names[:half]), frozenset().union(*names[half:])),
        min(r[_COL["cohesion_rel"]] for r in rows[1:]),
        math.sqrt(sum((v - mean_log) ** 2 for v in logs) / n),
        sum(r[_COL["full_name_new"]] for r in rows[1:]) / (n - 1),
        math.log1p(sum(r[_COL["heading_clause"]] for r in rows[1:])),
    ]


@dataclass(frozen=True, slots=True)
class FileModel:
    """A logistic model of "several articles" over standardised FILE_FEATURES, and how a file
    judged so is decoded: by the odds alone shifted by ``shift``, stories of ``shortest``+
    paragraphs. Only files whose gate reaches ``gate_from`` are judged."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    threshold: float = 2.0  # above 1: no file is judged several (the model is off)
    shortest: int = 3
    shift: float = 0.0
    gate_from: float = 0.5
    # what a story shorter than ``shortest`` (two paragraphs) costs the decoding, in log-odds
    # (``decode.cut_by_odds``; inf: none is cut)
    short_cost: float = math.inf

    def probability(self, row: Sequence[float]) -> float:
        z = sum(
            w * (1.0 if k == 0 else max(-CLIP, min(CLIP, (x - m) / s)))
            for k, (x, m, s, w) in enumerate(
                zip(row, self.mean, self.scale, self.weights, strict=True)
            )
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, **meta: object) -> str:
        data = {
            **meta,
            "features": list(FILE_FEATURES),
            "mean": [round(v, 6) for v in self.mean],
            "scale": [round(v, 6) for v in self.scale],
            "weights": [round(v, 6) for v in self.weights],
            "threshold": self.threshold,
            "shortest": self.shortest,
            "shift": self.shift,
            "gate_from": self.gate_from,
            **({"short_cost": self.short_cost} if self.short_cost < math.inf else {}),
        }
        return json.dumps(data, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> FileModel:
        data = json.loads(text)
        if tuple(data["features"]) != FILE_FEATURES:
            raise ValueError(f"{MODEL_FILE} was fitted on other features; rebuild it")
        return cls(
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            weights=tuple(float(v) for v in data["weights"]),
            threshold=float(data["threshold"]),
            shortest=int(data["shortest"]),
            shift=float(data["shift"]),
            gate_from=float(data["gate_from"]),
            short_cost=float(data.get("short_cost", math.inf)),
        )


@lru_cache(maxsize=1)
def shipped() -> FileModel:
    text = resources.files("reader.story.boundary").joinpath(MODEL_FILE).read_text("utf-8")
    return FileModel.from_json(text)


_override: list[FileModel] = []


def use_model(model: FileModel | None) -> None:
    """Judge files with ``model`` instead of the shipped one (None: back to shipped); used by
    the training command to measure candidate thresholds and decodings."""
    _override.clear()
    if model is not None:
        _override.append(model)


def current() -> FileModel:
    return _override[0] if _override else shipped()


def judged_several(
    paras: Sequence[Paragraph], rows: Sequence[Sequence[float]], log_odds: Sequence[float]
) -> bool:
    """Whether the file is judged to hold several articles (to be decoded by the odds)."""
    m = current()
    if m.threshold > 1.0 or len(paras) < 2 or rows[1][_GATE] < m.gate_from:
        return False
    if rows[1][_GATE] < SECTIONED_BELOW and _sectioned(paras):
        return False
    return m.probability(file_features(paras, rows, log_odds)) >= m.threshold


def _sectioned(paras: Sequence[Paragraph]) -> bool:
    """Whether sub-headings part the file's paragraphs (SECTIONED_HEADINGS or more)."""
    found = 0
    for p in paras[1:]:
        found += sum(1 for ln in p.head if ln.kind == "heading")
        if found >= SECTIONED_HEADINGS:
            return True
    return False
