"""``python -m reader.eval.train_boundary BBC_DIR [--out FILE] [--seed S] [--files N] [--check]``.

Fits the story-boundary scorer (``reader.story.boundary.scorer``) on generated concatenations of
BBC articles and writes its weights (default: the shipped
``reader/story/boundary/weights.json``), deterministically for a seed. The files are made
the ways users make them: short articles pasted together (``reader.eval.pasted``: with and
without headlines, blank lines, separator junk), noisy scraped runs (``reader.eval.concat``:
captions, credits, bylines, stamps, section headings, promo lines), the same runs bare (body
paragraphs only) and single articles that must stay whole. Each file goes through the real
line classifier and paragraph assembly; every paragraph after the first is one example, labelled
by whether its story differs from the previous paragraph's. Model: logistic regression with a
small L2 penalty, fitted by Newton's method in numpy on standardised features.
Validation (``--hold-back``): the whole procedure (fit and decoding shift) is first run
without a fifth of each category's articles, and each kind's right count and Pk on files drawn
from those held back is printed, with pasted briefs (``pasted.make_brief_paste``), which the
fit never sees; the shipped weights are then fitted on all articles (the same bytes as
without validation).

``--exclude CAT --out FILE`` fits without one category; ``python -m reader.eval pasted|segment
… --category CAT --weights FILE`` then measures that category held out. ``--check`` also
measures leave-one-category-out: for each category, weights fitted on the other
categories are scored on pasted files of the held-out category (out of domain) beside weights
fitted on all categories (in domain), with the pasted evaluation's Pk and right-count.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from briefing.output import write_atomic
from reader.eval.concat import (
    Article,
    Concat,
    bare,
    load_bbc,
    make_concat,
    make_single,
    regroup,
    with_blanks,
)
from reader.eval.pasted import LAYOUTS, make_brief_paste, make_pasted
from reader.story.boundary.features import FEATURES, boundary_features
from reader.story.boundary.scorer import CLIP, Weights

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "story" / "boundary" / "weights.json"
L2 = 1.0
TRAIN_SEED = 101  # the pasted evaluation uses seed 13: training files are other draws


# Training files regrouped (``concat.regroup``) by default: see ``generate``.
REGROUP = True
# Share of each category's articles held back to validate the training procedure: it is run
# without them and scored on files drawn from them (``hold_back``), then run on all articles
# for the shipped weights.
HOLD_BACK = 0.2


def generate(
    articles: dict[str, list[Article]], seed: int, n_files: int, regrouped: bool = REGROUP
) -> list[Concat]:
    """Training files from ``articles``, n_files of each kind: pasted, noisy, bare and single;
    ``regrouped`` adds a kind and regroups some of the others (``_regrouped_kinds``)."""
    rng = random.Random(seed)
    pool = [a for cat in sorted(articles) for a in articles[cat] if len(a.paragraphs) >= 4]
    flat = [a for cat in sorted(articles) for a in articles[cat]]
    files: list[Concat] = []
    for k in range(n_files):
        if regrouped:
            files += _regrouped_kinds(articles, pool, flat, rng, k)
            continue
        files.append(make_pasted(pool, pool, rng))
        files.append(make_concat(articles, rng, same_topic=k % 2 == 1))
        files.append(bare(make_concat(articles, rng, same_topic=k % 2 == 0)))
        files.append(make_single(rng.choice(flat), rng))
    return files


def _regrouped_kinds(
    articles: dict[str, list[Article]],
    pool: list[Article],
    flat: list[Article],
    rng: random.Random,
    k: int,
) -> list[Concat]:
    """The k-th training files of each kind when paragraphing must not give the boundary away:
    pasted (BBC paragraphs); pasted with each article's sentences regrouped into new paragraphs
    (``concat.regroup``: ledes sometimes long, closing lines sometimes short), half of those cut
    to short paragraphs, in every blank-line layout; noisy runs; bare runs (half regrouped; a
    third with blank lines between the articles, a third with stray blank lines inside them);
    single articles (half regrouped)."""
    pasted = make_pasted(pool, pool, rng)
    layout = (None, *LAYOUTS)[k % 4]
    again = make_pasted(pool, pool, rng, short=k % 2 == 0, layout=layout, regrouped=True)
    noisy = make_concat(articles, rng, same_topic=k % 2 == 1)
    plain = bare(make_concat(articles, rng, same_topic=k % 2 == 0, regrouped=k % 2 == 1))
    if k % 3 == 1:
        # articles set apart by a blank line, a stray blank line inside one or two
        plain = with_blanks(plain, rng, between=True, stray=rng.randint(0, 2))
    elif k % 3 == 2:
        # stray blank lines only: a blank line alone is no proof of a new story
        plain = with_blanks(plain, rng, between=False, stray=rng.randint(1, 3))
    single = rng.choice(flat)
    return [
        pasted,
        again,
        noisy,
        plain,
        make_single(regroup(single, rng) if k % 2 else single, rng),
    ]


# The kinds of ``_regrouped_kinds``, in order.
KINDS = ("pasted", "regrouped", "noisy", "bare", "single")


def hold_back(
    articles: dict[str, list[Article]], share: float, seed: int
) -> tuple[dict[str, list[Article]], dict[str, list[Article]]]:
    """(fit, held): ``share`` of each category's articles drawn by ``seed`` and held back, the
    rest kept in their order (all of them, and nothing held, when ``share`` is 0)."""
    rng = random.Random(seed)
    fit_on: dict[str, list[Article]] = {}
    held: dict[str, list[Article]] = {}
    for cat in sorted(articles):
        arts = articles[cat]
        out = set(rng.sample(range(len(arts)), round(len(arts) * share)))
        if kept := [a for k, a in enumerate(arts) if k not in out]:
            fit_on[cat] = kept
        if out:
            held[cat] = [arts[k] for k in sorted(out)]
    return fit_on, held


def examples(files: Sequence[Concat]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Feature rows and 0/1 labels of every paragraph gap in ``files``."""
    from reader.story.assemble import paragraphs_of
    from reader.story.lines.classify import classify_lines

    rows: list[list[float]] = []
    labels: list[float] = []
    for c in files:
        paras, _ = paragraphs_of(classify_lines(c.units))
        if len(paras) < 2:
            continue
        story = [c.lines[p.first - 1].story for p in paras]
        feats = boundary_features(paras)
        for i in range(1, len(paras)):
            rows.append(feats[i])
            labels.append(float(story[i] != story[i - 1]))
    return np.asarray(rows, dtype=np.float64), np.asarray(labels, dtype=np.float64)


def fit(
    x: NDArray[np.float64],
    y: NDArray[np.float64],
    l2: float = L2,
    drop: frozenset[str] = frozenset(),
) -> Weights:
    """L2-penalised logistic regression by Newton's method (bias column not standardised);
    features in ``drop`` get weight 0 (to measure what a feature is worth held out)."""
    bias = FEATURES.index("bias")
    x = x.copy()
    for name in drop:
        x[:, FEATURES.index(name)] = 0.0
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    mean[bias], scale[bias] = 0.0, 1.0
    scale[scale < 1e-9] = 1.0
    z = np.clip((x - mean) / scale, -CLIP, CLIP)
    z[:, bias] = 1.0
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[bias] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-7:
            break
    return Weights(
        features=FEATURES,
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        weights=tuple(float(v) for v in w),
    )


SHIFTS = (0.0, 1.0, 2.0, 3.0, 4.0)


def decode_right(files: Sequence[Concat], w: Weights) -> int:
    """Files the full pipeline splits into the right number of stories with weights ``w``."""
    from reader.eval.pasted import content_boundaries
    from reader.story.boundary.scorer import use_weights

    use_weights(w)
    try:
        return sum(content_boundaries(c)[3] for c in files)
    finally:
        use_weights(None)


def choose_shift(
    articles: dict[str, list[Article]],
    seed: int,
    w: Weights,
    n: int = 40,
    regrouped: bool = REGROUP,
) -> Weights:
    """The log-odds shift (from SHIFTS) that gives the right story count on the most training
    files: pasted, noisy and single articles drawn from ``articles`` (ties: the smaller)."""
    files = generate(articles, seed + 7, n, regrouped)
    best = max(SHIFTS, key=lambda sh: (decode_right(files, replace(w, shift=sh)), -sh))
    return replace(w, shift=best)


def held_back_scores(held: dict[str, list[Article]], seed: int, w: Weights, n: int) -> str:
    """Right-count share and Pk with ``w`` on ``n`` files of each kind (KINDS) drawn from the
    held-back articles (``hold_back``), and on ``n`` pasted briefs from them
    (``pasted.make_brief_paste``: a kind the fit never sees, the nearest to hand pastes)."""
    from reader.eval.pasted import content_boundaries
    from reader.eval.segment import Scores, pk_wd
    from reader.story.boundary.scorer import use_weights

    files = generate(held, seed + 9, n)
    rng = random.Random(seed + 11)
    kinds = [KINDS[k % len(KINDS)] for k in range(len(files))] + ["brief"] * n
    files += [make_brief_paste(held, rng) for _ in range(n)]
    scores = {kind: Scores() for kind in kinds}
    right = dict.fromkeys(kinds, 0)
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


def check(
    articles: dict[str, list[Article]],
    seed: int,
    n_files: int,
    full: Weights,
    regrouped: bool = REGROUP,
) -> None:
    for cat in sorted(articles):
        rest = {k: v for k, v in articles.items() if k != cat}
        x, y = examples(generate(rest, seed, n_files, regrouped))
        held = choose_shift(rest, seed, fit(x, y), regrouped=regrouped)
        xo, yo = examples(
            generate({cat: articles[cat]}, seed + 1, max(20, n_files // 3), regrouped)
        )
        r_in, f_in = gap_accuracy(full, xo, yo)
        r_out, f_out = gap_accuracy(held, xo, yo)
        print(
            f"{cat:>10}  in-domain: gaps recall {r_in:.3f} false {f_in:.4f}, "
            f"pasted {pasted_scores(articles, cat, full)}"
        )
        print(
            f"{'':>10}  held out:  gaps recall {r_out:.3f} false {f_out:.4f}, "
            f"pasted {pasted_scores(articles, cat, held)}"
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.train_boundary")
    parser.add_argument("bbc")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--seed", type=int, default=TRAIN_SEED)
    parser.add_argument("--files", type=int, default=150, help="files of each kind")
    parser.add_argument("--check", action="store_true", help="also leave one category out")
    parser.add_argument(
        "--exclude",
        default=None,
        help="fit without this BBC category (write the weights with --out to measure it held out)",
    )
    parser.add_argument(
        "--regroup",
        action=argparse.BooleanOptionalAction,
        default=REGROUP,
        help="train also on articles whose sentences are regrouped into new paragraphs",
    )
    parser.add_argument(
        "--hold-back",
        type=float,
        default=HOLD_BACK,
        help="share of each category's articles held back to validate the procedure on "
        "(0: no validation); the shipped weights are fitted on all of them",
    )
    parser.add_argument(
        "--drop",
        default="",
        help="comma-separated features to fit with weight 0 (what each is worth, held out)",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not 0.0 <= args.hold_back < 1.0:
        print(
            f"error: --hold-back must be at least 0 and below 1, not {args.hold_back}",
            file=sys.stderr,
        )
        return 2
    root = Path(args.bbc)
    if not root.is_dir():
        print(f"error: not a directory: {root}", file=sys.stderr)
        return 2
    articles = load_bbc(root)
    if not articles:
        print(f"error: no BBC articles under {root}", file=sys.stderr)
        return 2
    if args.exclude is not None:
        if args.exclude not in articles:
            print(f"error: no category {args.exclude!r} under {root}", file=sys.stderr)
            return 2
        articles = {k: v for k, v in articles.items() if k != args.exclude}
    drop = frozenset(filter(None, args.drop.split(",")))
    if unknown := sorted(drop - set(FEATURES)):
        print(f"error: no feature {unknown[0]!r}", file=sys.stderr)
        return 2
    fit_on, held = hold_back(articles, args.hold_back, args.seed)
    if held and args.regroup:
        # validation: the same procedure on the other articles, scored on the held-back ones
        xv, yv = examples(generate(fit_on, args.seed, args.files, args.regroup))
        wv = choose_shift(fit_on, args.seed, fit(xv, yv, drop=drop), regrouped=args.regroup)
        n_held = max(10, args.files // 3)
        print(f"fitted without {args.hold_back:.0%} of the articles (shift {wv.shift:+.1f}),")
        print(f"scored on {n_held} files of each kind drawn from those held back:")
        print(held_back_scores(held, args.seed, wv, n_held))
    x, y = examples(generate(articles, args.seed, args.files, args.regroup))
    w = choose_shift(articles, args.seed, fit(x, y, drop=drop), regrouped=args.regroup)
    recall, false = gap_accuracy(w, x, y)
    print(f"{len(y)} gaps ({int(y.sum())} story starts): recall {recall:.3f}, false {false:.4f}")
    print(f"  log-odds shift for decoding: {w.shift:+.1f}")
    for name, v in sorted(zip(FEATURES, w.weights, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:<18} {v:+.3f}")
    command = (
        f"python -m reader.eval.train_boundary BBC_DIR --seed {args.seed} --files {args.files}"
    )
    if args.exclude is not None:
        command += f" --exclude {args.exclude}"
    if drop:
        command += f" --drop {','.join(sorted(drop))}"
    if args.regroup != REGROUP:
        command += " --regroup" if args.regroup else " --no-regroup"
    write_atomic(args.out, w.to_json(command=command))  # a reader never sees half a file
    print(f"wrote {args.out}")
    if args.check:
        check(articles, args.seed, args.files, w, args.regroup)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
