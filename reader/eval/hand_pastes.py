"""``python -m reader.eval hand-pastes DIR [-v]``: story splitting on hand-written pastes.

DIR holds text files of 2–6 short articles pasted one after another (written by hand for the
set, in styles the generated pastes do not have: wires with datelines, live blogs, press
releases, newsletters, local briefs) and ``truth.jsonl``, one object a file:

- ``file``, ``count`` (stories in it);
- ``starts``: each story's first body line, as written (after its headline and any byline,
  stamp or caption under it);
- ``headlines``: each story's headline line, or null;
- ``first_lines`` (optional): the 1-based line where each story's block begins (its headline,
  or a stamp above a story that has none), else the headline's or first body line's number.

Scores the story pipeline as ``newsdesk stories`` runs it on one file: the share of files with
the right number of stories, the starts found (a start is found when a story's first paragraph
begins with it, or, for a dateline the pipeline keeps apart, with its text after the first
60 characters' dateline), and Pk over words (k = half the mean true story length, per file;
the mean over files and the word-weighted mean). The sets live in ``reader/eval/labels/``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.eval.hand_why import why_lines
from reader.eval.segment import pk_wd

if TYPE_CHECKING:
    from reader.pipeline import Document


@dataclass(frozen=True)
class Truth:
    file: str
    count: int
    starts: list[str]
    block_lines: list[int]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def read_truth(folder: Path) -> list[Truth]:
    out: list[Truth] = []
    for row in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        t = json.loads(row)
        lines = [_norm(x) for x in (folder / t["file"]).read_text(encoding="utf-8").split("\n")]
        blocks = t.get("first_lines") or [
            lines.index(_norm(head or start)) + 1
            for start, head in zip(t["starts"], t["headlines"], strict=True)
        ]
        out.append(Truth(t["file"], int(t["count"]), list(t["starts"]), list(blocks)))
    return out


def documents(folders: Sequence[Path], *, singles: bool = False) -> list[tuple[Document, int]]:
    """Every readable file of ``folders`` (sets in this module's format) with its true story
    count, read once (``singles``: only the files of one story), for trainers that run the full
    pipeline on them with candidate weights."""
    from reader.pipeline import Document, read_document

    return [
        (doc, truth.count)
        for folder in folders
        for truth in read_truth(folder)
        if (not singles or truth.count == 1)
        and isinstance(doc := read_document(str(folder / truth.file)), Document)
    ]


def found(start: str, first_paragraphs: list[str]) -> bool:
    """A story's first paragraph begins with ``start``, or with its text after a dateline
    ("DUBLIN (Reuters) - …") that the pipeline keeps apart."""
    s = _norm(start)
    return any(p.startswith(s) or 0 <= s.find(p[:40]) <= 60 for p in first_paragraphs if p)


def word_boundaries(line_words: list[int], starts: list[int]) -> tuple[list[int], int]:
    """Word offsets where segments start (line starts moved past empty lines), and the
    number of words."""
    offsets: list[int] = []
    at = 0
    for n in line_words:
        offsets.append(at)
        at += n
    out: set[int] = set()
    for s in starts:
        k = s - 1
        while k < len(line_words) and line_words[k] == 0:
            k += 1
        if 0 < k < len(line_words):
            out.add(offsets[k])
    return sorted(b for b in out if 0 < b < at), at


@dataclass
class FileScore:
    file: str
    expected: int
    got: int
    found: int
    starts: int
    pk: float
    words: int
    missing: list[str]


def score_file(folder: Path, truth: Truth) -> FileScore:
    from reader.pipeline import read_document, split_document

    path = folder / truth.file
    doc = read_document(str(path))
    if not hasattr(doc, "lines"):
        raise SystemExit(f"cannot read {path}")
    stories = split_document(doc)  # type: ignore[arg-type]
    firsts = [_norm(s.paragraphs[0]) if s.paragraphs else "" for s in stories]
    missing = [st[:60] for st in truth.starts if not found(st, firsts)]
    predicted = sorted({src.first_line for s in stories for src in s.sources})
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    words = [len(x.split()) for x in lines]
    ref, n = word_boundaries(words, truth.block_lines)
    hyp, _ = word_boundaries(words, predicted)
    pk, _ = pk_wd(ref, hyp, n)
    return FileScore(
        truth.file,
        truth.count,
        len(stories),
        len(truth.starts) - len(missing),
        len(truth.starts),
        pk,
        n,
        missing,
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m reader.eval hand-pastes")
    ap.add_argument("folder", type=Path)
    ap.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="every file and its misses; for each file miscounted or with a start missed, the "
        "file-level judgement and the boundary scorer's reasons at each missed and extra start",
    )
    ap.add_argument("--weights", default=None, help="boundary weights file (default: shipped)")
    args = ap.parse_args(argv)
    if not (args.folder / "truth.jsonl").is_file():
        print(f"no truth.jsonl in {args.folder}", file=sys.stderr)
        return 2
    from reader.story.boundary.scorer import use_weights_file

    if error := use_weights_file(args.weights):
        print(f"error: {error}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    truths = {t.file: t for t in read_truth(args.folder)}
    scores = [score_file(args.folder, t) for t in truths.values()]
    if args.verbose:
        for s in scores:
            flag = "ok " if s.got == s.expected else "BAD"
            print(
                f"{flag} {s.file:<34} expected {s.expected} got {s.got:<2} "
                f"starts {s.found}/{s.starts} Pk {s.pk:.3f}"
            )
            for m in s.missing:
                print(f"      missing start: {m}")
            if s.got != s.expected or s.missing:
                for line in why_lines(args.folder / s.file, truths[s.file]):
                    print(f"        {line}")
    n = len(scores)
    right = sum(s.got == s.expected for s in scores)
    words = sum(s.words for s in scores) or 1
    print(f"hand-pastes: {n} files, {sum(s.starts for s in scores)} stories ({args.folder})")
    print(f"right count  {right}/{n} = {right / max(n, 1):.3f}")
    print(f"starts found {sum(s.found for s in scores)}/{sum(s.starts for s in scores)}")
    print(
        f"Pk           {sum(s.pk for s in scores) / max(n, 1):.4f} (mean over files; "
        f"word-weighted {sum(s.pk * s.words for s in scores) / words:.4f})"
    )
    print(f"({time.perf_counter() - t0:.1f}s)")
    return 0
