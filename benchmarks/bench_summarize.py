"""Default summarizer vs sumy's LexRankSummarizer: the whole per-article cost, interleaved.

``python benchmarks/bench_summarize.py [BBC_DIR] [--limit N] [--rounds R]``: with a BBC
directory (``News Articles/<cat>/NNN.txt``) the articles are read from there, otherwise
articles are generated. What is timed is what a user pays per article: from the article's
paragraphs to its summary — sentence splitting, tokenising and the document model included —
once per article, for each method. The cost is the process's CPU time (``time.process_time``):
on a shared machine wall time also counts the time other processes held the core. The methods
take turns round by round (order alternating) and each round's ratio to stock LexRank is
paired, reported as min/median/max.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.interleave import interleave, ratios, report
from benchmarks.results import record, spread
from reader.summarize import build_document, summarize
from reader.text import story_split
from reader.text.sentences import clear_split_cache

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


def make_stock_lexrank() -> Any:
    """LexRank exactly as sumy ships it: its own (uncached) Snowball stemmer, its stop words."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return summarizer


def stock(articles: list[Article], count: int) -> float:
    """Seconds per article for sumy's stock LexRank: document model (splitting) and ranking."""
    summarizer = make_stock_lexrank()
    for title, paras in articles:
        summarizer(build_document(paras, (), title), count)
    return 0.0


def product(algorithm: str) -> Callable[[list[Article], int], float]:
    """What newsdesk runs for a story: ``summarize`` from paragraphs, splitting included."""

    def run(articles: list[Article], count: int) -> float:
        for title, paras in articles:
            summarize(paras, title=title, sentences=count, algorithm=algorithm)
        return 0.0

    return run


def timed(run: Callable[[list[Article], int], float], articles: list[Article], count: int) -> float:
    """Mean CPU seconds per article, from a cold splitter (every article is new to it)."""
    run(articles[:1], count)  # warm-up: lazy imports
    clear_split_cache()  # every article is new to the splitter, as it is to a user
    story_split._split.cache_clear()
    gc.collect()  # no method pays for another's garbage
    start = time.process_time()
    run(articles, count)
    return (time.process_time() - start) / max(1, len(articles))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_summarize")
    parser.add_argument("bbc", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds")
    args = parser.parse_args(argv)
    if args.bbc is not None and not (args.bbc / "News Articles").is_dir():
        print(f"error: {args.bbc} has no 'News Articles' folder", file=sys.stderr)
        return 2
    articles = bbc_articles(args.bbc, args.limit) if args.bbc else generated_articles(args.limit)
    contenders = [
        (label, partial(timed, run, articles, args.sentences))
        for label, run in (
            ("lexrank, stock sumy", stock),
            ("lexrank (newsdesk's)", product("lexrank")),
            ("default (newsdesk)", product("default")),
        )
    ]
    series = interleave(contenders, args.rounds)
    kind = "bbc" if args.bbc else "generated"
    print(f"articles: {len(articles)} ({kind}), {args.rounds} interleaved rounds, per article")
    print(report(series, targets=("", "target: default <= 0.2x stock (>= 5x faster)")))
    faster = [1 / r for r in ratios(series[2], series[0])]
    record(f"bench_summarize ({len(articles)} {kind} articles)",
           "default summarizer vs stock sumy LexRank, whole per-article cost (speed-up)",
           "≥ 5×", spread(faster, unit="×"))  # fmt: skip
    record(f"bench_summarize ({len(articles)} {kind} articles)", "default summarizer, per article",
           "", spread([v * 1000 for v in series[2].values], unit=" ms"))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
