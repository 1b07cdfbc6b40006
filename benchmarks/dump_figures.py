"""Dump every story's key figures, to check a speed change leaves them byte-identical.

    python benchmarks/dump_figures.py OUT.jsonl [--bbc BBC_DIR] [--articles 1000] [INPUT ...]

Each text (the files and folders given, then the first ``--articles`` BBC articles in name
order) goes through ``extract_figures`` twice: all its non-blank lines as paragraphs, and
without its first line (the title, as ``bench_figures.py`` passes BBC articles). One JSON line
per pass holds the text's name and every field of every figure (surface, value, unit, metric,
subject, status, hedge, change, sentence, score ...). Compare two dumps with ``cmp``. Bad
arguments: a one-line error, exit status 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _inputs(args: argparse.Namespace) -> list[Path]:
    files: list[Path] = []
    for given in args.inputs:
        p = Path(given)
        if not p.exists():
            raise ValueError(f"no such file or folder: {given}")
        files += sorted(f for f in p.rglob("*.txt") if f.is_file()) if p.is_dir() else [p]
    if args.bbc is not None:
        if not (args.bbc / "News Articles").is_dir():
            raise ValueError(f"no 'News Articles' folder in {args.bbc}")
        files += sorted((args.bbc / "News Articles").glob("*/*.txt"))[: args.articles]
    if not files:
        raise ValueError("nothing to read: give files, folders or --bbc")
    return files


def main(argv: list[str] | None = None) -> int:
    from reader.figures import extract_figures

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--bbc", type=Path)
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_intermixed_args(argv)
    try:
        files = _inputs(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with args.out.open("w", encoding="utf-8") as out:
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            paras = [ln.strip() for ln in text.splitlines() if ln.strip()]
            for part in (paras, paras[1:]):
                figures = [dataclasses.asdict(f) for f in extract_figures(part)] if part else []
                row = {"file": path.name, "figures": figures}
                out.write(json.dumps(row, default=str, sort_keys=True) + "\n")
    print(f"{len(files)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
