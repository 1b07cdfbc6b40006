"""``python -m reader.eval.metric_split LABELS_DIR --history DIR --hold ROUND [--hold ...]``:
the learned metric on the newest rounds as if they were unseen (a time split).

Leave-one-round-out (``train_metric --folds``, ``metric_loro``) keeps today's rules, which
were tuned on every round; the closest thing to new text is the rounds written last, seen
through the rules of the day each was written (``labels/metric_history``). This eval fits the
weights of ``reader.figures.metric_model`` as ``train_metric`` does, on every set but the held
ones, then prints for each held set, in both views (``first``: the rules it first met;
``today``: today's rules):

- ``rules``: the share of matched figures whose metric the rules get right;
- ``learned``: the share with the fitted weights (the model decides the figures the rules
  left open, ``metric_model._open``);
- ``gap ceiling``: the share if every figure the model decides took a right candidate
  whenever it has one, the rest keeping the rules' call: what no guess threshold can beat;
- ``rerank ceiling``: the share if every figure whose candidates hold a right one took it:
  what a model that re-chose the rules' metric too could reach at most.

The two ceilings bound what work on the model's threshold or on re-ranking can give; the gap
between them and 1 is what its candidates never offer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.eval.train_metric import (
    Example,
    _rule_none,
    fit,
    gaps,
    guess_threshold,
    predict_right,
    read_views,
)


def ceilings(examples: Sequence[Example]) -> tuple[int, int]:
    """How many examples could be right at most: when every figure the model decides took a
    right candidate where it has one (the others keep the rules' call), and when every figure
    did (module doc)."""
    gap = sum(e.rule_right or (_rule_none(e) and any(e.right)) for e in examples)
    rerank = sum(e.rule_right or any(e.right) for e in examples)
    return gap, rerank


Row = tuple[int, int, int, int, int]  # matched, rules right, learned right, gap, rerank


def time_split(
    today: dict[str, list[Example]],
    first: dict[str, list[Example]],
    held: Sequence[str],
    l2: float = 0.01,
) -> dict[tuple[str, str], Row]:
    """Weights fitted on every set but ``held``; per (view, held set) the counts of the
    module doc, and per view the held sets pooled (``"pooled"``)."""
    train = gaps([e for ex in (today, first) for o, v in ex.items() if o not in held for e in v])
    weights = fit(train, l2)
    guess = guess_threshold(train, weights)
    out: dict[tuple[str, str], Row] = {}
    for view, sets in (("first", first), ("today", today)):
        pooled = (0, 0, 0, 0, 0)
        for name in held:
            ex = sets.get(name, [])
            right = sum(e.rule_right for e in ex)
            row = (len(ex), right, predict_right(ex, weights, guess), *ceilings(ex))
            out[(view, name)] = row
            pooled = (
                pooled[0] + row[0],
                pooled[1] + row[1],
                pooled[2] + row[2],
                pooled[3] + row[3],
                pooled[4] + row[4],
            )
        out[(view, "pooled")] = pooled
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.metric_split")
    parser.add_argument("labels", type=Path, help="directory holding attrib*/labels.jsonl")
    parser.add_argument("--history", type=Path, help="labels/metric_history")
    parser.add_argument("--hold", action="append", required=True, help="a set to hold out")
    parser.add_argument("--l2", type=float, default=0.01)
    args = parser.parse_args(argv)
    views = read_views(args.labels, args.history)
    if views is None:
        return 2
    today, first = views
    unknown = [h for h in args.hold if h not in today]
    if unknown:
        print(f"error: no such set: {', '.join(unknown)}", file=sys.stderr)
        return 2
    print(f"{'view':<6} {'held':<12} {'n':>4} {'rules':>6} {'learned':>8} {'gap ceiling':>11}"
          f" {'rerank ceiling':>14}")  # fmt: skip
    for (view, name), row in time_split(today, first, args.hold, args.l2).items():
        n = row[0]
        shares = [f"{(r / n if n else float('nan')):.3f}" for r in row[1:]]
        print(f"{view:<6} {name:<12} {n:>4} {shares[0]:>6} {shares[1]:>8} {shares[2]:>11}"
              f" {shares[3]:>14}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
