"""What the boundary trainer prints of a fit (``reader.eval.train_boundary``): each kind's right
count and Pk on files drawn from held-back articles, the share of structured single articles
kept whole, the gap recall and false-start rate, and the pasted evaluation on one category.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from reader.eval import structured
from reader.eval.boundary_files import KINDS, generate
from reader.eval.concat import Article
from reader.story.boundary.features import FEATURES
from reader.story.boundary.scorer import CLIP, Weights


def held_back_scores(held: dict[str, list[Article]], seed: int, w: Weights, n: int) -> str:
    """Right-count share and Pk with ``w`` on ``n`` files of each kind (KINDS) drawn from the
    held-back articles (``hold_back``)."""
    from reader.eval.pasted import content_boundaries
    from reader.eval.segment import Scores, pk_wd
    from reader.story.boundary.scorer import use_weights

    files = generate(held, seed + 9, n)
    kinds = [KINDS[k % len(KINDS)] for k in range(len(files))]
    scores = {kind: Scores() for kind in KINDS}
    right = dict.fromkeys(KINDS, 0)
    use_weights(w)
    try:
        for kind, c in zip(kinds, files, strict=True):
            ref, hyp, n_lines, ok = content_boundaries(c)
            scores[kind].add(*pk_wd(ref, hyp, n_lines))
            right[kind] += ok
    finally:
        use_weights(None)
    return "\n".join(
        f"  {kind:<10} right {right[kind] / n:.3f}  Pk {sc.mean_pk:.4f}"
        for kind, sc in scores.items()
    )


def held_back_structured(held: dict[str, list[Article]], seed: int, w: Weights, n: int) -> str:
    """Share of ``n`` structured single articles (``structured.structured_files``) drawn from
    the held-back articles that ``w`` keeps whole."""
    from reader.eval.pasted import content_boundaries
    from reader.story.boundary.scorer import use_weights

    use_weights(w)
    try:
        whole = sum(
            content_boundaries(c)[3] for c in structured.structured_files(held, seed + 9, n)
        )
    finally:
        use_weights(None)
    return f"  {'structured':<10} whole {whole / n:.3f}"


def gap_accuracy(w: Weights, x: NDArray[np.float64], y: NDArray[np.float64]) -> tuple[float, float]:
    """(recall of true starts, false-start rate) at p > 0.5 on rows x."""
    z = np.clip((x - np.asarray(w.mean)) / np.asarray(w.scale), -CLIP, CLIP)
    z[:, FEATURES.index("bias")] = 1.0
    p = 1.0 / (1.0 + np.exp(-np.clip(z @ np.asarray(w.weights) + w.shift, -30, 30)))
    hit = p > 0.5
    pos = y == 1
    recall = float(hit[pos].mean()) if pos.any() else 0.0
    false = float(hit[~pos].mean()) if (~pos).any() else 0.0
    return recall, false


def pasted_scores(articles: dict[str, list[Article]], category: str, w: Weights) -> str:
    """The pasted evaluation (seed 13, 200 files) on one category with weights ``w``."""
    from reader.eval.pasted import build_files, content_boundaries
    from reader.eval.segment import Scores, pk_wd
    from reader.story.boundary.scorer import use_weights

    use_weights(w)
    try:
        scores = Scores()
        right = 0
        files = build_files(articles, 13, 200, category)
        for c in files:
            ref, hyp, n_lines, ok = content_boundaries(c)
            scores.add(*pk_wd(ref, hyp, n_lines))
            right += ok
    finally:
        use_weights(None)
    return f"Pk {scores.mean_pk:.4f} right {right / len(files):.3f}"
