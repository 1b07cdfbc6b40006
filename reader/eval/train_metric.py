"""``python -m reader.eval.train_metric LABELS_DIR [--history DIR] [--folds] [--out FILE]``.

Fits the weights of ``reader.figures.metric_model`` (which candidate metric a figure the
rules left without one measures) on every attribution label set under LABELS_DIR
(``attrib*/labels.jsonl``, matched and scored as ``python -m reader.eval attribution`` does:
a figure matched to its label, a metric right by ``attrib_rules.metric_right``), and writes
them as JSON (``--out``). Each set is seen through today's rules and, with ``--history``
(``labels/metric_history``), through the rules of the day it was written (out of domain,
as new text will meet today's rules).

The model is a conditional logit: a softmax over one figure's candidates, each scored by the
sum of its features' weights, fitted by full-batch gradient descent from zero with an L2
penalty, a fixed number of steps and features in sorted order, so the same labels give the
same weights. Only figures the rules left without a metric, or with a unit of measure as one
(``metric_model.weak_rule``), are fitted (the model decides nothing else); those none of whose
candidates is right teach nothing. The ``guess`` threshold is the least score at which guesses
gain (right ones outnumber wrong ones; replacing a unit name counts what it mends or spoils).

``--folds`` prints leave-one-round-out validation: for each label set, weights fitted on all
the other sets, and the metric-right share on the held-out set beside the rules' share, as
the rules first met it (out of domain) and as today's rules see it.

    python -m reader.eval.train_metric reader/eval/labels --history \
        reader/eval/labels/metric_history --folds --out reader/figures/metric_weights.json
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from briefing.output import write_atomic
from reader.eval.attrib_rules import metric_right
from reader.eval.attribution import Truth, by_file, load_all, matched, shown, story_of
from reader.figures.classes import noun_class
from reader.figures.inherit import figure_default, story_default
from reader.figures.metric_model import (
    RECORDER,
    TOLERANCE,
    Candidate,
    Signals,
    Spot,
    candidates,
    spots,
)
from reader.figures.refine import refined
from reader.model import Figure

_STEPS = 600
_RATE = 0.5


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled figure: its candidates' features, which are right, and the rules' call."""

    features: tuple[tuple[str, ...], ...]
    right: tuple[bool, ...]
    rule_right: bool


def _key(f: Figure) -> tuple[int, str, str, float, str | None]:
    return (f.sentence_index, f.surface, str(f.kind), f.value, f.unit)


def story_examples(path: Path, truths: Sequence[Truth]) -> list[Example]:
    """The examples of one labelled story: its figures extracted with the rules' metrics,
    matched to its labels as the attribution eval matches them."""
    from reader.figures import extract_figures

    seen: dict[tuple[int, str, str, float, str | None], Seen] = {}

    def record(fig: Figure, spot: Spot, sig: Signals, siblings: list[Figure]) -> None:
        seen.setdefault(_key(fig), _seen(fig, spot, sig, siblings))

    title, paragraphs = story_of(path)
    token = RECORDER.set(record)
    try:
        figures = extract_figures(paragraphs, title=title)
    finally:
        RECORDER.reset(token)
    return _examples(truths, figures, seen)


def history_examples(path: Path, truths: Sequence[Truth], record: dict[str, Any]) -> list[Example]:
    """The examples of one story as an earlier version of the rules saw it (``record``: a
    line of ``metric_history``)."""
    figures = [
        Figure(r["surface"], r["kind"], float(r["value"]), r["unit"], metric=r["metric"],
               sentence=r["sentence"], sentence_index=int(r["sentence_index"]))
        for r in record["figures"]
    ]  # fmt: skip
    sentences: dict[int, str] = {f.sentence_index: f.sentence for f in figures}
    text_of = [sentences.get(i, "") for i in range(max(sentences, default=-1) + 1)]
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence_index, []).append(f)
    _, paragraphs = story_of(path)
    default = story_default("\n".join(paragraphs))
    seen: dict[tuple[int, str, str, float, str | None], Seen] = {}
    for f, spot, r in zip(figures, spots(figures, text_of), record["figures"], strict=True):
        if spot is None:
            continue
        sig = Signals(
            rule=f.metric,
            story=figure_default(f, default) if f.kind == "money" else None,
            vocab=tuple((int(a), int(b), str(m)) for a, b, m in r.get("vocab", ())),
        )
        i = f.sentence_index
        siblings = by_sentence.get(i, []) + by_sentence.get(i - 1, [])[-1:]
        seen.setdefault(_key(f), _seen(f, spot, sig, siblings))
    return _examples(truths, figures, seen)


# a figure's candidates, and the rules' metric when refine.py makes it whole (then named by
# its class, as classes.py names it in the pipeline); None when it leaves it
Seen = tuple[list[Candidate], str | None]


def _seen(fig: Figure, spot: Spot, sig: Signals, siblings: list[Figure]) -> Seen:
    named = replace(fig, metric=noun_class(fig.metric))
    whole = refined(named, spot.text, spot.start, spot.end)
    return candidates(fig, spot, sig, siblings), None if whole == named.metric else noun_class(
        whole
    )


def _examples(
    truths: Sequence[Truth],
    figures: Sequence[Figure],
    seen: dict[tuple[int, str, str, float, str | None], Seen],
) -> list[Example]:
    """Labels matched to figures as the attribution eval matches them, as examples."""
    out: list[Example] = []
    for t, fig in matched(truths, figures)[0]:
        cands, whole = seen.get(_key(fig), ([], None))
        rule = fig.metric if whole is None else whole
        beside = shown(t, fig)  # (the same for every candidate: the figure's callout)
        out.append(
            Example(
                tuple(tuple(sorted(c.features)) for c in cands),
                tuple(metric_right(t.metric, c.metric, *beside) for c in cands),
                metric_right(t.metric, rule, *beside),
            )
        )
    return out


def _drop(e: Example, without: Sequence[str]) -> Example:
    """The example with the features naming any of ``without`` left out (ablations); a
    candidate left with no source feature is dropped."""
    keep = [
        (tuple(f for f in feats if not any(w in f for w in without)), ok)
        for feats, ok in zip(e.features, e.right, strict=True)
    ]
    keep = [(f, ok) for f, ok in keep if any(":" not in x and x not in _SHARED for x in f)]
    return Example(tuple(f for f, _ in keep), tuple(ok for _, ok in keep), e.rule_right)


_SHARED = frozenset(["bias", "multiword", "rule_none"])


def label_sets(root: Path, history: Path | None = None) -> dict[str, list[Example]]:
    """Every ``attrib*`` set under ``root``, by name, as examples."""
    sets: dict[str, list[Example]] = {}
    for labels in sorted(root.glob("attrib*/labels.jsonl")):
        truths, _ = load_all(labels)
        examples: list[Example] = []
        records: dict[str, dict[str, Any]] = {}
        if history is not None:
            lines = (history / f"{labels.parent.name}.jsonl").read_text(encoding="utf-8")
            records = {r["file"]: r for r in map(json.loads, lines.splitlines()) if r}
        for name, items in sorted(by_file(truths).items()):
            if history is not None:
                examples.extend(history_examples(labels.parent / name, items, records[name]))
            else:
                examples.extend(story_examples(labels.parent / name, items))
        sets[labels.parent.name] = examples
    return sets


def fit(examples: Sequence[Example], l2: float) -> dict[str, float]:
    """Weights maximising the log-likelihood of the right candidates (module doc)."""
    usable = [e for e in examples if any(e.right)]
    names = sorted({f for e in usable for feats in e.features for f in feats})
    index = {n: i for i, n in enumerate(names)}
    rows: list[np.ndarray] = []
    groups: list[int] = []
    target: list[float] = []
    for g, e in enumerate(usable):
        for feats, ok in zip(e.features, e.right, strict=True):
            row = np.zeros(len(names))
            row[[index[f] for f in feats]] = 1.0
            rows.append(row)
            groups.append(g)
            target.append(1.0 if ok else 0.0)
    if not rows:
        return {}
    x = np.vstack(rows)
    grp = np.asarray(groups)
    y = np.asarray(target)
    w = np.zeros(len(names))
    n = len(usable)
    for _ in range(_STEPS):
        s = x @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, grp, s)
        e = np.exp(s - top[grp])
        p = e / np.bincount(grp, weights=e, minlength=n)[grp]
        # the right candidates share the probability of being right: q = p / P(right)
        pr = e * y
        q = pr / np.maximum(np.bincount(grp, weights=pr, minlength=n)[grp], 1e-300)
        grad = x.T @ (p - q) / n + l2 * w
        w -= _RATE * grad
    return {name: round(float(v), 6) for name, v in zip(names, w, strict=True) if abs(v) > 1e-9}


def _best(e: Example, weights: dict[str, float]) -> tuple[float, bool]:
    """The score of the example's best candidate and whether it is right."""
    scores = [sum(weights.get(f, 0.0) for f in feats) for feats in e.features]
    k = int(np.argmax(scores))
    return scores[k], e.right[k]


def _rule_none(e: Example) -> bool:
    """An example the model decides: the rules gave no metric, or only the unit's name."""
    return bool(e.features) and ("rule_none" in e.features[0] or "rule_weak" in e.features[0])


def _gain(e: Example, ok: bool) -> int:
    """What taking a guess gains: a guess where the rules said nothing +1 right, -1 wrong; a
    guess replacing the rules' unit name +1 when it mends it, -1 when it spoils it."""
    if "rule_none" in e.features[0]:
        return 1 if ok else -1
    return int(ok) - int(e.rule_right)


# guesses gaining within this many of the best are a tie (one right and one wrong guess
# either way), or within the best gain's noise, the square root of the guesses it counts (a
# gain over n guesses is a sum of n signs: its spread is about sqrt(n)): the threshold takes
# the lowest score of such a plateau, so that a small change of the weights or of the label
# sets does not move it between two distant maxima of about the same gain
_TIE = 2


def guess_threshold(examples: Sequence[Example], weights: dict[str, float]) -> float:
    """The least score at which a candidate gives a metric to a figure the rules left
    without one: where the guesses made gain most (a right guess +1, a wrong one -1, as a
    wrong metric misleads as much as a right one helps), reaching down to the lowest score
    whose gain ties with the best (within ``_TIE``) and still gains."""
    scored = sorted(
        ((*_best(e, weights), k) for k, e in enumerate(examples) if _rule_none(e)), reverse=True
    )
    gains: list[tuple[int, float, int]] = []  # each threshold's gain, score, guesses made
    gain = 0
    for n, (score, ok, k) in enumerate(scored):
        gain += _gain(examples[k], ok)
        if n + 1 == len(scored) or scored[n + 1][0] != score:
            gains.append((gain, score, n + 1))
    if not gains or max(g for g, _, _ in gains) <= 0:
        return 1e9
    best, _, made = max(gains)
    tie = max(_TIE, math.sqrt(made))
    tied = [score for g, score, _ in gains if g >= max(best - tie, 1)]
    return round(min(tied), 6)


def predict_right(examples: Sequence[Example], weights: dict[str, float], guess: float) -> int:
    """How many examples the weights get right: a figure the rules left without a metric
    takes the best candidate when it is sure (score at least ``guess``, within the rounding
    the pipeline allows: ``metric_model.Weights.sure``); every other figure keeps the rules'
    call."""
    right = 0
    for e in examples:
        if not _rule_none(e):
            right += int(e.rule_right)
            continue
        score, ok = _best(e, weights)
        right += int(e.rule_right if score < guess - TOLERANCE else ok)
    return right


def gaps(examples: Sequence[Example]) -> list[Example]:
    """The examples the model decides: figures the rules left without a metric."""
    return [e for e in examples if _rule_none(e)]


def folds(today: dict[str, list[Example]], first: dict[str, list[Example]], l2: float) -> None:
    """Leave-one-round-out: for each held-out set, weights fitted on the other sets (today's
    rules' signals and, with --history, the signals of the rules each set first met), then
    the metric-right share on the held-out set beside the rules' share: as the rules first
    met it (out of domain) and as today's rules, tuned on it, see it."""
    print(f"{'held out':<12} {'n':>4} {'first rules':>11} {'learned':>8} {'n':>5}"
          f" {'today rules':>11} {'learned':>8}")  # fmt: skip
    rows: list[tuple[float, float, float, float]] = []
    for name, held in today.items():
        train = gaps([e for ex in (today, first) for o, v in ex.items() if o != name for e in v])
        weights = fit(train, l2)
        guess = guess_threshold(train, weights)
        old = first.get(name, [])
        row = (
            _share(sum(e.rule_right for e in old), old),
            _share(predict_right(old, weights, guess), old),
            _share(sum(e.rule_right for e in held), held),
            _share(predict_right(held, weights, guess), held),
        )
        rows.append(row)
        print(f"{name:<12} {len(old):>4} {row[0]:>11.3f} {row[1]:>8.3f} {len(held):>5}"
              f" {row[2]:>11.3f} {row[3]:>8.3f}")  # fmt: skip
    mean = [sum(r[i] for r in rows) / len(rows) for i in range(4)]
    print(f"{'mean':<12} {'':>4} {mean[0]:>11.3f} {mean[1]:>8.3f} {'':>5}"
          f" {mean[2]:>11.3f} {mean[3]:>8.3f}")  # fmt: skip


def _share(right: int, examples: Sequence[Example]) -> float:
    return right / len(examples) if examples else float("nan")


Views = tuple[dict[str, list[Example]], dict[str, list[Example]]]


def read_views(labels: Path, history: Path | None) -> Views | None:
    """Every set under ``labels`` as today's rules see it and (with ``history``) as the rules
    it first met saw it; None, after a one-line error, when they cannot be read or none is
    there."""
    try:
        sets = label_sets(labels)
        first = label_sets(labels, history) if history else {}
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    if not sets:
        print(f"error: no attrib*/labels.jsonl under {labels}", file=sys.stderr)
        return None
    return sets, first


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.train_metric")
    parser.add_argument("labels", type=Path, help="directory holding attrib*/labels.jsonl")
    parser.add_argument("--out", type=Path, help="where to write the weights (JSON)")
    parser.add_argument("--folds", action="store_true", help="leave-one-round-out table")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument(
        "--history", type=Path, help="train on the earlier rules' signals (metric_history)"
    )
    parser.add_argument(
        "--without", action="append", default=[], help="leave out features holding this text"
    )
    args = parser.parse_args(argv)
    views = read_views(args.labels, args.history)
    if views is None:
        return 2
    sets, first = views
    if args.without:
        sets = {k: [_drop(e, args.without) for e in v] for k, v in sets.items()}
        first = {k: [_drop(e, args.without) for e in v] for k, v in first.items()}
    if args.folds:
        folds(sets, first, args.l2)
    if args.out is not None:
        every = gaps([e for ex in (sets, first) for v in ex.values() for e in v])
        weights = fit(every, args.l2)
        guess = guess_threshold(every, weights)
        data = {"model": "conditional logit over candidate metrics", "l2": args.l2,
                "steps": _STEPS, "sets": sorted(sets), "history": sorted(first), "weights": weights, "guess": guess}  # fmt: skip
        write_atomic(str(args.out), json.dumps(data, indent=1, sort_keys=True) + "\n")
        print(f"wrote {len(weights)} weights to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
