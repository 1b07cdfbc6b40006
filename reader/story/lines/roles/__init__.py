"""Line roles learned from data: features (``features``) → model (``model``) → sequence decoding
(``decode``). ``assign`` gives every non-blank line of a page its role and the model's score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from reader.story.lines.roles.decode import viterbi
from reader.story.lines.roles.features import NAMES, page_features
from reader.story.lines.roles.model import ROLES, current, log_probs

# A file of this many non-blank lines is read as a web page, which must hold some text: when
# fewer than MIN_BODY lines decode as body, the body role's log-score is raised by each of
# BODY_BIAS in turn until enough do.
PAGE_LINES = 30
MIN_BODY = 3
BODY_BIAS = (1.0, 2.0, 3.0)


@dataclass(frozen=True, slots=True)
class Role:
    """A line's decoded role, the model's probability for that role, for body text and for a
    headline."""

    role: str
    score: float
    body: float
    headline: float


def decode_page(
    lp: NDArray[np.float64], trans: NDArray[np.float64], start: NDArray[np.float64]
) -> list[int]:
    """The role path of a page's lines (``lp``: lines × roles log-probabilities, body first). A
    page holds an article: where the decode of a page of ``PAGE_LINES`` lines or more reads
    fewer than ``MIN_BODY`` lines as body (menus and lists around a short article), the body
    role is favoured step by step (``BODY_BIAS``) until that many do, or the steps run out."""
    path = viterbi(lp, trans, start)
    if len(path) < PAGE_LINES:
        return path
    for bias in BODY_BIAS:
        if path.count(0) >= MIN_BODY:
            break
        favoured = lp.copy()
        favoured[:, 0] += bias
        path = viterbi(favoured, trans, start)
    return path


def assign(texts: Sequence[str], rules: Sequence[str], gaps: Sequence[int]) -> list[Role]:
    """Roles for a page's non-blank lines (``rules``: their rule-classifier kinds, ``gaps``: the
    blank lines before each)."""
    if not texts:
        return []
    weights = current()
    if weights.features != NAMES:
        raise ValueError("role weights do not match the feature extractor; rebuild them")
    lp = log_probs(weights, page_features(texts, rules, gaps))
    path = decode_page(lp, weights.trans, weights.start)
    probs = np.exp(lp)
    return [
        Role(ROLES[r], float(probs[i, r]), float(probs[i, 0]), float(probs[i, 1]))
        for i, r in enumerate(path)
    ]
