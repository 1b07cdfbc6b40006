"""Sequence decoding of line roles: Viterbi over the model's per-line role scores and the learned
role-to-role transitions, so a run of menu items or a comment thread comes out as one block and
a lone odd line inside the article does not break it."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def viterbi(
    emit: NDArray[np.float64], trans: NDArray[np.float64], start: NDArray[np.float64]
) -> list[int]:
    """The best role index per line. ``emit``: lines × roles log-scores; ``trans[a, b]``: the
    log-score of role b following role a; ``start``: log-scores of the first line's role."""
    n, k = emit.shape
    if n == 0:
        return []
    score = start + emit[0]
    back = np.zeros((n, k), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + trans  # previous role × this role
        back[i] = cand.argmax(axis=0)
        score = cand[back[i], np.arange(k)] + emit[i]
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]
