"""``python -m reader.eval summaries cnndm|bbc PATH [--limit N] [--sentences N] [--algorithms a,b]
[--half a|b]``.

Scores every summary algorithm with rouge-score (stemmed ROUGE-1, ROUGE-2, ROUGE-Lsum F1,
sentences newline-joined) and prints one table row per algorithm.

- cnndm: ``articles/NNN.txt`` is already one lowercased sentence a line; those lines are the
  sentences. References: ``highlights/NNN.txt``. Fixed 3 sentences per summary.
- bbc: ``News Articles/<cat>/NNN.txt`` (title, blank, one paragraph a line) against
  ``Summaries/<cat>/NNN.txt`` (sentences glued with no space). By default each summary has as
  many sentences as its reference (``--sentences N`` fixes a count instead).

``--half a`` keeps the tuning half (cnndm: the first half of the files in name order; bbc:
even-numbered files, by file number or else by position), ``--half b`` the held-out other
half, so a change chosen on one half can be checked on the other.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.summarize import ALGORITHMS, build_document, summarize_document
from reader.summarize.document import document_from_sentences
from reader.text.sentences import split_sentences

METRICS = ("rouge1", "rouge2", "rougeLsum")
# BBC summaries glue sentences: "…$10.9bn.For the full-year…" — split where a full stop is
# directly followed by an upper-case letter or an opening quote.
_GLUED = re.compile(r"(?<=[.!?])(?=[A-Z\"'‘“])")


@dataclass(slots=True)
class Case:
    """One article: its document model, the reference sentences, how many to pick."""

    name: str
    document: object
    reference: list[str]
    count: int


@dataclass(slots=True)
class Totals:
    sums: dict[str, float] = field(default_factory=lambda: dict.fromkeys(METRICS, 0.0))
    n: int = 0
    seconds: float = 0.0


def _in_half(number: int, half: str | None) -> bool:
    return half is None or (number % 2 == 0) == (half == "a")


def read_cnndm(root: Path, limit: int | None, half: str | None = None) -> Iterator[Case]:
    paths = sorted((root / "articles").glob("*.txt"))
    if half is not None:
        middle = (len(paths) + 1) // 2
        paths = paths[:middle] if half == "a" else paths[middle:]
    paths = paths[:limit]
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        ref = (root / "highlights" / path.name).read_text(encoding="utf-8").splitlines()
        yield Case(path.stem, document_from_sentences(lines), [r for r in ref if r.strip()], 3)


def bbc_pairs(root: Path, limit: int | None, half: str | None = None) -> list[tuple[Path, Path]]:
    """Article/summary pairs; with a limit, taken round-robin over categories."""
    per_cat = [
        [
            p
            for k, p in enumerate(sorted(d.glob("*.txt")), 1)
            if _in_half(int(p.stem) if p.stem.isdigit() else k, half)
        ]
        for d in sorted((root / "News Articles").iterdir())
        if d.is_dir()
    ]
    ordered: list[Path] = []
    for k in range(max((len(c) for c in per_cat), default=0)):
        ordered.extend(c[k] for c in per_cat if k < len(c))
    ordered = ordered[:limit]
    return [(p, root / "Summaries" / p.parent.name / p.name) for p in ordered]


def read_bbc(
    root: Path, limit: int | None, sentences: int | None, half: str | None = None
) -> Iterator[Case]:
    for article, summary in bbc_pairs(root, limit, half):
        lines = article.read_text(encoding="utf-8", errors="replace").splitlines()
        title, paragraphs = lines[0].strip(), [ln for ln in lines[1:] if ln.strip()]
        glued = summary.read_text(encoding="utf-8", errors="replace").strip()
        reference = [s for part in _GLUED.split(glued) for s in split_sentences(part)]
        count = sentences or len(reference)
        doc = build_document(paragraphs, (), title)
        yield Case(f"{article.parent.name}/{article.stem}", doc, reference, count)


def evaluate(cases: list[Case], algorithms: list[str]) -> dict[str, Totals]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals = {a: Totals() for a in algorithms}
    for case in cases:
        target = "\n".join(case.reference)
        for algorithm in algorithms:
            start = time.perf_counter()
            picked = summarize_document(case.document, case.count, algorithm)
            totals[algorithm].seconds += time.perf_counter() - start
            scores = scorer.score(target, "\n".join(picked))
            for m in METRICS:
                totals[algorithm].sums[m] += scores[m].fmeasure
            totals[algorithm].n += 1
    return totals


def print_table(totals: dict[str, Totals], label: str) -> None:
    print(f"{label}")
    print(f"{'algorithm':<12} {'R-1':>6} {'R-2':>6} {'R-Lsum':>6} {'ms/doc':>8}")
    for name, t in totals.items():
        n = max(1, t.n)
        r1, r2, rl = (100 * t.sums[m] / n for m in METRICS)
        print(f"{name:<12} {r1:6.2f} {r2:6.2f} {rl:6.2f} {1000 * t.seconds / n:8.1f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval summaries")
    parser.add_argument("corpus", choices=("cnndm", "bbc"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--sentences", type=int, default=None, help="bbc: fixed count")
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS[1:]))
    parser.add_argument(
        "--half", choices=("a", "b"), help="a: cnndm first half / bbc even files; b: the rest"
    )
    args = parser.parse_args(argv)
    algorithms = [a.strip() for a in args.algorithms.split(",") if a.strip()]
    unknown = [a for a in algorithms if a not in ALGORITHMS]
    if unknown:
        print(f"error: unknown algorithm(s) {', '.join(unknown)}", file=sys.stderr)
        return 2
    if not args.path.is_dir():
        print(f"error: {args.path} is not a directory", file=sys.stderr)
        return 2
    if args.corpus == "cnndm":
        cases = list(read_cnndm(args.path, args.limit, args.half))
        label = f"cnndm: {len(cases)} articles, 3 sentences each"
    else:
        cases = list(read_bbc(args.path, args.limit, args.sentences, args.half))
        how = f"{args.sentences} sentences" if args.sentences else "reference's sentence count"
        label = f"bbc: {len(cases)} articles, {how}"
    if args.half:
        label += f" (half {args.half})"
    print_table(evaluate(cases, algorithms), label)
    return 0
