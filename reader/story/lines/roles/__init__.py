"""Line roles learned from data: features (``features``) → model (``model``) → sequence decoding
(``decode``). ``assign`` gives every non-blank line of a page its role and the model's score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader.story.lines.roles.decode import viterbi
from reader.story.lines.roles.features import NAMES, page_features
from reader.story.lines.roles.model import ROLES, current, log_probs


@dataclass(frozen=True, slots=True)
class Role:
    """A line's decoded role, the model's probability for that role, for body text and for a
    headline."""

    role: str
    score: float
    body: float
    headline: float


def assign(texts: Sequence[str], rules: Sequence[str], gaps: Sequence[int]) -> list[Role]:
    """Roles for a page's non-blank lines (``rules``: their rule-classifier kinds, ``gaps``: the
    blank lines before each)."""
    if not texts:
        return []
    weights = current()
    if weights.features != NAMES:
        raise ValueError("role weights do not match the feature extractor; rebuild them")
    lp = log_probs(weights, page_features(texts, rules, gaps))
    path = viterbi(lp, weights.trans, weights.start)
    probs = np.exp(lp)
    return [
        Role(ROLES[r], float(probs[i, r]), float(probs[i, 0]), float(probs[i, 1]))
        for i, r in enumerate(path)
    ]
