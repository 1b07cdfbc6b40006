"""Training files recombined from the hand-written DEVELOPMENT pastes (issue 13).

Each file of a development paste set (``paste_examples.DEV_PASTES``, format in
``reader.eval.hand_pastes``) is cut into its stories' blocks at its ``first_lines`` (junk
between two stories belongs to the story above, as the truth has it). ``recombined_files``
pastes 2–6 blocks drawn across files and sets into new files, each line remembering its
story (``concat.Concat``, as the BBC generator makes them), in the layouts users paste: as
found (a block's own blank lines, and a blank line after it when its file had one there), blank
lines removed, or a blank line between every line; a block opening on its headline keeps it or
loses it (all, none or each drawn, per file). In RELATED of the files the blocks follow one
another by subject (each the next one's nearest in rarer words, from other files; one story
told twice is left out), since same-subject neighbours are the hard case. Hard-wrapped files
(read back into paragraphs by ``reader.story.unwrap``) are left out: their lines are not the
lines the scorer sees. Only DEV_PASTES sets can be read (``paste_examples.dev_sets``).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.eval.concat import Concat, Line
from reader.eval.paste_examples import PASTES, dev_sets

# Share of recombined files whose blocks follow one another by subject.
RELATED = 0.5
# Blocks sharing more than this share of their words are one story told twice.
SAME_STORY = 0.5
# A chain's next block is drawn from this many nearest neighbours of the block before.
NEAREST = 5
# Words in more than this share of the blocks say nothing of a subject.
COMMON = 0.05
LAYOUTS = ("found", "none", "blank")
_WORD = re.compile(r"[a-z]{4,}")


@dataclass(frozen=True)
class Block:
    """One story's block of a hand-written paste: its lines (blank lines inside kept), whether
    it opens on its headline, whether its file had a blank line after it, where it comes from."""

    lines: tuple[str, ...]
    headed: bool
    blank_after: bool
    source: str


def _norm(text: str) -> str:
    return " ".join(text.split())


def cut_blocks(
    lines: Sequence[str], first_lines: Sequence[int], headlines: Sequence[str | None], source: str
) -> list[Block]:
    """The story blocks of a file of ``lines`` whose stories' blocks begin at the 1-based
    ``first_lines``, blank lines at a block's ends trimmed."""
    starts = sorted(first_lines)
    ends = [*(s - 1 for s in starts[1:]), len(lines)]
    heads = list(headlines) + [None] * (len(starts) - len(headlines))
    out: list[Block] = []
    for start, end, head in zip(starts, ends, heads, strict=True):
        span = list(lines[start - 1 : end])
        blank_after = bool(span) and not span[-1].strip()
        while span and not span[-1].strip():
            span.pop()
        while span and not span[0].strip():
            span.pop(0)
        if not span:
            continue
        headed = head is not None and _norm(span[0]) == _norm(head) and len(span) > 1
        out.append(Block(tuple(span), headed, blank_after, source))
    return out


def dev_blocks(names: Sequence[str], root: Path = PASTES) -> list[Block]:
    """Every story block of every readable, not hard-wrapped file of the development sets
    ``names`` (ValueError for any other set)."""
    import json

    from reader.pipeline import read_document
    from reader.story.unwrap import unwrap

    out: list[Block] = []
    for name in dev_sets(names):
        folder = root / name
        for row in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            if not row.strip():
                continue
            truth = json.loads(row)
            doc = read_document(str(folder / truth["file"]))
            if not hasattr(doc, "lines") or unwrap(doc.lines).width is not None:
                continue
            first = truth.get("first_lines")
            if not first:
                from reader.eval.hand_pastes import read_truth

                first = next(t.block_lines for t in read_truth(folder) if t.file == truth["file"])
            out += cut_blocks(doc.lines, first, truth["headlines"], f"{name}/{truth['file']}")
    return out


class _Words:
    """Each block's rarer words (four letters or more, in at most COMMON of the blocks)."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        raw = [frozenset(_WORD.findall(" ".join(b.lines).lower())) for b in blocks]
        df = Counter(w for words in raw for w in words)
        most = max(2, int(COMMON * len(blocks)))
        self.words = [frozenset(w for w in words if df[w] <= most) for words in raw]
        self.all = raw

    def overlap(self, i: int, j: int, rare: bool = True) -> float:
        a, b = (self.words if rare else self.all)[i], (self.words if rare else self.all)[j]
        return len(a & b) / max(1, min(len(a), len(b)))


def _chain(blocks: Sequence[Block], words: _Words, rng: random.Random, count: int) -> list[int]:
    """``count`` blocks in a chain by subject: the first at random, each next one drawn from
    the NEAREST blocks of other files sharing the most rarer words with the one before."""
    chosen = [rng.randrange(len(blocks))]
    while len(chosen) < count:
        last = chosen[-1]
        files = {blocks[k].source for k in chosen}
        near = sorted(
            (
                (words.overlap(last, k), k)
                for k in range(len(blocks))
                if blocks[k].source not in files
                and words.overlap(last, k, rare=False) <= SAME_STORY
            ),
            reverse=True,
        )[:NEAREST]
        if not near:
            break
        chosen.append(rng.choice(near)[1])
    return chosen


def _draw(blocks: Sequence[Block], rng: random.Random, count: int) -> list[int]:
    """``count`` blocks of different files drawn at random."""
    chosen: list[int] = []
    files: set[str] = set()
    while len(chosen) < count and len(files) < len({b.source for b in blocks}):
        k = rng.randrange(len(blocks))
        if blocks[k].source not in files:
            chosen.append(k)
            files.add(blocks[k].source)
    return chosen


def make_file(picked: Sequence[Block], rng: random.Random) -> Concat:
    """The blocks ``picked`` pasted one after another in a layout and headline choice drawn."""
    layout = rng.choice(LAYOUTS)
    heads = rng.choice(("keep", "drop", "each"))
    out = Concat()
    for k, block in enumerate(picked):
        lines = list(block.lines)
        if block.headed and (heads == "drop" or (heads == "each" and rng.random() < 0.5)):
            lines = lines[1:]
            while lines and not lines[0].strip():
                lines.pop(0)
        if layout != "found":
            lines = [x for x in lines if x.strip()]
        for i, text in enumerate(lines):
            if layout == "blank" and (k or i):
                out.lines.append(Line("", k, "blank"))
            out.lines.append(Line(text, k, "body" if text.strip() else "blank"))
        if layout == "found" and block.blank_after and k < len(picked) - 1:
            out.lines.append(Line("", k + 1, "blank"))
    return out


def recombined_files(
    blocks: Sequence[Block], seed: int, n: int, related: float = RELATED
) -> list[Concat]:
    """``n`` files of 2–6 of ``blocks`` from different files (in a chain by subject in
    ``related`` of them), deterministically for ``seed``."""
    if n <= 0 or len({b.source for b in blocks}) < 2:
        return []
    rng = random.Random(seed)
    words = _Words(blocks)
    files: list[Concat] = []
    for _ in range(n):
        count = rng.randint(2, 6)
        if rng.random() < related:
            picked = _chain(blocks, words, rng, count)
        else:
            picked = _draw(blocks, rng, count)
        files.append(make_file([blocks[k] for k in picked], rng))
    return files
