"""Generate large, varied libraries of BBC-like story files for the scale benchmarks.

Each story takes a real BBC headline and lead paragraph and continues with paragraphs drawn
from other articles of the same category, so no two stories are near-duplicates (the
deduper would merge them) while vocabulary and length stay realistic. Files hold one to five
stories run together, with the noise scraped pages carry (timestamps, credits, promo lines).
Deterministic for a given seed.
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


def generate(root: Path, bbc: Path, stories: int, seed: int = 7) -> list[Path]:
    """Write ``stories`` stories under ``root`` (100 files per folder); return the files."""
    rng = random.Random(seed)
    corpus = load_bbc(bbc)
    cats = sorted(corpus)
    files: list[Path] = []
    made = 0
    while made < stories:
        per_file = min(rng.randint(1, 5), stories - made)
        cat = rng.choice(cats)
        lines: list[str] = []
        for _ in range(per_file):
            lines += make_story(rng, corpus[cat])
        folder = root / f"{len(files) // 100:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{len(files):07d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        files.append(path)
        made += per_file
    return files
