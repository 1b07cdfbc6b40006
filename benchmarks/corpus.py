"""Generate large, varied libraries of BBC-like story files for the scale benchmarks.

Two modes. ``whole`` (bench_ingest's default): each story is a whole BBC article (headline
and every paragraph), articles taken in a shuffled order and reshuffled once all are used, so
up to the corpus size (1,328 articles) no article repeats; past it repeats are real
duplicates the deduper merges, as it would in a pile of scraped files. ``mixed``
(``generate``'s default, which the scale and briefing benchmarks use, since their large sizes
need stories that never repeat): each story takes a real headline and lead paragraph and
continues with paragraphs drawn from other articles of the same category; the boundary scorer
legitimately splits some of these patchworks, so "input stories" overstates what a reader
would call stories. In both, files hold one to five stories run together, with the noise
scraped pages carry (timestamps, credits, promo lines). Deterministic for a given seed.
"""

from __future__ import annotations

import random
from pathlib import Path

NOISE = (
    "{h} hours ago",
    "Photo: {name} | Reuters",
    "Read more: {title}",
    "Share this article",
    "{h} minute read",
)


def load_bbc(bbc: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """category -> [(title, paragraphs)] from ``bbc/News Articles``."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for folder in sorted((bbc / "News Articles").iterdir()):
        if not folder.is_dir():
            continue
        items = []
        for f in sorted(folder.glob("*.txt")):
            lines = [ln.strip() for ln in f.read_text(encoding="latin-1").splitlines()]
            lines = [ln for ln in lines if ln]
            if len(lines) >= 4:
                items.append((lines[0], lines[1:]))
        out[folder.name] = items
    return out


def make_story(rng: random.Random, pool: list[tuple[str, list[str]]]) -> list[str]:
    title, paras = rng.choice(pool)
    body = [paras[0]]
    for _ in range(rng.randint(3, 7)):
        _, other = rng.choice(pool)
        body.append(rng.choice(other[1:] or other))
    lines = [title, ""]
    if rng.random() < 0.4:
        noise = rng.choice(NOISE)
        lines += [noise.format(h=rng.randint(1, 23), name="Staff", title=title), ""]
    for p in body:
        lines += [p, ""]
    return lines


def whole_story(rng: random.Random, article: tuple[str, list[str]]) -> list[str]:
    """One whole article as a story: headline, maybe a noise line, every paragraph."""
    title, paras = article
    lines = [title, ""]
    if rng.random() < 0.4:
        noise = rng.choice(NOISE)
        lines += [noise.format(h=rng.randint(1, 23), name="Staff", title=title), ""]
    for p in paras:
        lines += [p, ""]
    return lines


MODES = ("whole", "mixed")


def generate(root: Path, bbc: Path, stories: int, seed: int = 7, mode: str = "mixed") -> list[Path]:
    """Write ``stories`` stories under ``root`` (100 files per folder); return the files.
    ``mode``: "whole" articles or "mixed" patchworks (see the module's docstring)."""
    if mode not in MODES:
        raise ValueError(f"unknown corpus mode {mode!r}")
    rng = random.Random(seed)
    corpus = load_bbc(bbc)
    cats = sorted(corpus)
    articles = [a for cat in cats for a in corpus[cat]]
    order: list[tuple[str, list[str]]] = []
    files: list[Path] = []
    made = 0
    while made < stories:
        per_file = min(rng.randint(1, 5), stories - made)
        lines: list[str] = []
        if mode == "whole":
            for _ in range(per_file):
                if not order:
                    order = articles[:]
                    rng.shuffle(order)
                lines += whole_story(rng, order.pop())
        else:
            cat = rng.choice(cats)
            for _ in range(per_file):
                lines += make_story(rng, corpus[cat])
        folder = root / f"{len(files) // 100:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{len(files):07d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        files.append(path)
        made += per_file
    return files
