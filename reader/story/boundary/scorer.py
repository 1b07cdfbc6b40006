"""The learned boundary scorer: how likely a new story starts at each paragraph.

A logistic model over ``features.boundary_features``, its weights fitted on generated
concatenations of development articles (``python -m reader.eval.train_boundary BBC_DIR``
rebuilds ``weights.json``; nothing is hand-set). The probability becomes the cue the
segmentation search weighs against lexical cost (``cue = 2p - 1``: a likely start lowers the
price of a boundary, an unlikely one raises it), and the largest feature contributions are the
reasons ``newsdesk stories --explain`` prints.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from reader.story.boundary import filekind
from reader.story.boundary.features import FEATURES, boundary_features
from reader.story.boundary.filekind import judged_several
from reader.story.boundary.head_block import junk_inside, one_head_block, own_sections, titled_once
from reader.story.lines.shape import ends_sentence
from reader.story.paragraph import Paragraph

WEIGHTS_FILE = "weights.json"
CLIP = 3.0
# Read only where the odds decide (a file judged to hold several articles, ``filekind``): a
# lede's tense tells one brief from the next, but in an article the lexical search keeps whole
# a mid-article "X has …" sentence on a line of its own reads the same, and there it only
# splits (with it in the cues, BBC articles written a sentence a line, lower-cased, lost 199 →
# 195 of 200 whole, CNN/DailyMail 49 → 48 of 50).
ODDS_ONLY: tuple[str, ...] = ("news_tense",)


@dataclass(frozen=True, slots=True)
class Weights:
    """A fitted logistic model: features are standardised with mean/scale, then weighed."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    # added to the log-odds before decoding: chosen by the trainer so the segmentation search
    # gives the right story count most often on the training files (the probabilities are
    # per gap; the search decides jointly, and misses cost more than its prior assumes)
    shift: float = 0.0
    # added on top in files of short paragraphs, times the file's gate (the row's
    # ``short_bias``, ``lede.short_gate``): chosen by the trainer on short files drawn from
    # articles the fit did not see (``boundary_decoding.choose_short_decoding``)
    short_shift: float = 0.0
    # files whose gate is at least ``short_from`` are decoded by the scorer alone, every story
    # at least ``short_min`` paragraphs (``decode.cut_by_odds``; 0: never, the lexical search
    # decides): both chosen by the trainer on generated short files
    # (``boundary_decoding.choose_short_decoding``)
    short_min: int = 0
    short_from: float = 1.0
    # which feature is the bias (not standardised), worked out once
    _is_bias: tuple[bool, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_is_bias", tuple(name == "bias" for name in self.features))

    def contributions(self, row: Sequence[float]) -> list[float]:
        """Each feature's share of the log-odds; standardised values are clipped to ±CLIP so a
        line unlike any in training (a one-word menu item) cannot dominate."""
        if len(row) != len(self.features):
            raise ValueError(f"{len(row)} features for {len(self.features)} weights")
        return [
            w * (1.0 if bias else max(-CLIP, min(CLIP, (x - m) / s)))
            for bias, x, m, s, w in zip(
                self._is_bias, row, self.mean, self.scale, self.weights, strict=False
            )
        ]

    def without(self, names: Sequence[str]) -> Weights:
        """These weights with the features ``names`` weighing nothing (their contribution 0,
        as at their training mean)."""
        drop = set(names)
        pairs = zip(self.features, self.weights, strict=True)
        kept = tuple(0.0 if f in drop else w for f, w in pairs)
        return replace(self, weights=kept)

    def to_json(self, **meta: object) -> str:
        data = {
            **meta,
            "features": list(self.features),
            "mean": [round(v, 6) for v in self.mean],
            "scale": [round(v, 6) for v in self.scale],
            "weights": [round(v, 6) for v in self.weights],
            "shift": self.shift,
            "short_shift": self.short_shift,
            "short_min": self.short_min,
            "short_from": self.short_from,
        }
        return json.dumps(data, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Weights:
        data = json.loads(text)
        w = cls(
            features=tuple(data["features"]),
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            weights=tuple(float(v) for v in data["weights"]),
            shift=float(data.get("shift", 0.0)),
            short_shift=float(data.get("short_shift", 0.0)),
            short_min=int(data.get("short_min", 0)),
            short_from=float(data.get("short_from", 1.0)),
        )
        if w.features != FEATURES:
            raise ValueError(f"{WEIGHTS_FILE} was fitted on other features; rebuild it")
        return w


@lru_cache(maxsize=1)
def shipped() -> Weights:
    """The weights shipped in the package."""
    text = resources.files("reader.story.boundary").joinpath(WEIGHTS_FILE).read_text("utf-8")
    return Weights.from_json(text)


_override: list[Weights] = []


def use_weights(weights: Weights | None) -> None:
    """Score with ``weights`` instead of the shipped ones (None: back to shipped); used by
    the training command to measure a model fitted without the held-out category."""
    _override.clear()
    if weights is not None:
        _override.append(weights)


def use_weights_file(path: str | None) -> str | None:
    """Score with the weights in the file at ``path`` (None: the shipped ones); returns a
    one-line error when the file cannot be read as weights, else None (the evaluations'
    ``--weights FILE``, to measure weights fitted with a category held out)."""
    if path is None:
        use_weights(None)
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            use_weights(Weights.from_json(fh.read()))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"cannot read boundary weights {path}: {exc}"
    return None


def current() -> Weights:
    return _override[0] if _override else shipped()


@dataclass(frozen=True, slots=True)
class Score:
    """The probability that a story starts at a paragraph, and the features behind it."""

    p: float
    # each feature's contribution to the log-odds, in FEATURES order (bias included)
    parts: tuple[float, ...] = ()
    features: tuple[str, ...] = ()

    @property
    def reasons(self) -> tuple[tuple[str, float], ...]:
        """(feature, contribution to the log-odds), largest first, the bias left out (sorted
        only when asked: the segmentation search needs the cue alone)."""
        named = [(n, c) for n, c in zip(self.features, self.parts, strict=True) if n != "bias"]
        return tuple(sorted(named, key=lambda nc: -abs(nc[1])))

    @property
    def cue(self) -> float:
        return 2.0 * self.p - 1.0

    @property
    def log_odds(self) -> float:
        p = min(max(self.p, 1e-6), 1.0 - 1e-6)
        return math.log(p / (1.0 - p))

    def why(self, top: int = 3) -> str:
        parts = [f"{name} {c:+.1f}" for name, c in self.reasons[:top]]
        return f"boundary p={self.p:.2f} (log-odds for it: " + ", ".join(parts) + ")"


def score_rows(rows: Sequence[Sequence[float]], weights: Weights | None = None) -> list[Score]:
    w = weights or current()
    gate = w.features.index("short_bias") if "short_bias" in w.features else -1
    out: list[Score] = []
    for k, (row, parts) in enumerate(zip(rows, _file_contributions(w, rows), strict=True)):
        if k == 0:
            out.append(Score(1.0))
            continue
        z = sum(parts) + w.shift + (w.short_shift * row[gate] if gate >= 0 else 0.0)
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        out.append(Score(p, tuple(parts), w.features))
    return out


def _file_contributions(w: Weights, rows: Sequence[Sequence[float]]) -> list[list[float]]:
    """``w.contributions`` of every row (row 0, which opens the file, is not scored: none
    for it), computed for the whole file at once: the same products, value for value (a
    standardised value is clipped as ``contributions`` clips it, NaN to +CLIP as ``min``
    and ``max`` leave it)."""
    if len(rows) < 2:
        return [[] for _ in rows]
    import numpy as np

    if any(len(row) != len(w.features) for row in rows[1:]):
        bad = next(len(row) for row in rows[1:] if len(row) != len(w.features))
        raise ValueError(f"{bad} features for {len(w.features)} weights")
    x = np.array(rows[1:], dtype=np.float64)
    bias = np.array(w._is_bias)
    scale = np.where(bias, 1.0, np.array(w.scale))  # (the bias is not standardised)
    std = (x - np.array(w.mean)) / scale
    std[np.isnan(std)] = CLIP
    std = np.minimum(CLIP, std)
    std = np.maximum(-CLIP, std)
    std[:, bias] = 1.0
    parts: list[list[float]] = (std * np.array(w.weights)).tolist()
    return [[], *parts]


def boundary_scores(paras: Sequence[Paragraph]) -> list[Score]:
    """One score per paragraph (paragraph 0 opens the file: p = 1)."""
    return score_rows(boundary_features(paras))


def scores_and_shortest(paras: Sequence[Paragraph]) -> tuple[list[Score], int]:
    """``boundary_scores``, and the shortest story (in paragraphs) when the file is one of
    short paragraphs to be decoded by the scores alone (``decode.cut_by_odds``), else 0. Short
    paragraphs most of which are not sentences (a menu the line roles kept) are no pasted items:
    the lexical search decides there. A file the judgement (``filekind``) reads as one article
    gives the lexical search cues without the ``ODDS_ONLY`` features; with the judgement off
    (the boundary trainer's decoding) every file is cued as before the judgement existed."""
    rows = boundary_features(paras)
    w = current()
    if one_head_block(paras):
        own_sections(paras, rows, w.features)
        junk_inside(paras, rows, w.features)
    elif titled_once(paras):
        own_sections(paras, rows, w.features, whole=False)
    gate = w.features.index("short_bias")
    short = w.short_min if len(rows) > 1 and rows[1][gate] >= w.short_from else 0
    lexical = w.without(ODDS_ONLY) if filekind.current().threshold <= 1.0 else w
    if 2 * sum(ends_sentence(p.text) for p in paras) <= len(paras):
        return score_rows(rows, lexical), 0
    scores = score_rows(rows, w)
    if short:
        return scores, short
    if judged_several(paras, rows, [s.log_odds for s in scores]):
        # judged to hold several articles (``filekind``): decoded by the odds, shifted
        kind = filekind.current()
        return score_rows(rows, replace(w, shift=w.shift + kind.shift)), kind.shortest
    # the lexical search decides, with the odds as its cues
    return score_rows(rows, lexical), 0
