"""Boundary-scorer examples from the hand-written DEVELOPMENT pastes (issue 13).

Every paragraph gap of every file of a development paste set (``reader/eval/labels/pastes/``,
format in ``reader.eval.hand_pastes``) is one example, labelled from the set's ``truth.jsonl``:
a paragraph begins a new story when its first line is at or after the next story's first block
line (its headline, a stamp above it, or its first body line). The files go through the real
reader, line classifier and paragraph assembly, as ``newsdesk stories`` reads them.

Only the sets named in DEV_PASTES can be read: a set held out (``paste6``, anything under
``held_out/``) is refused by name before any of its files is opened, so no trainer can fit on
it by mistake. ``python -m reader.eval.train_boundary`` adds these rows (``--paste-copies``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

PASTES = Path(__file__).resolve().parent / "labels" / "pastes"
# The development sets, the only ones read (README there); paste6 is held out.
DEV_PASTES: tuple[str, ...] = (
    "paste5",
    "paste10",
    "paste14",
    "paste16",
    "paste17",
    "paste18",
    "paste19",
    "paste20",
    "paste21",
    "paste22",
    "paste23",
    "paste24",
    "paste25",
    "paste26",
    "paste27",
    "paste28",
    "paste29",
    "paste30",
    "paste31",
    "paste32",
)


def dev_sets(names: Sequence[str]) -> list[str]:
    """``names`` checked against DEV_PASTES (ValueError for any other: held out or unknown)."""
    bad = [n for n in names if n not in DEV_PASTES]
    if bad:
        raise ValueError(f"not a development paste set: {bad[0]!r} (sets: {', '.join(DEV_PASTES)})")
    return list(names)


def file_examples(path: Path, block_lines: Sequence[int]) -> tuple[list[list[float]], list[float]]:
    """Feature rows and 0/1 labels (a story starts) of every paragraph gap of one file whose
    stories begin at the 1-based ``block_lines``."""
    from reader.pipeline import read_document
    from reader.story.assemble import paragraphs_of
    from reader.story.boundary.features import boundary_features
    from reader.story.lines.classify import classify_lines

    doc = read_document(str(path))
    if not hasattr(doc, "lines"):
        return [], []
    paras, _ = paragraphs_of(classify_lines(doc.lines))
    if len(paras) < 2:
        return [], []
    starts = sorted(block_lines)
    story = [bisect_right(starts, p.first) for p in paras]
    feats = boundary_features(paras)
    rows = [list(feats[i]) for i in range(1, len(paras))]
    labels = [float(story[i] != story[i - 1]) for i in range(1, len(paras))]
    return rows, labels


def paste_examples(
    names: Sequence[str], root: Path = PASTES
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Feature rows and labels of every gap of every file of the development sets ``names``."""
    from reader.eval.hand_pastes import read_truth

    rows: list[list[float]] = []
    labels: list[float] = []
    for name in dev_sets(names):
        folder = root / name
        for truth in read_truth(folder):
            r, y = file_examples(folder / truth.file, truth.block_lines)
            rows += r
            labels += y
    if not rows:
        from reader.story.boundary.features import FEATURES

        return np.zeros((0, len(FEATURES))), np.zeros(0)
    return np.asarray(rows, dtype=np.float64), np.asarray(labels, dtype=np.float64)
