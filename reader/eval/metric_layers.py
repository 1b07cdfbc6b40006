"""``python -m reader.eval.metric_layers LABELS.jsonl ...``: which layer gave each matched
figure's metric, and how often each is right.

The metric comes from the rules (``context``, ``refine``, ``premodified`` and the other
passes) or, for a figure the rules leave open (``metric_model._open``), from the learned
model. This eval extracts every story twice, with the shipped weights and with none (rules
only), and counts per round, as ``python -m reader.eval attribution`` scores them:

- ``rules``: figures whose metric the rules gave (the model left it as it was), right / wrong;
- ``model``: figures whose metric the model gave or replaced, right / wrong;
- ``none``: figures left without a metric.

A model that speaks on a handful of figures cannot be what separates one round's score from
another's; the rules' wrong calls and the figures left open are where the misses are.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from reader.eval.metric_misses import Row, rows_of

Layers = tuple[int, int, int, int, int, int]  # matched, rules right/wrong, model right/wrong, none


@contextmanager
def rules_only() -> Iterator[None]:
    """Extraction with no learned weights (the rules' metrics alone), restored on exit."""
    import reader.figures.metric_model as model

    shipped = model.load_weights
    model.load_weights = lambda path=model.WEIGHTS: None  # type: ignore[assignment]
    try:
        yield
    finally:
        model.load_weights = shipped


def layers(full: Sequence[Row], rules: Sequence[Row]) -> Layers:
    """The counts of the module doc from one round's rows with the model (``full``) and
    without it (``rules``), paired by file, surface and label."""
    said = {(r.file, r.surface, r.label): r.found for r in rules}
    rr = rw = mr = mw = none = 0
    for r in full:
        if not r.found:
            none += 1
        elif said.get((r.file, r.surface, r.label), r.found) == r.found:
            rr, rw = rr + r.right, rw + (not r.right)
        else:
            mr, mw = mr + r.right, mw + (not r.right)
    return len(full), rr, rw, mr, mw, none


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.metric_layers")
    parser.add_argument("labels", type=Path, nargs="+")
    args = parser.parse_args(argv)
    print(f"{'round':<12} {'n':>4} {'rules right':>11} {'rules wrong':>11} {'model right':>11}"
          f" {'model wrong':>11} {'none':>5}")  # fmt: skip
    total = [0] * 6
    for labels in args.labels:
        try:
            full = rows_of(labels)
            with rules_only():
                rules = rows_of(labels)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        row = layers(full, rules)
        total = [a + b for a, b in zip(total, row, strict=True)]
        _print(labels.parent.name, row)
    if len(args.labels) > 1:
        _print("pooled", total)
    return 0


def _print(name: str, row: Sequence[int]) -> None:
    n, *counts = row
    print(f"{name:<12} {n:>4} " + " ".join(f"{c:>11}" for c in counts[:4]) + f" {counts[4]:>5}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
