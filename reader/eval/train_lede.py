"""``python -m reader.eval.train_lede [LABELS_DIR] [--out FILE] [--check]``.

Fits the lede-wording model (``reader.story.boundary.lede_words``) and writes its weights
(default: the shipped ``reader/story/boundary/lede_words.json``), deterministically.

Examples: the hand-written articles in the repository's label sets, read as the pipeline reads
them (line roles and paragraph assembly; no story splitting, so the examples do not depend on
the boundary weights this model feeds): every development ``singles*`` file and every
development paste (``pastes/paste*`` but HELD_OUT): the paragraphs its ``truth.jsonl`` starts
open are ledes, every other body paragraph of the file (furniture kept as body included) is
not; and every ``attrib*`` round's story (its first body paragraph of 12 words or more against
the rest). Held-out sets (``labels/held_out``, ``paste6``) are never read. The boundary weights
are fitted on BBC articles, which this model never sees, so the boundary scorer learns how far
to trust it on text it was not fitted on; the held-out pastes measure the two together.

Model: logistic regression over the named features (those in at least MIN_DF paragraphs),
with an L2 penalty, fitted by full-batch Adam in numpy for a fixed number of steps from zero.
``--check`` prints the area under the ROC curve fitted on one source and measured on another
(singles -> attrib rounds, attrib -> singles, singles and attrib -> pastes).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from briefing.output import write_atomic
from reader.eval.hand_pastes import _norm, found, read_truth
from reader.story.boundary.lede_words import WEIGHTS, features

LABELS = Path(__file__).with_name("labels")
MIN_DF = 5
L2 = 5.0
STEPS = 400
RATE = 0.1
LEDE_WORDS = 12
COMMAND = "python -m reader.eval.train_lede"
# hand-written sets kept beside the development ones but held out (labels/pastes/README.md)
HELD_OUT = frozenset({"paste6"})
# development sets written after the shipped weights were fitted (session 69, to study what the
# held-out waves miss): the next refit of the lede, boundary and file-judgement weights, which
# moves every story figure, takes them in; until then the shipped file rebuilds byte for byte
NOT_YET = frozenset(
    {
        "paste126", "paste127", "paste129", "paste130", "paste132", "paste133", "paste135",
        "paste136", "attrib_a126", "attrib_a127",
    }
)  # fmt: skip

Example = tuple[str, int]  # a paragraph's text, 1 if it opens its article


def _paragraphs(path: Path) -> list[str]:
    from reader.pipeline import read_document
    from reader.story.assemble import paragraphs_of
    from reader.story.lines.classify import classify_lines
    from reader.story.unwrap import unwrap

    doc = read_document(str(path))
    if not hasattr(doc, "lines"):
        return []
    paras, _ = paragraphs_of(classify_lines(unwrap(doc.lines).lines))
    return [_norm(p.text) for p in paras]


def _truth_examples(folder: Path) -> list[Example]:
    out: list[Example] = []
    for truth in read_truth(folder):
        paras = _paragraphs(folder / truth.file)
        # each start's paragraph: the first whose text opens with it (none: -1, marks nothing)
        ledes = {
            next((i for i, p in enumerate(paras) if found(start, [p])), -1)
            for start in truth.starts
        }
        out += [(p, int(i in ledes)) for i, p in enumerate(paras)]
    return out


def _story_examples(folder: Path) -> list[Example]:
    out: list[Example] = []
    for path in sorted(folder.glob("*.txt")):
        paras = _paragraphs(path)
        lede = next((i for i, p in enumerate(paras) if len(p.split()) >= LEDE_WORDS), -1)
        out += [(p, int(i == lede)) for i, p in enumerate(paras)]
    return out


def examples(labels: Path, source: str) -> list[Example]:
    """``singles``, ``attrib`` or ``pastes``."""
    if source == "singles":
        return [e for d in sorted(labels.glob("singles*")) for e in _truth_examples(d)]
    if source == "attrib":
        rounds = [d for d in sorted(labels.glob("attrib*")) if d.name not in NOT_YET]
        return [e for d in rounds for e in _story_examples(d)]
    sets = [
        d for d in sorted((labels / "pastes").glob("paste*")) if d.name not in HELD_OUT | NOT_YET
    ]
    return [e for d in sets for e in _truth_examples(d)]


def fit(data: Sequence[Example]) -> dict[str, float]:
    sets = [set(features(text)) for text, _ in data]
    df = Counter(f for s in sets for f in s)
    names = sorted(f for f, c in df.items() if c >= MIN_DF)
    index = {f: i for i, f in enumerate(names)}
    pairs = [(r, index[f]) for r, s in enumerate(sets) for f in sorted(s) if f in index]
    rows = np.array([r for r, _ in pairs], dtype=np.int64)
    cols = np.array([c for _, c in pairs], dtype=np.int64)
    y = np.array([label for _, label in data], dtype=np.float64)
    n, d = len(y), len(names)
    w, m, v = np.zeros(d), np.zeros(d), np.zeros(d)
    for step in range(1, STEPS + 1):
        z = np.bincount(rows, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-z))
        g = np.bincount(cols, weights=(p - y)[rows], minlength=d) / n + L2 * w / n
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {f: round(float(x), 4) for f, x in zip(names, w, strict=True) if abs(x) >= 5e-4}


def score(weights: dict[str, float], text: str) -> float:
    return sum(weights.get(f, 0.0) for f in set(features(text)))


def auc(weights: dict[str, float], data: Sequence[Example]) -> float:
    scores = np.array([score(weights, t) for t, _ in data])
    ys = np.array([y for _, y in data])[np.argsort(scores, kind="stable")]
    pos = int(ys.sum())
    neg = len(ys) - pos
    ranks = np.arange(1, len(ys) + 1)
    return float((ranks[ys == 1].sum() - pos * (pos + 1) / 2) / max(1, pos * neg))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m reader.eval.train_lede")
    ap.add_argument("labels", nargs="?", type=Path, default=LABELS)
    ap.add_argument("--out", default=str(WEIGHTS))
    ap.add_argument("--check", action="store_true", help="out-of-source AUC (see module doc)")
    args = ap.parse_args(argv)
    singles, attrib = examples(args.labels, "singles"), examples(args.labels, "attrib")
    if not singles or not attrib:
        print(f"error: no label sets under {args.labels}", file=sys.stderr)
        return 2
    pastes = examples(args.labels, "pastes")
    if args.check:
        for name, train, test in (("singles -> attrib", singles, attrib),
                                  ("attrib -> singles", attrib, singles)):  # fmt: skip
            print(f"{name}: AUC {auc(fit(train), test):.3f}")
        print(f"singles + attrib -> dev pastes: AUC {auc(fit(singles + attrib), pastes):.3f}")
    weights = fit(singles + attrib + pastes)
    ledes = sum(y for _, y in singles + attrib + pastes)
    paragraphs = len(singles) + len(attrib) + len(pastes)
    doc = {"command": COMMAND, "examples": {"paragraphs": paragraphs, "ledes": ledes},
           "weights": weights}  # fmt: skip
    write_atomic(args.out, json.dumps(doc, indent=0, sort_keys=True) + "\n")
    print(f"{len(weights)} weights from {paragraphs} paragraphs -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
