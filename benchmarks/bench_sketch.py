"""Per-story CPU of the dedupe sketch (and the merge), this tree against another checkout's.

``python benchmarks/bench_sketch.py BBC_DIR [--baseline DIR] [--rounds 9] [--cold] [--merge]
[--items N]``

Each BBC article (``News Articles/<cat>/*.txt``, paragraphs joined as ``Story.text`` joins
them), or with ``--items N`` each of the N feed items ``bench_refresh.py --bbc`` serves (a
lead, then paragraphs of other articles of its category), is sketched once per round with
``reader/story/shingles.py`` of this tree (``dedupe.py`` in trees before the split) and, with
``--baseline DIR`` (a checkout of another revision, e.g. ``git show REV:reader/story/dedupe.py``
saved as ``DIR/reader/story/dedupe.py``), with that one; the two take turns round by round
(order alternating), CPU time (``time.process_time``) is paired per round and the ratio
candidate / baseline reported as min / median / max. ``--cold`` empties the word-hash cache
before each round (a fresh worker process); without it the cache is warm, as in a long
ingest. ``--merge`` times feeding every story and its sketch to a ``Merger`` instead (the
sketches made beforehand by the same module). Both
baseline and candidate are first run once on every text and must give the same sketches.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.interleave import interleave, report
from reader.model import Source, Story

ROOT = Path(__file__).resolve().parent.parent


def load(tree: Path, name: str, merge: bool) -> ModuleType:
    """The tree's sketch module: ``reader/story/shingles.py`` where it exists (since review23),
    else ``dedupe.py`` (which held the sketches before); for ``--merge``, ``dedupe.py`` (a
    dedupe.py that imports its sketches from ``reader.story.shingles`` gets this tree's)."""
    story = tree / "reader" / "story"
    path = story / (
        "shingles.py" if (story / "shingles.py").exists() and not merge else "dedupe.py"
    )
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def stories(bbc: Path, items: int) -> list[Story]:
    if items:
        from benchmarks.bench_refresh import make_items

        made = make_items(items, bbc, seed=17)
    else:
        made = []
        for path in sorted((bbc / "News Articles").glob("*/*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            made.append((path.name, [p.strip() for p in text.split("\n\n") if p.strip()]))
    out = []
    for k, (title, paras) in enumerate(made):
        src = [Source(f"{k}.txt", 1, 1 + len(paras))]
        out.append(
            Story(id=str(k), title=title, title_generated=False, sources=src, paragraphs=paras)
        )
    return out


def _empty_cache(module: ModuleType) -> None:
    cache = getattr(module, "_word_hashes", None)
    if cache is None and not hasattr(module, "_word_hash"):  # a dedupe.py after the split
        cache = sys.modules["reader.story.shingles"]._word_hashes
    if cache is not None:
        cache.clear()
    else:
        module._word_hash.cache_clear()


def measure(
    module: ModuleType, texts: list[str], items: list[Story], cold: bool, merge: bool
) -> Callable[[], float]:
    sketches = [module.sketch(t) for t in texts] if merge else []

    def run() -> float:
        if cold:
            _empty_cache(module)
        start = time.process_time()
        if not merge:
            for text in texts:
                module.sketch(text)
        else:
            merger = module.Merger()
            for story, sk in zip(items, sketches, strict=True):
                merger.add(story, sk)
        return (time.process_time() - start) / len(texts)

    return run


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="bench_sketch")
    p.add_argument("bbc", type=Path)
    p.add_argument("--baseline", type=Path, metavar="DIR")
    p.add_argument("--rounds", type=int, default=9)
    p.add_argument("--cold", action="store_true")
    p.add_argument("--merge", action="store_true")
    p.add_argument("--items", type=int, default=0)
    args = p.parse_args(argv)
    items = stories(args.bbc, args.items)
    texts = [s.text for s in items]
    trees = [("this tree", ROOT)]
    if args.baseline is not None:
        trees.insert(0, ("baseline", args.baseline.resolve()))
    modules = [load(tree, f"dedupe_{k}", args.merge) for k, (_, tree) in enumerate(trees)]
    outputs = [[m.sketch(t) for t in texts] for m in modules]
    if any(out != outputs[0] for out in outputs):
        print("error: the sketches differ", file=sys.stderr)
        return 1
    contenders = [
        (name, measure(m, texts, items, args.cold, args.merge))
        for (name, _), m in zip(trees, modules, strict=True)
    ]
    what = "Merger.add" if args.merge else "sketch"
    print(f"{len(texts)} stories, {what}, {'cold' if args.cold else 'warm'} word cache, per story:")
    print(report(interleave(contenders, args.rounds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
