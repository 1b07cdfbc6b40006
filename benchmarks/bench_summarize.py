"""Default summarizer vs sumy's LexRankSummarizer on the same documents.

``python benchmarks/bench_summarize.py [BBC_DIR] [--limit N]``: with a BBC directory
(``News Articles/<cat>/NNN.txt``) the articles are read from there, otherwise articles are
generated. Each method gets freshly built document models (so neither reuses the other's
cached word lists) and only the summarizer call is timed. The methods take turns for
``--repeat`` rounds and each keeps its best round, so a busy machine slows them alike and the
ratio stays comparable. Prints ms per article and the ratio.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.summarize import build_document
from reader.summarize.lexrank import make as make_lexrank
from reader.summarize.newsdesk import make as make_default

Article = tuple[str, list[str]]


def bbc_articles(root: Path, limit: int) -> list[Article]:
    paths = sorted((root / "News Articles").glob("*/*.txt"))[:limit]
    out: list[Article] = []
    for path in paths:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        out.append((lines[0], [ln for ln in lines[1:] if ln.strip()]))
    return out


def generated_articles(count: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    vocab = [f"word{k}" for k in range(400)] + [
        "the",
        "a",
        "of",
        "to",
        "in",
        "and",
        "said",
        "was",
        "is",
    ] * 20
    articles: list[Article] = []
    for _ in range(count):
        paragraphs = []
        for _ in range(rng.randint(6, 14)):
            sentences = [
                " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 30))).capitalize() + "."
                for _ in range(rng.randint(1, 4))
            ]
            paragraphs.append(" ".join(sentences))
        articles.append(("Generated story", paragraphs))
    return articles


def make_stock_lexrank(title: str | None = None) -> Any:
    """LexRank exactly as sumy ships it: its own (uncached) Snowball stemmer, its stop words."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def timed(make: Callable[[str | None], Any], articles: list[Article], count: int) -> float:
    """Mean ms per article for one summarizer over fresh document models."""
    documents = [build_document(paras, (), title) for title, paras in articles]
    summarizer = make(None)
    summarizer(documents[0], count)  # warm-up: lazy imports, caches
    documents = [build_document(paras, (), title) for title, paras in articles]
    gc.collect()  # no method pays for another's garbage
    start = time.perf_counter()
    for doc in documents:
        summarizer(doc, count)
    return 1000 * (time.perf_counter() - start) / max(1, len(documents))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_summarize")
    parser.add_argument("bbc", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=5, help="rounds; best round counts")
    args = parser.parse_args(argv)
    if args.bbc is not None and not (args.bbc / "News Articles").is_dir():
        print(f"error: {args.bbc} has no 'News Articles' folder", file=sys.stderr)
        return 2
    articles = bbc_articles(args.bbc, args.limit) if args.bbc else generated_articles(args.limit)
    makers = (make_stock_lexrank, make_lexrank, make_default)
    best = [float("inf")] * len(makers)
    for _ in range(max(1, args.repeat)):
        for k, make in enumerate(makers):
            best[k] = min(best[k], timed(make, articles, args.sentences))
    stock, ours, default = best
    print(
        f"articles: {len(articles)} ({'bbc' if args.bbc else 'generated'}), best of {args.repeat}"
    )
    for label, ms in (("lexrank, stock sumy", stock), ("lexrank, cached stemmer", ours)):
        ratio = ms / default if default else float("inf")
        print(f"{label:<24} {ms:8.2f} ms/article   default is {ratio:5.1f}x faster")
    print(f"{'default (newsdesk)':<24} {default:8.2f} ms/article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
