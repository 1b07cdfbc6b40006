"""``python -m reader.eval.metric_loro [LABELS_DIR] [--history DIR]``: metric right on each
attribution round as if it were new text.

Today's rules were tuned on every ``attrib*`` round, so scoring a round with them is in
domain. New text differs from the rounds mostly in its words: each new round names measures
no earlier round named. This eval holds each round out in turn and, for it:

- takes out of the metric vocabulary (``reader.figures.vocabulary``) every phrase whose
  measure only that round's labels name ("its own names": folded as the attribution eval
  folds them, singular and plural alike, synonyms as one), as if no one had met them yet;
- fits the learned metric (``train_metric``) on the other rounds only (today's rules and,
  with ``--history``, the rules each round first met);
- runs today's whole extractor on the round's stories and scores the metric as
  ``python -m reader.eval attribution`` does.

It prints, per round, the share of matched figures whose metric is right with the full
vocabulary (in domain) and without the round's own names (out of domain), and the mean of
each. Other rules tuned on the round (sentence shapes, classes) stay: this is an upper bound
of the out-of-domain figure, closer to it than the in-domain one.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from reader.eval import train_metric
from reader.eval.attrib_rules import canonical, singular
from reader.eval.attribution import Score, Truth, by_file, load_all, score_story, story_of


def fold(metric: str) -> str:
    """A metric as the scorer reads it: case, synonyms and number folded."""
    return " ".join(singular(w) for w in canonical(metric).split())


def own_names(rounds: dict[str, list[Truth]]) -> dict[str, set[str]]:
    """Each round's metric names that no other round's labels use (folded)."""
    names = {r: {fold(t.metric) for t in ts if t.metric} for r, ts in rounds.items()}
    return {
        r: mine - set().union(*(n for o, n in names.items() if o != r)) for r, mine in names.items()
    }


@contextmanager
def without_names(names: set[str]) -> Iterator[int]:
    """The metric vocabulary without the phrases naming ``names`` (module doc), restored on
    exit; yields how many phrases were taken out."""
    import reader.figures.metric_model as model
    import reader.figures.vocabulary as vocab

    kept = [(p, m) for p, m in vocab.METRICS if fold(m) not in names and fold(p) not in names]
    gone = {p.lower() for p, _ in vocab.METRICS} - {p.lower() for p, _ in kept}
    pattern = re.compile(r"\b(" + vocab._trie([p.lower() for p, _ in kept]) + r")\b", re.I)
    old_re, old_lower, old_known = vocab.METRIC_RE, vocab._METRIC_LOWER, model._KNOWN
    removed = {p: vocab.METRIC_OF.pop(p) for p in gone if p in vocab.METRIC_OF}
    holders = [m for n, m in list(sys.modules.items()) if n.startswith("reader.") and m]
    patched = [m for m in holders if getattr(m, "METRIC_RE", None) is old_re]
    for m in patched:
        m.METRIC_RE = pattern  # type: ignore[attr-defined]
    vocab._METRIC_LOWER = re.compile(pattern.pattern)
    model._KNOWN = frozenset(m.lower() for m in vocab.METRIC_OF.values())
    try:
        yield len(gone)
    finally:
        vocab.METRIC_OF.update(removed)
        for m in patched:
            m.METRIC_RE = old_re  # type: ignore[attr-defined]
        vocab._METRIC_LOWER, model._KNOWN = old_lower, old_known


@contextmanager
def fitted_on(examples: Sequence[train_metric.Example], l2: float) -> Iterator[None]:
    """The learned metric's weights fitted on ``examples`` in place of the shipped ones."""
    import reader.figures.metric_model as model

    gaps = train_metric.gaps(examples)
    weights = train_metric.fit(gaps, l2)
    chosen = model.Weights(weights, train_metric.guess_threshold(gaps, weights))
    shipped = model.load_weights
    model.load_weights = lambda path=model.WEIGHTS: chosen  # type: ignore[assignment]
    try:
        yield
    finally:
        model.load_weights = shipped


def metric_share(labels: Path, truths: Sequence[Truth], misses: bool = False) -> tuple[int, int]:
    """Matched figures and those whose metric is right, for one round's stories (printing
    each figure whose metric is wrong when ``misses``)."""
    from reader.figures import extract_figures

    score = Score()
    for name, items in sorted(by_file(truths).items()):
        title, paragraphs = story_of(labels.parent / name)
        with contextlib.redirect_stdout(sys.stdout if misses else io.StringIO()):
            score_story(name, items, [], extract_figures(paragraphs, title=title), score, misses)
    return score.metric.right, score.metric.total


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.metric_loro")
    parser.add_argument("labels", type=Path, nargs="?", default=Path(__file__).with_name("labels"))
    parser.add_argument("--history", type=Path, help="labels/metric_history (train_metric)")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--misses", action="store_true", help="print the out-of-domain misses")
    args = parser.parse_args(argv)
    views = train_metric.read_views(args.labels, args.history)
    if views is None:
        return 2
    today, first = views
    files = sorted(args.labels.glob("attrib*/labels.jsonl"))
    rounds = {f.parent.name: load_all(f)[0] for f in files}  # read above: no error left
    own = own_names(rounds)
    print(f"{'held out':<12} {'n':>4} {'own names':>9} {'phrases out':>11} {'in domain':>9}"
          f" {'held out':>8}")  # fmt: skip
    shares: list[tuple[float, float]] = []
    for labels in files:
        name = labels.parent.name
        others = [e for ex in (today, first) for o, v in ex.items() if o != name for e in v]
        with fitted_on(others, args.l2):
            right_in, n = metric_share(labels, rounds[name])
            with without_names(own[name]) as gone:
                right_out, _ = metric_share(labels, rounds[name], args.misses)
        shares.append((right_in / n if n else 0.0, right_out / n if n else 0.0))
        print(f"{name:<12} {n:>4} {len(own[name]):>9} {gone:>11} {shares[-1][0]:>9.3f}"
              f" {shares[-1][1]:>8.3f}")  # fmt: skip
    mean_in = sum(s[0] for s in shares) / len(shares)
    mean_out = sum(s[1] for s in shares) / len(shares)
    print(f"{'mean':<12} {'':>4} {'':>9} {'':>11} {mean_in:>9.3f} {mean_out:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
