"""``python -m reader.eval singles [--cnndm DIR] [--bbc DIR] [-v]``: single articles stay whole.

One pasted article is the commonest file a user has, so a boundary model that splits it does
more harm than one that misses a boundary between two. This evaluation runs single articles
through the story pipeline (as ``newsdesk stories`` does on one file) and counts how many come
out as exactly one story, per rendering:

- ``cnndm``: each CNN/DailyMail development article as its file is (``DIR/articles/*.txt``,
  lower-case, one sentence a line, no title);
- ``bbc-paras``: a BBC article as its file is (title, blank line, one paragraph a line);
- ``bbc-sents+title``: its title, then one sentence a line (no blank lines);
- ``bbc-sents``: one sentence a line, no title;
- ``bbc-sents-lower``: the same, lower-cased (as the CNN files are);
- ``bbc-sents-paras``: one sentence a line, a blank line between paragraphs (the article's
  paragraphs taken two at a time, so a run is two to five sentences, as such copies set them);
- ``short-paras``: a short article as users paste one: its title, then its first 4–6
  paragraphs, a blank line between them;
- ``short-brief``: a brief: its title, then 3–6 paragraphs cut to one or two sentences
  (``pasted.brief_paragraphs``), one a line;
- ``short-bare``: the same brief with no title, a blank line between paragraphs;
- ``short-dressed``: a short article from a web page: its title, a byline and a time stamp,
  then its first 8–12 sentences in paragraphs of one or two, a blank line between them.

Pasted files of several articles are made of such short articles, so the short renderings
check that shortness alone is no sign of several articles.

BBC articles are drawn by ``--seed`` from every category (or one, ``--category``, to measure a
category the boundary weights were fitted without: ``--weights FILE``), the same articles for
every rendering. Deterministic; nothing is read but the paths given.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from reader.eval.concat import SENTENCE_END, Article, Concat, Line, bbc_articles

BBC_KINDS = ("bbc-paras", "bbc-sents+title", "bbc-sents", "bbc-sents-lower", "bbc-sents-paras")
SHORT_KINDS = ("short-paras", "short-brief", "short-bare", "short-dressed")


def sentences(article: Article) -> list[str]:
    """The article's body sentences in order, one string each."""
    return [s.strip() for para in article.paragraphs for s in SENTENCE_END.split(para) if s.strip()]


def renderings(article: Article) -> dict[str, list[str]]:
    """The lines of each BBC rendering (``BBC_KINDS``) of one article."""
    sents = sentences(article)
    return {
        "bbc-paras": [article.title, "", *article.paragraphs],
        "bbc-sents+title": [article.title, *sents],
        "bbc-sents": sents,
        "bbc-sents-lower": [s.lower() for s in sents],
        "bbc-sents-paras": _sentence_paragraphs(article),
    }


def _sentence_paragraphs(article: Article) -> list[str]:
    """One sentence a line, a blank line between paragraphs: the article's paragraphs taken two
    at a time (``bbc-sents-paras``)."""
    paras = article.paragraphs
    pairs = [" ".join(paras[k : k + 2]) for k in range(0, len(paras), 2)]
    runs = [[s.strip() for s in SENTENCE_END.split(p) if s.strip()] for p in pairs]
    return [line for run in runs for line in ("", *run)][1:]


def short_renderings(article: Article, rng: random.Random) -> dict[str, list[str]]:
    """The lines of each short rendering (``SHORT_KINDS``) of one article, cut by ``rng``."""
    from reader.eval.concat import _byline, _stamp, regroup
    from reader.eval.pasted import brief_paragraphs

    def spaced(paras: Sequence[str]) -> list[str]:
        return [line for para in paras for line in ("", para)][1:]

    paras = article.paragraphs[: rng.randint(4, 6)]
    brief = brief_paragraphs(article, rng)
    cut = Article(article.category, article.title, sentences(article)[: rng.randint(8, 12)])
    dressed = regroup(cut, rng, most=2).paragraphs
    return {
        "short-paras": [article.title, "", *spaced(paras)],
        "short-brief": [article.title, *brief],
        "short-bare": spaced(brief),
        "short-dressed": [article.title, "", _byline(rng), "", _stamp(rng), "", *spaced(dressed)],
    }


# The renderings a single article is given as a training file (``sentence_single``); not
# ``bbc-sents-paras``, which is measured only: fitted on it, the boundary
# scorer learns blank lines in short files mean little, and keeps headless pastes of briefs set
# apart by a blank line together: session 47, held-out pastes 117 -> 111 of 140, development
# pastes 780 -> 770 of 944, for bbc-sents-paras 104 -> 177 of 200 whole)
SENTENCE_KINDS = ("bbc-sents+title", "bbc-sents", "bbc-sents-lower")


def sentence_single(article: Article, rng: random.Random) -> Concat:
    """``article`` as one file written a sentence a line (with its title, without, or
    lower-cased without, drawn by ``rng``): one story, which the boundary model must leave
    whole (``reader.eval.train_boundary`` fits on such files)."""
    kind = rng.choice(SENTENCE_KINDS)
    lines = renderings(article)[kind]
    titled = kind == "bbc-sents+title"
    return Concat(
        lines=[
            Line(text, 0, "headline" if titled and k == 0 else "body")
            for k, text in enumerate(lines)
        ]
    )


def story_count(lines: list[str], name: str = "single.txt") -> int:
    """Stories the pipeline finds in a file of ``lines``."""
    from reader.pipeline import Document, split_document

    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return len(split_document(Document(name, list(lines), digest)))


def draw(articles: dict[str, list[Article]], n: int, seed: int) -> list[Article]:
    """``n`` articles (all, when fewer) drawn by ``seed`` across categories, in a fixed order."""
    flat = [a for cat in sorted(articles) for a in articles[cat]]
    rng = random.Random(seed)
    picked = sorted(rng.sample(range(len(flat)), min(n, len(flat))))
    return [flat[k] for k in picked]


def cnndm_files(root: Path) -> list[Path]:
    base = root / "articles" if (root / "articles").is_dir() else root
    return sorted(base.glob("*.txt"))


def counts_of(
    files: Iterable[tuple[str, str, list[str]]],
) -> tuple[dict[str, Counter[int]], list[tuple[str, str, int]]]:
    """Per kind, how many files gave each story count; and every (kind, name, count)."""
    tally: dict[str, Counter[int]] = {}
    each: list[tuple[str, str, int]] = []
    for kind, name, lines in files:
        n = story_count(lines, name)
        tally.setdefault(kind, Counter())[n] += 1
        each.append((kind, name, n))
    return tally, each


def report(tally: dict[str, Counter[int]]) -> list[str]:
    out = [f"{'kind':<16} {'files':>5} {'whole':>6} {'share':>6}  stories: files"]
    for kind, c in tally.items():
        total = sum(c.values())
        dist = ", ".join(f"{k}: {v}" for k, v in sorted(c.items()))
        out.append(f"{kind:<16} {total:>5} {c[1]:>6} {c[1] / max(total, 1):6.3f}  {dist}")
    return out


def _files(
    args: argparse.Namespace, articles: dict[str, list[Article]]
) -> list[tuple[str, str, list[str]]]:
    files: list[tuple[str, str, list[str]]] = []
    if args.cnndm is not None:
        for path in cnndm_files(args.cnndm)[: args.cnndm_files]:
            text = path.read_text(encoding="utf-8", errors="replace")
            files.append(("cnndm", path.name, [ln.rstrip() for ln in text.split("\n")]))
    drawn = draw(articles, args.files, args.seed)
    for kind in BBC_KINDS:
        for k, article in enumerate(drawn):
            files.append((kind, f"{article.category}-{k}", renderings(article)[kind]))
    rng = random.Random(args.seed + 1)
    short = [short_renderings(article, rng) for article in drawn]
    for kind in SHORT_KINDS:
        for k, (article, lines) in enumerate(zip(drawn, short, strict=True)):
            files.append((kind, f"{article.category}-{k}", lines[kind]))
    return files


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m reader.eval singles")
    ap.add_argument("--cnndm", type=Path, default=None, help="CNN/DailyMail dev set directory")
    ap.add_argument("--bbc", type=Path, default=None, help="BBC News Summary directory")
    ap.add_argument("--files", type=int, default=200, help="BBC articles drawn (default 200)")
    ap.add_argument("--cnndm-files", type=int, default=50, help="CNN articles, first N (50)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--category", default=None, help="draw BBC articles from this category only")
    ap.add_argument("--weights", default=None, help="boundary weights file (default: shipped)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every file not whole")
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.cnndm is None and args.bbc is None:
        print("error: give --cnndm DIR and/or --bbc DIR", file=sys.stderr)
        return 2
    for path in (args.cnndm, args.bbc):
        if path is not None and not path.is_dir():
            print(f"error: not a directory: {path}", file=sys.stderr)
            return 2
    if args.cnndm is not None and not cnndm_files(args.cnndm):
        print(f"error: no .txt articles under {args.cnndm}", file=sys.stderr)
        return 2
    articles = bbc_articles(args.bbc, only=args.category) if args.bbc is not None else {}
    if args.bbc is None and args.category is not None:
        articles = f"no category {args.category!r} under {args.bbc}"
    if isinstance(articles, str):
        print(f"error: {articles}", file=sys.stderr)
        return 2
    from reader.story.boundary.scorer import use_weights_file

    if error := use_weights_file(args.weights):
        print(f"error: {error}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    tally, each = counts_of(_files(args, articles))
    label = f"category {args.category}" if args.category else "all categories"
    if args.weights:
        label += f", weights {args.weights}"
    print(f"singles: one article a file must give one story ({label}, seed {args.seed})")
    print("\n".join(report(tally)))
    if args.verbose:
        for kind, name, n in each:
            if n != 1:
                print(f"  {kind:<16} {name:<20} {n} stories")
    print(f"({time.perf_counter() - t0:.1f}s)")
    return 0
