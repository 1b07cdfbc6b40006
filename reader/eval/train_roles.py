"""``python -m reader.eval.train_roles PAGES_DIR BBC_DIR --out reader/story/lines/roles/weights.json [--seed S]``.

Rebuilds the role model's weights from the development data, deterministically for a seed:
- rendered pages (``PAGES_DIR/text``): a line whose words are the truth's is body, the line that is
  the page's title is its headline; the other lines get the rule classifier's furniture kind where
  it has one, else a role by where they stand (before the article: nav; after it: footer when
  legal, comment when it reads as prose, else a link list; inside it: promo);
- BBC articles with synthetic furniture (``reader.eval.concat``: headlines, captions and credits,
  bylines, stamps, promo lines, section headings) run together and alone.
Model: multinomial logistic regression (L2, full-batch gradient descent in numpy); transitions:
smoothed role bigram log-probabilities.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from reader.story.lines.line import Line
from reader.story.lines.roles.features import NAMES, page_features
from reader.story.lines.roles.headline import HEAD_NAMES
from reader.story.lines.roles.model import ROLES, Weights, install

WORD = re.compile(r"\w+")
BBC_ROLE = {
    "body": "body",
    "heading": "body",
    "headline": "headline",
    "caption": "caption",
    "credit": "caption",
    "byline": "meta",
    "stamp": "meta",
    "promo": "promo",
}
RULE_ROLE = {
    "byline": "meta",
    "timestamp": "meta",
    "reading_time": "meta",
    "caption": "caption",
    "credit": "caption",
    "promo": "promo",
    "masthead": "nav",
    "tag": "nav",
    "marker": "nav",
}
LEGAL = re.compile(r"©|copyright|all rights reserved|privacy|terms of (?:use|service)|cookie", re.I)

Example = tuple[list[str], list[str], list[int], list[str]]  # texts, rules, gaps, roles


def _key(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def _grams(text: str) -> set[tuple[str, ...]]:
    toks = WORD.findall(text.lower())
    return {tuple(toks[i : i + 4]) for i in range(max(1, len(toks) - 3))}


def _classified(raw: Sequence[str]) -> tuple[list[str], list[str], list[int]]:
    from reader.story.lines.classify import classify_rules
    from reader.story.lines.roles.kinds import non_blank

    texts, rules, gaps, _ = non_blank(classify_rules(raw))
    return texts, rules, gaps


def _is_body(text: str, keys: set[str], grams: set[tuple[str, ...]]) -> bool:
    if _key(text) in keys:
        return True
    mine = _grams(text)
    return len(WORD.findall(text)) >= 6 and len(mine & grams) >= 0.7 * len(mine)


def _outside(text: str, rule: str, where: str) -> str:
    if where == "after" and LEGAL.search(text):
        return "footer"
    if rule in RULE_ROLE:
        return RULE_ROLE[rule]
    if where == "before":
        return "nav"
    if where == "inside":
        return "promo"
    if LEGAL.search(text):
        return "footer"
    words = len(text.split())
    return "comment" if words >= 8 and re.search(r"[.!?]\W*$", text) else "linklist"


def _headline_at(
    texts: Sequence[str], first: int, title: str | None, page_title: str | None
) -> int:
    """Index of the page's headline line before the body: the line that is the expected title,
    else the longest line (3+ words) the page's own <title> starts with; -1 when none."""
    if title:
        want = _key(title)
        hits = [i for i in range(min(first + 1, len(texts))) if _key(texts[i]) == want]
        return hits[-1] if hits else -1
    if not page_title:
        return -1
    pt = _key(page_title)
    best, size = -1, 2
    for i in range(min(first + 1, len(texts))):
        k = _key(texts[i])
        if len(k.split()) > size and pt.startswith(k):
            best, size = i, len(k.split())
    return best


def page_example(
    text: str, truth: str, title: str | None, page_title: str | None = None
) -> Example:
    texts, rules, gaps = _classified(text.split("\n"))
    truth_lines = [t for t in truth.split("\n") if t.strip()]
    keys = {_key(t) for t in truth_lines}
    grams = set().union(*(_grams(t) for t in truth_lines)) if truth_lines else set()
    body = [_is_body(t, keys, grams) for t in texts]
    first = body.index(True) if any(body) else len(texts)
    last = len(body) - 1 - body[::-1].index(True) if any(body) else -1
    head = _headline_at(texts, first, title, page_title)
    roles: list[str] = []
    for i, t in enumerate(texts):
        if body[i]:
            roles.append("body")
        elif i == head:
            roles.append("headline")
        else:
            where = "before" if i < first else "after" if i > last else "inside"
            roles.append(_outside(t, rules[i], where))
    return texts, rules, gaps, roles


def page_examples(root: Path, ids: set[str] | None) -> list[Example]:
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    out: list[Example] = []
    for pid in sorted(index):
        if ids is not None and pid not in ids:
            continue
        text = (root / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        truth = (root / "truth" / f"{pid}.txt").read_text(encoding="utf-8")
        meta = index[pid]
        out.append(page_example(text, truth, meta.get("title"), meta.get("page_title")))
    return out


def bbc_examples(root: Path, seed: int, exclude: str | None, n_files: int) -> list[Example]:
    from reader.eval.concat import benchmark, load_bbc
    from reader.eval.pasted import make_pasted

    articles = {k: v for k, v in load_bbc(root).items() if k != exclude}
    concats, singles = benchmark(articles, seed, n_files)
    rng = random.Random(seed)
    pool = [a for cat in sorted(articles) for a in articles[cat] if len(a.paragraphs) >= 4]
    pasted = [make_pasted(pool, pool, rng) for _ in range(n_files)]
    out: list[Example] = []
    for c in [*concats, *singles, *pasted]:
        texts, rules, gaps = _classified(c.units)
        kinds = [ln.kind for ln in c.lines if ln.text.strip()]
        if len(texts) > 4 and rng.random() < 0.3:  # a short piece: the first lines alone
            cut = rng.randint(2, 4)
            texts, rules, gaps, kinds = texts[:cut], rules[:cut], gaps[:cut], kinds[:cut]
        if len(kinds) != len(texts):
            continue
        out.append((texts, rules, gaps, [BBC_ROLE.get(k, "promo") for k in kinds]))
    return out


def _softmax_fit(
    x: NDArray[np.float64], y: NDArray[np.int64], l2: float, steps: int
) -> NDArray[np.float64]:
    """Multinomial logistic regression by full-batch gradient descent with momentum."""
    n, d = x.shape
    k = len(ROLES)
    w = np.zeros((k, d))
    v = np.zeros_like(w)
    onehot = np.eye(k)[y]
    freq = np.bincount(y, minlength=k) / n
    sample = 1.0 / np.maximum(freq[y], 1e-3) ** 0.5  # soften the body majority
    sample /= sample.mean()
    for _ in range(steps):
        z = x @ w.T
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = ((p - onehot) * sample[:, None]).T @ x / n + l2 * w
        v = 0.9 * v - 0.5 * grad
        w += v
    return w


def _transitions(seqs: Iterable[Sequence[int]]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    k = len(ROLES)
    counts = np.ones((k, k))
    starts = np.ones(k)
    for seq in seqs:
        if seq:
            starts[seq[0]] += 1
        for a, b in pairwise(seq):
            counts[a, b] += 1
    trans = np.log(counts / counts.sum(axis=1, keepdims=True))
    return trans, np.log(starts / starts.sum())


def fit_examples(examples: Sequence[Example], *, l2: float = 1e-4, steps: int = 400) -> Weights:
    index = {r: i for i, r in enumerate(ROLES)}
    xs = [page_features(t, r, g) for t, r, g, _ in examples if t]
    seqs = [[index[r] for r in roles] for t, _, _, roles in examples if t]
    x = np.vstack(xs)
    y = np.array([i for s in seqs for i in s], dtype=np.int64)
    w = _softmax_fit(x, y, l2, steps)
    trans, start = _transitions(seqs)
    return Weights(features=NAMES, w=w, trans=trans, start=start)


HeadExample = tuple[NDArray[np.float64], NDArray[np.bool_]]  # candidates' features, targets


def _page_texts(root: Path, ids: set[str] | None) -> list[tuple[str, str, str | None, str | None]]:
    """``(id, text, title, page_title)`` of the pages (all, or ``ids``) in id order."""
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    out: list[tuple[str, str, str | None, str | None]] = []
    for pid in sorted(index):
        if ids is None or pid in ids:
            text = (root / "text" / f"{pid}.txt").read_text(encoding="utf-8")
            meta = index[pid]
            out.append((pid, text, meta.get("title"), meta.get("page_title")))
    return out


def head_example(text: str, title: str | None, page_title: str | None) -> HeadExample | None:
    """The headline scorer's candidates on a page, as the pipeline sees them with the weights in
    use, and which of them are the page's headline (its title's line; else the longest line of
    three words or more its own <title> starts with); None when the page shows none of them."""
    from reader.story.lines.classify import classify_rules
    from reader.story.lines.roles.headline import head_features
    from reader.story.lines.roles.kinds import is_page, mark_furniture, roles_of
    from reader.story.lines.roles.page_headlines import article_start, headline_candidates

    lines = classify_rules(text.split("\n"))
    roles = roles_of(lines)
    rules = {ln.no: ln.kind for ln in lines}
    if not mark_furniture(lines, roles) or not is_page(lines):
        return None
    start = article_start(lines, roles)
    if start is None:
        return None
    cands = headline_candidates(lines, roles, start)
    want = _wanted(lines, title, page_title)
    if want is None:
        return None
    if not want:
        return None  # the page shows no line that is its headline
    target = np.array([_key(ln.text) == want for ln in cands], dtype=np.bool_)
    if not target.any():
        return None  # the headline stands below where the pipeline finds the article
    return head_features(lines, roles, start, cands, rules), target


def _wanted(lines: Sequence[Line], title: str | None, page_title: str | None) -> str | None:
    """The key of the page's headline line: its title's; else the longest line of three words or
    more its own <title> starts with. "" when the page shows no such line, None when it has
    neither."""
    keys = {_key(ln.text) for ln in lines if ln.kind != "blank"}
    if title:
        want = _key(title)
        return want if want in keys else ""
    if not page_title:
        return None
    pt = _key(page_title)
    fits = [k for k in keys if len(k.split()) >= 3 and pt.startswith(k)]
    return max(fits, key=len) if fits else ""


def _clogit_fit(examples: Sequence[HeadExample], l2: float, steps: int) -> NDArray[np.float64]:
    """Conditional logit (a softmax over each page's candidates, the headline's lines the target)
    by full-batch gradient descent with momentum."""
    x = np.vstack([e[0] for e in examples])
    mask = np.concatenate([e[1] for e in examples]).astype(np.float64)
    sizes = np.array([len(e[1]) for e in examples])
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(examples)), sizes)
    w = np.zeros(x.shape[1])
    v = np.zeros_like(w)
    for _ in range(steps):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, offsets)[group])
        p = e / np.add.reduceat(e, offsets)[group]
        q = np.add.reduceat(p * mask, offsets)[group]
        grad = x.T @ (p - mask * p / q) / len(examples) + l2 * w
        v = 0.9 * v - 0.5 * grad
        w += v
    return w


def fit_headline(
    pages: Sequence[tuple[str, str, str | None, str | None]], weights: Weights
) -> list[HeadExample]:
    """Headline examples of ``pages`` read with the role ``weights``."""
    install(weights)
    try:
        found = [head_example(text, title, pt) for _, text, title, pt in pages]
    finally:
        install(None)
    return [e for e in found if e is not None]


def fit(
    pages: Path | None,
    bbc: Path | None,
    *,
    page_ids: set[str] | None = None,
    exclude_category: str | None = None,
    seed: int = 13,
    bbc_files: int = 200,
) -> Weights:
    """Weights fitted on the pages (all, or ``page_ids``) and the BBC concatenations."""
    random.seed(seed)
    paged = page_examples(pages, page_ids) if pages is not None else []
    rest = bbc_examples(bbc, seed, exclude_category, bbc_files) if bbc is not None else []
    if not paged and not rest:
        raise ValueError("no training data")
    weights = fit_examples([*paged, *rest])
    if pages is None:
        return weights
    # The headline scorer reads the role model's scores: fitted on scores of pages the role
    # model did not see (two folds, each read with roles fitted on the other and the BBC).
    texts = _page_texts(pages, page_ids)
    heads: list[HeadExample] = []
    for fold in (0, 1):
        held = [t for k, t in enumerate(texts) if k % 2 == fold]
        kept = [e for k, e in enumerate(paged) if k % 2 != fold and e[0]]
        if held and (kept or rest):
            heads += fit_headline(held, fit_examples([*kept, *rest]))
    if not heads:
        return weights
    head = _clogit_fit(heads, l2=1e-3, steps=500)
    return replace(weights, head_features=HEAD_NAMES, head=head)


def use(weights: Weights | None) -> None:
    """Install refitted weights for this process (evaluations); None restores the shipped."""
    install(weights)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.train_roles")
    parser.add_argument("pages")
    parser.add_argument("bbc")
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--exclude-category", default=None)
    args = parser.parse_args(argv)
    pages, bbc = Path(args.pages), Path(args.bbc)
    if not (pages / "index.json").is_file() or not bbc.is_dir():
        print("error: need PAGES_DIR with index.json and a BBC folder", file=sys.stderr)
        return 2
    weights = fit(pages, bbc, seed=args.seed, exclude_category=args.exclude_category)
    Path(args.out).write_text(weights.to_json(), encoding="utf-8")
    print(f"wrote {args.out}: {len(ROLES)} roles x {len(weights.features)} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
