"""``python -m reader.eval segment choi|news PATH [--limit N] [--seed S] [--direct] [--bare]
[--category CAT]``.

Scores ``reader.story.segment.find_boundaries`` with Pk and WindowDiff (nltk's implementations,
k = half the mean reference segment length of each document, averaged over documents):
``choi`` on Choi's 2000 sentence-level benchmark, ``news`` on noisy synthetic concatenations of
BBC articles built by ``reader.eval.concat`` plus the share of single articles left whole;
``--bare`` keeps only their body paragraphs (stories pasted together with no cue at all).
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.eval.concat import Concat

SEPARATOR = "=========="

Segmenter = Callable[[Sequence[str], int | None], list[int]]


@dataclass(frozen=True, slots=True)
class ChoiDoc:
    """One Choi sample: its sentences and the indices where reference segments begin."""

    path: Path
    sentences: list[str]
    boundaries: list[int]


@dataclass(slots=True)
class Scores:
    """Running mean of Pk and WindowDiff over documents."""

    pk: float = 0.0
    wd: float = 0.0
    n: int = 0

    def add(self, pk: float, wd: float) -> None:
        self.pk += pk
        self.wd += wd
        self.n += 1

    @property
    def mean_pk(self) -> float:
        return self.pk / self.n if self.n else float("nan")

    @property
    def mean_wd(self) -> float:
        return self.wd / self.n if self.n else float("nan")


def read_choi(path: Path) -> ChoiDoc:
    """Parse a Choi ``.ref`` file: ``==========`` lines separate segments, one sentence a line."""
    sentences: list[str] = []
    boundaries: list[int] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if line == SEPARATOR:
            if sentences and (not boundaries or boundaries[-1] != len(sentences)):
                boundaries.append(len(sentences))
            continue
        if line:
            sentences.append(line)
    boundaries = [b for b in boundaries if 0 < b < len(sentences)]
    return ChoiDoc(path=path, sentences=sentences, boundaries=boundaries)


def as_string(boundaries: Sequence[int], n: int) -> str:
    """nltk's segmentation string: position i is '1' when a segment starts at unit i."""
    marks = ["0"] * n
    for b in boundaries:
        if 0 < b < n:
            marks[b] = "1"
    return "".join(marks)


def half_mean_length(boundaries: Sequence[int], n: int) -> int:
    """Standard Pk window: half the mean reference segment length, at least 1."""
    return max(1, round(n / (len(boundaries) + 1) / 2))


def pk_wd(ref: Sequence[int], hyp: Sequence[int], n: int) -> tuple[float, float]:
    """Pk and WindowDiff of one document (0 = perfect); trivially 0 for tiny documents."""
    from nltk.metrics.segmentation import pk, windowdiff

    k = half_mean_length(ref, n)
    if n <= k:
        return 0.0, 0.0
    r, h = as_string(ref, n), as_string(hyp, n)
    return float(pk(r, h, k=k)), float(windowdiff(r, h, k))


def choi_sets(root: Path) -> list[tuple[str, str, list[Path]]]:
    """(set, subset, files) for every ``root/<set>/<subset>/*.ref`` directory, in order."""
    out = []
    for set_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        for sub in sorted(p for p in set_dir.iterdir() if p.is_dir()):
            files = sorted(sub.glob("*.ref"), key=lambda p: (len(p.stem), p.stem))
            if files:
                out.append((set_dir.name, sub.name, files))
    return out


def _find(units: Sequence[str], k: int | None) -> list[int]:
    from reader.story.segment import find_boundaries

    return find_boundaries(units, n_segments=k, units_are="sentence")


def texttiling(units: Sequence[str], k: int | None) -> list[int]:
    """nltk's TextTiling on one-sentence paragraphs (baseline; ignores k, as it cannot take it)."""
    from nltk.tokenize.texttiling import TextTilingTokenizer

    from reader.story.segment.vectors import stop_words

    tiler = TextTilingTokenizer(stopwords=sorted(stop_words()))
    try:
        tiles = tiler.tokenize("\n\n".join(units))
    except Exception:  # too short to tile: one segment
        return []
    cuts, seen = [], 0
    for tile in tiles[:-1]:
        seen += len([p for p in tile.split("\n\n") if p.strip()])
        cuts.append(seen)
    return [c for c in cuts if 0 < c < len(units)]


def eval_choi(
    root: Path, limit: int | None, known: bool, segmenter: Segmenter, sets: set[str] | None = None
) -> dict[tuple[str, str], Scores]:
    """Mean Pk/WindowDiff per (set, subset); ``known`` passes the true number of segments."""
    results: dict[tuple[str, str], Scores] = {}
    for set_name, subset, files in choi_sets(root):
        if sets is not None and set_name not in sets:
            continue
        scores = results.setdefault((set_name, subset), Scores())
        for path in files[:limit] if limit else files:
            doc = read_choi(path)
            k = len(doc.boundaries) + 1 if known else None
            hyp = segmenter(doc.sentences, k)
            scores.add(*pk_wd(doc.boundaries, hyp, len(doc.sentences)))
    return results


def _print_choi(title: str, results: dict[tuple[str, str], Scores]) -> None:
    print(f"\n{title}")
    print(f"{'set':>4} {'subset':>7} {'docs':>5} {'Pk':>7} {'WD':>7}")
    pooled: dict[str, Scores] = {}
    for (set_name, subset), s in results.items():
        print(f"{set_name:>4} {subset:>7} {s.n:>5} {s.mean_pk:7.4f} {s.mean_wd:7.4f}")
        if set_name in {"1", "2", "3"}:
            p = pooled.setdefault(subset, Scores())
            p.pk, p.wd, p.n = p.pk + s.pk, p.wd + s.wd, p.n + s.n
    for subset, s in pooled.items():
        print(f"{'1-3':>4} {subset:>7} {s.n:>5} {s.mean_pk:7.4f} {s.mean_wd:7.4f}")


def run_choi(args: argparse.Namespace) -> int:
    root = Path(args.path)
    if not root.is_dir():
        print(f"error: not a directory: {root}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    _print_choi(
        "find_boundaries, number of segments NOT given",
        eval_choi(root, args.limit, False, _find),
    )
    _print_choi(
        "find_boundaries, number of segments GIVEN", eval_choi(root, args.limit, True, _find)
    )
    if args.texttiling:
        tl = args.texttiling
        _print_choi(
            f"nltk TextTiling baseline (first {tl} docs per subset, sets 1-3)",
            eval_choi(root, tl, False, texttiling, sets={"1", "2", "3"}),
        )
    print(f"\n({time.perf_counter() - t0:.1f}s)")
    return 0


def _pipeline_boundaries(concat: Concat) -> list[int] | None:
    """Paragraph-level boundaries from the full pipeline, or None when it is not available.

    Each story the pipeline returns is mapped back to the input lines through its sources
    (1-based line ranges); a boundary is a line where the owning story changes.
    """
    try:
        pipeline = importlib.import_module("reader.pipeline")
    except ImportError:
        return None
    split = getattr(pipeline, "split_document", None)
    document = getattr(pipeline, "Document", None)
    if split is None or document is None:
        return None
    owner = _pipeline_owners(concat)
    last = -1
    for i, o in enumerate(owner):  # lines no story claimed (noise) join the story before
        owner[i] = last = o if o != -1 else last
    return [i for i in range(1, len(owner)) if owner[i] != owner[i - 1] and owner[i] != -1]


def _pipeline_owners(concat: Concat) -> list[int]:
    """The number of the pipeline's story that claims each line of ``concat`` (-1: none)."""
    from reader.pipeline import Document, split_document

    stories = split_document(Document(path="synthetic.txt", lines=concat.units, digest=""))
    owner = [-1] * len(concat.lines)
    for number, story in enumerate(stories):
        for src in story.sources:
            for line in range(max(1, src.first_line), min(len(owner), src.last_line) + 1):
                owner[line - 1] = number
    return owner


def eval_news(
    concats: Sequence[Concat], singles: Sequence[Concat], mode: str
) -> tuple[Scores, float, float]:
    """(Pk/WD over concatenations, share of files with the right story count, singles whole).

    mode: "cues" = find_boundaries on every line with the cues the generator planted (what a
    line classifier should find), "nocues" = the same without cues, "pipeline" = the full
    reader.pipeline.split_document on the file text.
    """
    from reader.story.segment import find_boundaries

    def hyp(c: Concat) -> list[int]:
        if mode == "pipeline":
            got = _pipeline_boundaries(c)
            if got is None:
                raise RuntimeError("reader.pipeline.split_document is not available")
            return got
        return find_boundaries(c.units, c.cues if mode == "cues" else None)

    scores = Scores()
    right = 0
    for c in concats:
        h = hyp(c)
        scores.add(*pk_wd(c.boundaries, h, len(c.lines)))
        right += len(h) == len(c.boundaries)
    whole = sum(1 for c in singles if not hyp(c))
    return scores, right / max(1, len(concats)), whole / max(1, len(singles))


def run_news(args: argparse.Namespace) -> int:
    from reader.eval.concat import bare, bbc_articles, benchmark

    root = Path(args.path)
    if not root.is_dir():
        print(f"error: not a directory: {root}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    articles = bbc_articles(root, only=args.category)
    if isinstance(articles, str):
        print(f"error: {articles}", file=sys.stderr)
        return 2
    n_files = args.limit or 300
    concats, singles = benchmark(articles, args.seed, n_files)
    if args.bare:
        concats, singles = [bare(c) for c in concats], [bare(c) for c in singles]
    same = [c for i, c in enumerate(concats) if i % 2 == 1]
    cross = [c for i, c in enumerate(concats) if i % 2 == 0]
    modes = ["cues", "nocues"]
    if not args.direct and _pipeline_boundaries(singles[0]) is not None:
        modes.insert(0, "pipeline")
    kind = "bare (body paragraphs only) " if args.bare else ""
    weights = f", weights {args.weights}" if args.weights else ""
    print(
        f"news: {len(concats)} {kind}synthetic files (seed {args.seed}), {len(singles)} singles"
        f"{weights}"
    )
    with_headings = [c for c in singles if any(ln.kind == "heading" for ln in c.lines)]
    print(
        f"{'mode:files':>14} {'n':>4} {'Pk':>7} {'WD':>7} {'#right':>7} {'whole':>7} {'whole(h)':>8}"
    )
    for mode in modes:
        for label, group in (("all", concats), ("cross", cross), ("same", same)):
            s, right, whole = eval_news(group, singles if label == "all" else [], mode)
            w = f"{whole:7.3f}" if label == "all" else f"{'':>7}"
            wh = ""
            if label == "all":
                wh = (
                    f"{eval_news([], with_headings, mode)[2]:8.3f}" if with_headings else "       -"
                )
            print(
                f"{mode + ':' + label:>14} {s.n:>4} {s.mean_pk:7.4f} {s.mean_wd:7.4f} {right:7.3f} {w} {wh}"
            )
    print(
        "#right = share of files with the right number of stories; whole = share of single "
        f"articles returned as one story ({len(singles)} singles, {len(with_headings)} with "
        "section headings inserted: whole(h)); cues = find_boundaries with the cues the "
        "generator planted, nocues = without cues, pipeline = reader.pipeline.split_document"
    )
    print(f"({time.perf_counter() - t0:.1f}s)")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval segment")
    parser.add_argument("corpus", choices=["choi", "news"])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=None, help="documents per subset / files")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--texttiling",
        type=int,
        default=5,
        help="docs per subset for the TextTiling baseline (0 = skip)",
    )
    parser.add_argument(
        "--direct", action="store_true", help="news: call find_boundaries, not the pipeline"
    )
    parser.add_argument(
        "--bare",
        action="store_true",
        help="news: body paragraphs only (no headline, caption, credit, byline, stamp, heading)",
    )
    parser.add_argument(
        "--category", default=None, help="news: build files from this BBC category only"
    )
    parser.add_argument(
        "--weights", default=None, help="news: boundary weights file (default: the shipped ones)"
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from reader.story.boundary.scorer import use_weights_file

    error = use_weights_file(args.weights)
    if error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    random.seed(args.seed)
    if args.corpus == "choi":
        return run_choi(args)
    return run_news(args)
