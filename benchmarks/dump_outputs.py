"""Dump every output ingest workers compute, to check a speed change leaves them byte-identical.

    python benchmarks/dump_outputs.py OUT.jsonl --bbc BBC_DIR [--articles 300] [--pages DIR]
                                      [--generated 300] [INPUT ...]

Each input file goes through ``reader.ingest_work.read_and_split`` with summaries and figures
(the options the commands gather with, ``desk.SummaryOptions()``), once as found and once as a
single story (``whole=True``). One JSON line per file holds its stories (every field, summary and figures
included) and their duplicate sketches. Inputs: the files and folders given, the first
``--articles`` BBC articles (one per file, spread over the categories), ``--generated`` input
stories of each ``benchmarks/corpus.py`` mode, and the ``--pages`` folder's text files. Compare
two dumps with ``cmp``; the last line printed counts the stories. Bad arguments: a one-line
error, exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _inputs(args: argparse.Namespace, tmp: Path) -> list[Path]:
    from benchmarks.corpus import generate

    files: list[Path] = []
    for given in args.inputs:
        p = Path(given)
        files += sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
    if args.bbc is not None:
        cats = sorted(d for d in (args.bbc / "News Articles").iterdir() if d.is_dir())
        per_cat = -(-args.articles // len(cats))
        for d in cats:
            files += sorted(d.glob("*.txt"))[:per_cat]
        for mode in ("mixed", "whole"):
            made = generate(tmp / mode, args.bbc, args.generated, mode=mode)
            files += made
    if args.pages is not None:
        files += sorted(args.pages.glob("*.txt"))
    return files


def _result(path: Path, whole: bool) -> dict[str, Any]:
    from reader.desk import SummaryOptions
    from reader.ingest_work import read_and_split
    from reader.story.load import Problem

    o = SummaryOptions()  # the options ``newsdesk brief`` and ``stories`` ingest with
    result = read_and_split((str(path), "k"), whole, (o.algorithm, o.sentences, o.ratio))
    if isinstance(result, Problem):
        return {"problem": result.message}
    digest, stories, sketches, *_ = result  # (shingle hashes: the sketches' source; leads)
    return {
        "digest": digest,
        "stories": [s.to_json() for s in stories],
        "sketches": [repr(k) for k in sketches],
    }


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="dump_outputs")
    p.add_argument("out", type=Path)
    p.add_argument("inputs", nargs="*")
    p.add_argument("--bbc", type=Path)
    p.add_argument("--articles", type=int, default=300)
    p.add_argument("--generated", type=int, default=300)
    p.add_argument("--pages", type=Path)
    args = p.parse_args(argv)
    if args.bbc is not None and not (args.bbc / "News Articles").is_dir():
        print(f"error: {args.bbc} has no 'News Articles' folder", file=sys.stderr)
        return 2
    if args.pages is not None and not args.pages.is_dir():
        print(f"error: {args.pages} is not a folder", file=sys.stderr)
        return 2
    missing = [given for given in args.inputs if not Path(given).exists()]
    if missing:
        print(f"error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    if not (args.inputs or args.bbc or args.pages):
        print(
            "error: nothing to dump: give INPUT files or folders, --bbc or --pages", file=sys.stderr
        )
        return 2
    stories = 0
    with tempfile.TemporaryDirectory() as tmp, args.out.open("w", encoding="utf-8") as out:
        files = _inputs(args, Path(tmp))
        for f in files:
            name = str(f.relative_to(tmp)) if f.is_relative_to(tmp) else str(f)
            for whole in (False, True):
                row = {"file": name, "whole": whole, **_result(f, whole)}
                stories += len(row.get("stories", []))
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(files)} files, {stories} stories (split and whole) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
